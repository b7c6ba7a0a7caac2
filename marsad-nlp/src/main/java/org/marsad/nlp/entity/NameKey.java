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
 *       {@code الX}. The entity's text stays as written (offsets), only the key is folded;</li>
 *   <li>a group is named with or without the word for what it is: {@code تنظيم داعش} / {@code
 *       داعش}, {@code حركة حماس} / {@code حماس}, {@code جماعة الحوثي} / {@code الحوثي}: a first word
 *       of {@link #DESCRIPTORS} followed by a name is left out of the key. (Not {@code حزب}: in
 *       {@code حزب الله} it is part of the name.)</li>
 * </ul>
 */
public final class NameKey {
  /** Words for a kind of group written before its name (match-normalised). */
  static final java.util.Set<String> DESCRIPTORS = java.util.Set.of("تنظيم", "حركه", "جماعه", "ميليشيا", "مليشيا",
      "ميليشيات", "مليشيات");

  private NameKey() {}

  /** The key of a name (see the class doc); empty for a blank name. */
  public static String of(String name) {
    String[] words = ArabicNormalizer.match(name).strip().split("\\s+");
    StringBuilder sb = new StringBuilder(name.length());
    int first = words.length > 1 && DESCRIPTORS.contains(words[0]) ? 1 : 0;
    for (int i = first; i < words.length; i++) {
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
