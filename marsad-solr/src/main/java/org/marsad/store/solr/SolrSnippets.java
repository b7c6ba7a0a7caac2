package org.marsad.store.solr;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.apache.solr.common.util.NamedList;
import org.marsad.store.lucene.SnippetFormatter;
import org.marsad.store.lucene.Snippets;

/**
 * Snippets from Solr's unified highlighter over the body field, made the embedded index's
 * snippets: Solr picks the passages with the embedded settings (about {@value #PASSAGE_CHARS}
 * characters, the closest word break to that length, the same alignment, at most
 * {@value #PASSAGES} passages, the same number of characters analysed), and the embedded
 * {@link SnippetFormatter} writes them (one line, {@code <mark>}, HTML-escaped, {@code …} where
 * the body goes on). Solr's own formatter keeps the body's paragraph breaks and leaves out the
 * ellipses, and it has no passage offsets to put them from, so Solr marks the matches with two
 * control characters and the passages are found again in the hits' bodies.
 */
final class SolrSnippets {
  static final int PASSAGE_CHARS = Snippets.PASSAGE_CHARS;
  static final int PASSAGES = Snippets.PASSAGES;
  static final float FRAG_ALIGN = Snippets.FRAG_ALIGN;
  /**
   * Match delimiters in Solr's passages. A body may hold them itself (ingest keeps C0 controls), so
   * a passage is located by {@link #align}, which tells Solr's delimiters from the body's own.
   */
  private static final char PRE = '\u0001';
  private static final char POST = '\u0002';
  private static final BytesRef NO_TERM = new BytesRef();

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
    p.set("hl.fragsizeIsMinimum", false); // closest to the length, as the embedded break iterator
    p.set("hl.fragAlignRatio", Float.toString(FRAG_ALIGN));
    p.set("hl.bs.type", "WORD");
    p.set("hl.bs.language", "ar");
    p.set("hl.tag.pre", String.valueOf(PRE));
    p.set("hl.tag.post", String.valueOf(POST));
    // no hl.encoder: raw text, SnippetFormatter escapes it
    p.set("hl.defaultSummary", true);
    p.set("hl.maxAnalyzedChars", UnifiedHighlighter.DEFAULT_MAX_LENGTH); // the embedded highlighter's default
  }

  /** Article id → snippet; {@code bodies} are the hits' stored bodies (id → body). */
  static Map<String, String> read(NamedList<Object> rsp, Map<String, String> bodies) {
    Map<String, String> out = new HashMap<>();
    if (!(rsp.get("highlighting") instanceof NamedList<?> hl)) return out;
    for (Map.Entry<String, ?> e : hl) {
      if (!(e.getValue() instanceof NamedList<?> fields)) continue;
      Object value = fields.get(SolrFields.BODY);
      List<String> passages = value instanceof List<?> list ? list.stream().map(String::valueOf).toList()
          : value instanceof String[] arr ? List.of(arr) : List.of();
      if (!passages.isEmpty()) out.put(e.getKey(), format(passages, bodies.get(e.getKey())));
    }
    return out;
  }

  /**
   * The passages as the embedded formatter writes them. Solr sends passages in body order; each
   * is located in the body after the previous one. With no match in any passage (the default
   * summary), only the first is kept, as the embedded highlighter shows one unmarked passage.
   */
  static String format(List<String> marked, String body) {
    boolean anyMatch = marked.stream().anyMatch(s -> s.indexOf(PRE) >= 0);
    List<String> shown = anyMatch ? marked : marked.subList(0, 1);
    // the embedded highlighter sees the body cut at its maximum length, and so decides the closing "…"
    String content = body != null ? body.substring(0, Math.min(body.length(), UnifiedHighlighter.DEFAULT_MAX_LENGTH))
        : String.join(" ", shown.stream().map(SolrSnippets::plain).toList());
    if (!anyMatch && body != null) return opening(content);
    List<Passage> passages = new ArrayList<>();
    int from = 0;
    boolean bodyHasDelimiters = content.indexOf(PRE) >= 0 || content.indexOf(POST) >= 0;
    for (String s : shown) {
      // which characters of s are Solr's delimiters (true) rather than the body's text
      boolean[] inserted = new boolean[s.length()];
      int start = bodyHasDelimiters ? locateAligned(s, content, from, inserted) : locatePlain(s, content, from, inserted);
      if (start < 0) continue; // not from this body (never seen): leave it out rather than misplace it
      int textLength = 0;
      for (boolean d : inserted) if (!d) textLength++;
      Passage p = new Passage();
      p.setStartOffset(start);
      p.setEndOffset(start + textLength);
      int offset = start;
      int matchStart = -1;
      for (int i = 0; i < s.length(); i++) {
        if (!inserted[i]) {
          offset++;
        } else if (s.charAt(i) == PRE) {
          matchStart = offset;
        } else {
          if (matchStart >= 0) p.addMatch(matchStart, offset, NO_TERM, 1);
          matchStart = -1;
        }
      }
      passages.add(p);
      from = p.getEndOffset();
    }
    return new SnippetFormatter().format(passages.toArray(new Passage[0]), content);
  }

  /**
   * Nothing to mark: the body's first passage as the embedded highlighter cuts it (its break
   * iterator's first break; Solr's default summary is longer, as it measures from no match).
   */
  private static String opening(String content) {
    BreakIterator breaks = Snippets.passageBreaks();
    breaks.setText(content);
    int end = breaks.next();
    Passage p = new Passage();
    p.setStartOffset(0);
    p.setEndOffset(end == BreakIterator.DONE ? content.length() : end);
    return new SnippetFormatter().format(new Passage[] {p}, content);
  }

  /** The body holds no delimiter: every one in {@code s} is Solr's, and the rest is body text. */
  private static int locatePlain(String s, String content, int from, boolean[] inserted) {
    for (int i = 0; i < s.length(); i++) inserted[i] = isDelimiter(s.charAt(i));
    String plain = plain(s);
    int start = content.indexOf(plain, from);
    return start >= 0 ? start : content.indexOf(plain);
  }

  /**
   * Where {@code s} is the body's text with delimiters inserted. Solr inserted exactly its marks, so
   * the place needing the fewest inserted delimiters is taken (elsewhere, the body's own delimiters
   * would be read as marks); among equals, the first from {@code from}, else the first (an exact
   * copy of that text, so the same snippet). Where the body holds a delimiter, it is text.
   */
  private static int locateAligned(String s, String content, int from, boolean[] inserted) {
    boolean[] trial = new boolean[s.length()];
    int best = -1;
    int fewest = Integer.MAX_VALUE;
    for (int k = 0; k <= content.length(); k++) {
      int start = (from + k) % (content.length() + 1); // from `from` on, then from the start
      if (!align(s, 0, content, start, trial)) continue;
      int count = 0;
      for (boolean t : trial) if (t) count++;
      if (count < fewest) {
        fewest = count;
        best = start;
        System.arraycopy(trial, 0, inserted, 0, trial.length);
      }
    }
    return best;
  }

  private static boolean align(String s, int i, String content, int j, boolean[] inserted) {
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean text = j < content.length() && content.charAt(j) == c;
      if (!isDelimiter(c)) {
        if (!text) return false;
        inserted[i] = false;
        j++;
        continue;
      }
      if (text) {
        inserted[i] = false;
        if (align(s, i + 1, content, j + 1, inserted)) return true;
      }
      inserted[i] = true; // Solr's delimiter: no body character
    }
    return true;
  }

  private static boolean isDelimiter(char c) {
    return c == PRE || c == POST;
  }

  private static String plain(String marked) {
    StringBuilder b = new StringBuilder(marked.length());
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c != PRE && c != POST) b.append(c);
    }
    return b.toString();
  }
}
