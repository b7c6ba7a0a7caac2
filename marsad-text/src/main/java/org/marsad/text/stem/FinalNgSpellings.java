package org.marsad.text.stem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two ways Arabic presses write a foreign word's final "ng": نغ ({@code سامسونغ}, {@code بوينغ},
 * {@code هونغ كونغ}, Levantine and most agencies) or نج ({@code سامسونج}, {@code بوينج}, Egyptian and
 * much Saudi house style). Restricted to the end of a word because no Arabic word ends in نغ, so
 * the other spelling of a word ending in نج finds only foreign words; inside a word the two
 * letters tell Arabic words apart (غرب west, جرب tried; غدا tomorrow, جدا very: bench/RESULTS.md,
 * session 14, for the measurement on SaudiNewsNet).
 */
public final class FinalNgSpellings {
  private static final Pattern FINAL_GHAIN = Pattern.compile("نغ(?![\\p{L}\\p{M}])");
  private static final Pattern FINAL_JEEM = Pattern.compile("نج(?![\\p{L}\\p{M}])");

  private FinalNgSpellings() {}

  /** The text as given, then its other spellings (every final نغ as نج, every final نج as نغ); just the text when none ends so. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>(List.of(text));
    if (!text.contains("نغ") && !text.contains("نج")) return out;
    for (String v : List.of(FINAL_GHAIN.matcher(text).replaceAll("نج"), FINAL_JEEM.matcher(text).replaceAll("نغ"))) {
      if (!out.contains(v)) out.add(v);
    }
    return out;
  }
}
