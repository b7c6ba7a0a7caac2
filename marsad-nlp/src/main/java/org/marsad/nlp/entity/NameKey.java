package org.marsad.nlp.entity;

import org.marsad.text.ArabicNormalizer;

/**
 * The comparison key of a name: match-normalised (hamza forms, teh marbuta, alef maqsura folded,
 * no diacritics or tatweel), single spaces, and two spelling habits of Arabic names folded, which
 * otherwise split one entity under several ids:
 * <ul>
 *   <li>the theophoric {@code عبد} is written apart or joined: {@code عبد الله} / {@code عبدالله},
 *       {@code عبد العزيز} / {@code عبدالعزيز}, {@code عبد ربه} / {@code عبدربه} all key joined;</li>
 *   <li>a name after the preposition ل loses its article's alef: {@code للأمم المتحدة} is
 *       {@code ل + الأمم المتحدة}; a first word {@code للX} (X of three letters or more) keys as
 *       {@code الX}. The entity's text stays as written (offsets), only the key is folded.</li>
 * </ul>
 */
public final class NameKey {
  private NameKey() {}

  /** The key of a name (see the class doc); empty for a blank name. */
  public static String of(String name) {
    String[] words = ArabicNormalizer.match(name).strip().split("\\s+");
    StringBuilder sb = new StringBuilder(name.length());
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) continue;
      if (sb.length() == 0 && w.startsWith("لل") && w.length() >= 5) w = "ال" + w.substring(2);
      if (sb.length() > 0) sb.append(' ');
      sb.append(w);
      if (w.equals("عبد") && i + 1 < words.length) {
        sb.append(words[++i]); // عبد الله → عبدالله
      }
    }
    return sb.toString();
  }
}
