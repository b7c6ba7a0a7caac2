package org.marsad.text.sentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentence splitter for Arabic news. SKELETON: splits after . ! ? ؟ and at line breaks; the
 * text-layer work replaces it with rules aware of quotations, abbreviations and numbers.
 */
public final class SentenceSplitter {
  private SentenceSplitter() {}

  public static List<Sentence> split(String text) {
    List<Sentence> out = new ArrayList<>();
    int s = 0, n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean end = c == '\n' || c == '.' || c == '!' || c == '?' || c == '\u061F';
      if (end || i == n - 1) {
        int e = c == '\n' ? i : i + 1;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        int ee = e;
        while (ee > s && Character.isWhitespace(text.charAt(ee - 1))) ee--;
        if (ee > s) out.add(new Sentence(s, ee));
        s = i + 1;
      }
    }
    return out;
  }
}
