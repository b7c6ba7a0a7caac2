package org.marsad.store.solr;

import java.io.IOException;
import org.apache.solr.client.solrj.request.schema.SchemaRequest;
import org.apache.solr.common.util.NamedList;

/**
 * The version of Marsad's Solr schema, and the check that a collection has the one this code
 * needs. The embedded index keeps its schema version in the commit data and refuses another;
 * a Solr collection has no such place, so the version is in the schema's {@code name} attribute
 * ({@code marsad-5}), which Solr only displays. The name a collection reports
 * ({@code /schema/name}) is the schema its cores have loaded, so a configset uploaded but not yet
 * reloaded still counts as the old one.
 *
 * <ul>
 *   <li>1 ({@code name="marsad"}): sessions 1–4, no root field.</li>
 *   <li>2 ({@code name="marsad-2"}): the root field {@link SolrFields#BODY_ROOTS}.</li>
 *   <li>3 ({@code name="marsad-3"}): the {@code *_names} fields analysed as names
 *       ({@code text_names}: Marsad's tokens and spelling variants, no stop words), and the
 *       phrase fields' {@code text_exact} as the embedded exact analyser (stop words, variants).</li>
 *   <li>4 ({@code name="marsad-4"}): no field changes, but the tokenizer (marsad-text) reads a
 *       printed hashtag as the tag and its words, so a query for a tag is a phrase of the tag and
 *       its words, which articles indexed before do not have: they need indexing again.</li>
 *   <li>5 ({@code name="marsad-5"}): no field changes, but {@code وأبو} is no longer a stop word
 *       (stopwords.txt of the configset and of marsad-text), so {@code وأبو قتادة} keeps the name's
 *       first word; articles indexed before lack it: they need indexing again.</li>
 * </ul>
 */
final class SchemaVersion {
  /** The version this code writes and reads; bump it, and the name in managed-schema.xml, when a field changes. */
  static final int CURRENT = 5;
  static final String NAME_PREFIX = "marsad";

  private SchemaVersion() {}

  /** The schema name of version {@code version}, as in managed-schema.xml. */
  static String name(int version) {
    return version == 1 ? NAME_PREFIX : NAME_PREFIX + "-" + version;
  }

  /** The version a schema name stands for; -1 when it is not a Marsad schema. */
  static int of(String name) {
    if (NAME_PREFIX.equals(name)) return 1;
    if (name != null && name.startsWith(NAME_PREFIX + "-")) {
      try {
        return Integer.parseInt(name.substring(NAME_PREFIX.length() + 1));
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  /** Fails with the steps to upgrade when {@code collection} has not loaded schema {@link #CURRENT}. */
  static void require(SolrCluster cluster, String collection) throws IOException {
    NamedList<Object> rsp = cluster.request(new SchemaRequest.SchemaName(), collection);
    Object name = rsp.get("name");
    int version = of(name == null ? null : name.toString());
    if (version == CURRENT) return;
    if (version > CURRENT) {
      throw new IOException("collection " + collection + " has Marsad's Solr schema " + version + ", newer than this marsad's "
          + CURRENT + ": use the marsad version that set it up");
    }
    String zk = cluster.address().toString();
    String found = version < 0 ? "a schema named '" + name + "', not Marsad's"
        : "Marsad's Solr schema " + version + " (" + madeBefore(version) + ")";
    throw new IOException("collection " + collection + " has " + found + "; this marsad needs schema " + CURRENT
        + ". To upgrade it in place: marsad solr setup --zk " + zk + " --collection " + collection
        + " (uploads the new configset), reload the collection (/admin/collections?action=RELOAD&name=" + collection
        + "), then marsad reindex --backend solr --zk " + zk + " --collection " + collection
        + " --data DIR; or set up a new collection and reindex into it (docs/solr.md)");
  }

  /** What an older version lacks, for the upgrade message. */
  private static String madeBefore(int version) {
    return version < 2 ? "made before the root field body_roots and the name analysis of the *_names fields"
        : version < 3 ? "made before the name analysis of the *_names fields and the embedded phrase analysis of text_exact"
        : version < 4 ? "made before the words of printed hashtags were indexed"
        : "made before وأبو was indexed (a stop word until schema 5)";
  }
}
