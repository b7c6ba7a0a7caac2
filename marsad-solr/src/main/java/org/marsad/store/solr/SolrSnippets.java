package org.marsad.store.solr;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;

/**
 * Snippets from Solr's unified highlighter over the body field, shaped like the embedded
 * index's: up to {@value #PASSAGES} passages of about {@value #PASSAGE_CHARS} characters cut at
 * word boundaries, HTML-escaped, matches in {@code <mark>…</mark>}, joined with {@code …}; with
 * nothing to mark (a filter-only query) the opening of the body.
 */
final class SolrSnippets {
  static final int PASSAGE_CHARS = 160;
  static final int PASSAGES = 2;
  private static final String ELLIPSIS = " … ";

  private SolrSnippets() {}

  static void addParams(ModifiableSolrParams p, String highlightQuery) {
    p.set("hl", true);
    p.set("hl.method", "unified");
    p.set("hl.fl", SolrFields.BODY);
    // Nothing to mark: a query without terms, so the highlighter falls back to the default summary.
    p.set("hl.q", highlightQuery != null ? highlightQuery : SolrQueries.MATCH_NONE);
    p.set("hl.qparser", "lucene");
    p.set("hl.snippets", PASSAGES);
    p.set("hl.fragsize", PASSAGE_CHARS);
    p.set("hl.bs.type", "WORD");
    p.set("hl.bs.language", "ar");
    p.set("hl.tag.pre", "<mark>");
    p.set("hl.tag.post", "</mark>");
    p.set("hl.encoder", "html");
    p.set("hl.defaultSummary", true);
    p.set("hl.maxAnalyzedChars", 200_000);
  }

  /** Article id → snippet. */
  static Map<String, String> read(NamedList<Object> rsp) {
    Map<String, String> out = new HashMap<>();
    if (!(rsp.get("highlighting") instanceof NamedList<?> hl)) return out;
    for (Map.Entry<String, ?> e : hl) {
      if (!(e.getValue() instanceof NamedList<?> fields)) continue;
      Object passages = fields.get(SolrFields.BODY);
      if (passages instanceof List<?> list && !list.isEmpty()) {
        out.put(e.getKey(), String.join(ELLIPSIS, list.stream().map(String::valueOf).toList()));
      } else if (passages instanceof String[] arr && arr.length > 0) {
        out.put(e.getKey(), String.join(ELLIPSIS, arr));
      }
    }
    return out;
  }
}
