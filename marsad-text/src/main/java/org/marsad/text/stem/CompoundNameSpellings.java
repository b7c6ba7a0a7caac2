package org.marsad.text.stem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Compound names written apart or joined: {@code عبد الله} / {@code عبدالله}, {@code عبد العزيز} /
 * {@code عبدالعزيز}, {@code أبو ظبي} / {@code أبوظبي}, {@code أبو بكر} / {@code أبوبكر}. Presses do
 * both (SaudiNewsNet 21–25 July 2015: عبد العزيز 522 / عبدالعزيز 2,234, أبو ظبي 16 / أبوظبي 68,
 * أبو بكر 44 / أبوبكر 10; bench/RESULTS.md, session 15) and the analyser keeps each as written, so a
 * search gives the other spelling too. The second part has three letters or more: {@code عبده}
 * (a name), {@code أبوه} (his father), {@code أبوين} (parents) are no compounds.
 */
public final class CompoundNameSpellings {
  /** عبد or أبو (any alef) as a word of its own, then a word of three letters or more. */
  private static final Pattern APART = Pattern.compile("(?<![\\p{L}\\p{M}])(عبد|[اأإ]بو) ([\\p{L}\\p{M}]{3,})");
  /** A word starting with عبد or أبو followed by three letters or more. */
  private static final Pattern JOINED = Pattern.compile("(?<![\\p{L}\\p{M}])(عبد|[اأإ]بو)([\\p{L}\\p{M}]{3,})");

  private CompoundNameSpellings() {}

  /** The text as given, then with every compound apart, then with every one joined; just the text when it has none. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>(List.of(text));
    if (!text.contains("عبد") && !text.contains("بو")) return out;
    for (String v : List.of(JOINED.matcher(text).replaceAll("$1 $2"), APART.matcher(text).replaceAll("$1$2"))) {
      if (!out.contains(v)) out.add(v);
    }
    return out;
  }
}
