package org.marsad.store.solr;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Marsad's Solr configset, shipped in this jar under {@value #RESOURCE_DIR}: the schema, the
 * solrconfig and the match-normalised stop words. The analysis factories it names live in the
 * marsad-text jar, which must be on every Solr node's classpath (see docs/solr.md).
 */
public final class MarsadConfigset {
  /** Name the configset is uploaded under. */
  public static final String NAME = "marsad";
  static final String RESOURCE_DIR = "/solr/configsets/marsad/conf/";
  /** Every file of the configset. */
  public static final List<String> FILES = List.of("managed-schema.xml", "solrconfig.xml", "stopwords.txt");

  private MarsadConfigset() {}

  /** The bytes of one configset file. */
  public static byte[] read(String file) throws IOException {
    try (InputStream in = MarsadConfigset.class.getResourceAsStream(RESOURCE_DIR + file)) {
      if (in == null) throw new IOException("configset file missing from the marsad-solr jar: " + RESOURCE_DIR + file);
      return in.readAllBytes();
    }
  }
}
