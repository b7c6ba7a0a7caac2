package org.marsad.nlp.entity;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A Latin query word that only meets a name's word as its nisba, the adjective or place derived
 * from it with {@code ـي / ـية}: the phonetic key drops vowels, so {@code Saud} ({@code sd}) met
 * {@code al-Saodia} (السعودية) and {@code Hamad} met {@code Hmdi} (حمدي), and {@code Saud} found the
 * 1,363 articles on Saudi Arabia (session 11 QA). A query word that ends in a consonant names a
 * word that ends in one too; {@code Saudi}, {@code Hamdi} still find theirs.
 */
public final class LatinNisba {
  /** A name word ending in a nisba, after a consonant: -i, -y, -ia, -iya, -iyya, -ya, -iyah, -yah. */
  private static final Pattern NISBA = Pattern.compile("(?i).*[b-df-hj-np-tv-z'](?:i|y|ia|iya|iyya|ya|iyah|yah|iah)");
  /** A query word ending in a vowel (a final h after one is silent: Saleh, Fatimah). */
  private static final Pattern ENDS_IN_VOWEL = Pattern.compile("(?i).*[aeiouy]h?");

  private LatinNisba() {}

  /**
   * True when some query word ending in a consonant is, among the words of {@code latinName}, the
   * {@linkplain Transliterator#sameWord same word} only as nisbas ({@code Saud} in {@code
   * al-Saodia}): that name is not what the word names.
   */
  public static boolean onlyDerived(List<String> queryWords, String latinName) {
    if (latinName == null) return false;
    String[] nameWords = latinName.split(" ");
    for (String q : queryWords) {
      if (Transliterator.letters(q) == 0 || ENDS_IN_VOWEL.matcher(q).matches()) continue;
      boolean any = false, onlyNisba = true;
      for (String w : nameWords) {
        if (!Transliterator.sameWord(q, w)) continue;
        any = true;
        onlyNisba &= NISBA.matcher(w).matches();
      }
      if (any && onlyNisba) return true;
    }
    return false;
  }
}
