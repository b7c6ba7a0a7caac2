package org.marsad.store.lucene;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as one line of HTML-safe text: matches in {@code <mark>…</mark>},
 * whitespace runs (paragraph breaks) collapsed to a space, {@code …} where the passage does not
 * start or end the body, passages joined by {@code  … }. Passage bounds come from a word
 * break iterator, so no word, surrogate pair or combining mark is ever cut. Public so that the
 * Solr backend formats the passages Solr's highlighter finds with the very same rules.
 */
public final class SnippetFormatter extends PassageFormatter {
  static final String ELLIPSIS = "…";

  @Override
  public String format(Passage[] passages, String content) {
    StringBuilder out = new StringBuilder();
    int lastEnd = -1;
    for (Passage p : passages) {
      int start = skipSpace(content, p.getStartOffset(), p.getEndOffset());
      int end = trimSpace(content, start, p.getEndOffset());
      if (start >= end) continue;
      if (out.length() > 0) out.append(lastEnd == start ? " " : " " + ELLIPSIS + " ");
      else if (start > 0) out.append(ELLIPSIS).append(' ');
      int pos = start;
      int[] ms = p.getMatchStarts();
      int[] me = p.getMatchEnds();
      for (int i = 0; i < p.getNumMatches(); i++) {
        int mStart = Math.max(ms[i], pos);
        int mEnd = Math.min(me[i], end);
        // Overlapping or adjacent matches merge into the mark already open.
        while (i + 1 < p.getNumMatches() && ms[i + 1] <= mEnd) {
          mEnd = Math.min(Math.max(mEnd, me[++i]), end);
        }
        if (mStart >= mEnd) continue;
        appendEscaped(out, content, pos, mStart);
        out.append("<mark>");
        appendEscaped(out, content, mStart, mEnd);
        out.append("</mark>");
        pos = mEnd;
      }
      appendEscaped(out, content, pos, end);
      lastEnd = end;
    }
    if (lastEnd >= 0 && trimSpace(content, lastEnd, content.length()) > lastEnd) out.append(' ').append(ELLIPSIS);
    return out.toString();
  }

  private static int skipSpace(String s, int from, int to) {
    while (from < to && Character.isWhitespace(s.charAt(from))) from++;
    return from;
  }

  private static int trimSpace(String s, int from, int to) {
    while (to > from && Character.isWhitespace(s.charAt(to - 1))) to--;
    return to;
  }

  private static void appendEscaped(StringBuilder out, String s, int from, int to) {
    boolean space = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
    if (space) out.append(' ');
  }
}
