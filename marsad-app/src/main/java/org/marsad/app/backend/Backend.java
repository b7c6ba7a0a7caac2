package org.marsad.app.backend;

import java.util.Locale;

/** Where articles are stored and searched. */
public enum Backend {
  /** The Lucene index in the data directory ({@code DATA/index}); one machine. */
  EMBEDDED,
  /** A collection on a SolrCloud cluster, found through its ZooKeeper ensemble. */
  SOLR;

  /** The name as typed on the command line ({@code embedded}, {@code solr}). */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code embedded} or {@code solr} (any case). */
  public static Backend parse(String value) {
    for (Backend b : values()) {
      if (b.key().equalsIgnoreCase(value == null ? "" : value.strip())) return b;
    }
    throw new IllegalArgumentException("unknown backend '" + value + "' (known: embedded, solr)");
  }
}
