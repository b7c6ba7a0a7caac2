package org.marsad.nlp.article;

import java.nio.charset.StandardCharsets;
import org.marsad.text.ArabicNormalizer;

/**
 * The publisher key and URL of an article as they are kept: without the bidi controls that can
 * make a page show them reversed or reordered (session 18 QA: a source {@code rtl\u202Ekcatta}
 * read «rtlattack»). Title and text lose these controls in display normalisation; the source gets
 * the same normalisation. A URL keeps every character it had, the controls percent-encoded (as a
 * browser sends them), so the link still leads to the same page and shows no reordering.
 */
public final class SourceFields {
  private SourceFields() {}

  /** Display-normalised (bidi and zero-width controls dropped, spaces collapsed); null when nothing is left. */
  public static String source(String source) {
    if (source == null) return null;
    String s = ArabicNormalizer.display(source).strip();
    return s.isEmpty() ? null : s;
  }

  /** The URL with each bidi control as its UTF-8 percent escapes ({@code U+202E} → {@code %E2%80%AE}). */
  public static String url(String url) {
    if (url == null || url.chars().noneMatch(c -> isBidiControl((char) c))) return url;
    StringBuilder out = new StringBuilder(url.length() + 16);
    for (char c : url.toCharArray()) {
      if (!isBidiControl(c)) {
        out.append(c);
        continue;
      }
      for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) out.append('%').append(String.format("%02X", b & 0xFF));
    }
    return out.toString();
  }

  /** Embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, the marks LRM, RLM and ALM. */
  static boolean isBidiControl(char c) {
    return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F' || c == '\u061C';
  }
}
