package org.marsad.text.stem;

import java.util.ArrayList;
import java.util.List;

/**
 * The two ways Arabic presses seat a hamza before a long و: on و ({@code مسؤول}, {@code الشؤون},
 * Levantine and most agencies) or on ي ({@code مسئول}, {@code الشئون}, the Egyptian and much Saudi
 * house style). Match normalisation folds each seat to its own letter (ؤ to و, ئ to ي: مسوول, مسيول),
 * so each spelling found only its own articles (on SaudiNewsNet 21–25 July 2015: مسؤول 1,058 articles, مسئول 39). Restricted to the
 * seat before و, where the two spellings are one word; elsewhere ؤ and ئ tell words apart
 * (بئر a well, بؤر foci).
 */
public final class HamzaSeatSpellings {
  private static final String ON_WAW = "ؤو";
  private static final String ON_YEH = "ئو";

  private HamzaSeatSpellings() {}

  /** The text as given, then its other spellings (every seat on و, every seat on ي); just the text when it has no such seat. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>(List.of(text));
    if (!text.contains(ON_WAW) && !text.contains(ON_YEH)) return out;
    for (String v : List.of(text.replace(ON_YEH, ON_WAW), text.replace(ON_WAW, ON_YEH))) {
      if (!out.contains(v)) out.add(v);
    }
    return out;
  }
}
