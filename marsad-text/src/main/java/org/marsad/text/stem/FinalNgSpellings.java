package org.marsad.text.stem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The two ways Arabic presses write a foreign word's final "ng": نغ ({@code سامسونغ}, {@code بوينغ},
 * {@code هونغ كونغ}, Levantine and most agencies) or نج ({@code سامسونج}, {@code بوينج}, Egyptian and
 * much Saudi house style). Restricted to the end of a word, and to an ن right after a long vowel
 * (ا, و, ي: سامسونغ, بوينغ, يانغ), the shape of a transcribed "-ang/-ong/-ing": Arabic words do end
 * in نج after a short vowel (تشنج spasm, بنج anaesthesia), so a foreign تشنغ (Cheng) must not find
 * them. Inside a word the two letters tell Arabic words apart (غرب west, جرب tried; غدا tomorrow,
 * جدا very). Measured on SaudiNewsNet: bench/RESULTS.md, session 14 (bench/ng-pairs.py).
 */
public final class FinalNgSpellings {
  private static final Pattern FINAL_GHAIN = Pattern.compile("(?<=[اوي])نغ(?![\\p{L}\\p{M}])");
  private static final Pattern FINAL_JEEM = Pattern.compile("(?<=[اوي])نج(?![\\p{L}\\p{M}])");

  private FinalNgSpellings() {}

  /** The text as given, then its other spellings (every final نغ after ا/و/ي as نج, every such final نج as نغ); just the text when none ends so. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>(List.of(text));
    if (!text.contains("نغ") && !text.contains("نج")) return out;
    for (String v : List.of(FINAL_GHAIN.matcher(text).replaceAll("نج"), FINAL_JEEM.matcher(text).replaceAll("نغ"))) {
      if (!out.contains(v)) out.add(v);
    }
    return out;
  }
}
