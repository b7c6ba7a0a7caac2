package org.marsad.nlp.entity;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.nlp.anatomy.DatelineDetector;
import org.marsad.nlp.util.ResourceLines;
import org.marsad.text.ArabicNormalizer;

/**
 * The comparison key of a name: match-normalised (hamza forms, teh marbuta, alef maqsura folded,
 * no diacritics or tatweel), single spaces, and two spelling habits of Arabic names folded, which
 * otherwise split one entity under several ids:
 * <ul>
 *   <li>the theophoric {@code عبد} is written apart or joined: {@code عبد الله} / {@code عبدالله},
 *       {@code عبد العزيز} / {@code عبدالعزيز}, {@code عبد ربه} / {@code عبدربه} all key joined;</li>
 *   <li>a name after the preposition ل loses its article's alef: {@code للأمم المتحدة} is
 *       {@code ل + الأمم المتحدة}; but {@code للبنان} is {@code ل + لبنان}. A first word {@code
 *       للX} (X of three letters or more) has both {@linkplain #readings readings}; its key is
 *       {@code لX} when that is a listed place ({@link DatelineDetector#isPlace}: لبنان، ليبيا،
 *       لندن), else {@code الX}, and the registry takes the other reading when it knows only that
 *       one ({@code للاريجاني}). The entity's text stays as written (offsets), only the key is
 *       folded;</li>
 *   <li>a group is named with or without the word for what it is: {@code تنظيم داعش} / {@code
 *       داعش}, {@code حركة حماس} / {@code حماس}, {@code جماعة الحوثي} / {@code الحوثي}: a first word
 *       of {@link #DESCRIPTORS} (data: {@code name-descriptors.txt}) followed by a name is left
 *       out of the key. (Not {@code حزب}: in {@code حزب الله} it is part of the name.)</li>
 *   <li>the conjunction و is sometimes glued to a name the tagger takes in ({@code وعادل بن أحمد
 *       الجبير}, {@code وريال مدريد}), but many names begin with و ({@code وليد}, {@code وائل}, {@code
 *       وديع}): a name of several words whose first word begins with و has a second {@linkplain
 *       #readings reading} without it, which the registry takes only when it knows that name and
 *       not the one as written (the evidence: the rest is a known name). The key stays as written.</li>
 *   <li>a foreign g is written ج or غ ({@code سيرغي لافروف} / {@code سيرجي لافروف}, {@code الكونغرس
 *       الأمريكي} / {@code الكونجرس الأمريكي}): a name of several words has readings with each ج/غ
 *       written the other way, taken (as the و one) only when the name as written is unknown and such
 *       a spelling is known. Not one word: {@code الغاني} (Ghanaian) and {@code الجاني} (the culprit)
 *       are two words. The key stays as written.</li>
 * </ul>
 */
public final class NameKey {
  /** Words for a kind of group written before its name ({@code name-descriptors.txt}, match-normalised). */
  static final Set<String> DESCRIPTORS = ResourceLines.read(NameKey.class, "name-descriptors.txt").stream()
      .map(ArabicNormalizer::match).collect(Collectors.toUnmodifiableSet());

  private NameKey() {}

  /** Precompiled: {@code String.split("\\s+")} compiles its pattern at every call, and opening the registry keys every stored name. */
  static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

  /** The key of a name (see the class doc); empty for a blank name. */
  public static String of(String name) {
    return writtenReadings(name).get(0);
  }

  /**
   * The keys a name can have, the key first: two for a first word {@code للX} ({@code ل + الX} and
   * {@code ل + لX}), two for a name of several words whose first word is {@code وX} (as written, then
   * without the و), one otherwise; then, for each of these of several words, its {@linkplain #gVariants
   * ج/غ spellings}. The registry takes the first reading it knows, so a spelling is read the other way
   * only when the name as written is unknown and the other spelling is known.
   */
  public static List<String> readings(String name) {
    List<String> readings = writtenReadings(name);
    List<String> out = new java.util.ArrayList<>(readings);
    for (String r : readings) {
      for (String v : gVariants(r)) if (!out.contains(v)) out.add(v);
    }
    return out.size() == readings.size() ? readings : List.copyOf(out);
  }

  /** At most this many ج/غ letters in a name are read both ways (2^4 readings): more is no foreign name. */
  private static final int MAX_G_LETTERS = 4;

  /**
   * The other spellings of a name of several words with the foreign g written ج or غ ({@code سيرغي
   * لافروف} / {@code سيرجي لافروف}, {@code لويس فان غال} / {@code لويس فان جال}): every way of writing
   * each of its ج and غ letters as either, the name itself left out; none for one word ({@code الغاني},
   * Ghanaian / {@code الجاني}, the culprit, are two words of the language), nor for a name with more
   * than {@link #MAX_G_LETTERS} of them.
   */
  static List<String> gVariants(String key) {
    if (key.indexOf(' ') < 0) return List.of();
    int[] at = new int[MAX_G_LETTERS];
    int n = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c != 'ج' && c != 'غ') continue;
      if (n == MAX_G_LETTERS) return List.of();
      at[n++] = i;
    }
    List<String> out = new java.util.ArrayList<>();
    char[] chars = key.toCharArray();
    for (int mask = 0; mask < (1 << n); mask++) {
      for (int j = 0; j < n; j++) chars[at[j]] = (mask & (1 << j)) != 0 ? 'غ' : 'ج';
      String v = new String(chars);
      if (!v.equals(key)) out.add(v);
    }
    return out;
  }

  /** The readings of a name as written: the key, and the other reading of a first word للX or وX (see {@link #readings}). */
  private static List<String> writtenReadings(String name) {
    String[] words = WHITESPACE.split(ArabicNormalizer.match(name).strip());
    int first = words.length > 1 && DESCRIPTORS.contains(words[0]) ? 1 : 0;
    while (first < words.length && words[first].isEmpty()) first++;
    if (first < words.length && words[first].startsWith("و") && words[first].length() >= 3) {
      String rest = join(words, first, words[first].substring(1));
      if (rest.indexOf(' ') > 0) return List.of(join(words, first, null), rest); // not وعبد الله: one word, a lone given name
    }
    if (first >= words.length || !words[first].startsWith("لل") || words[first].length() < 5) {
      return List.of(join(words, first, null));
    }
    String rest = words[first].substring(2);
    String withArticle = join(words, first, "ال" + rest), withLam = join(words, first, "ل" + rest);
    return DatelineDetector.standard().isPlace("ل" + rest) ? List.of(withLam, withArticle) : List.of(withArticle, withLam);
  }

  /** Words from {@code first} on, single-spaced, {@code عبد X} joined; the first word replaced by {@code firstWord} unless null. */
  private static String join(String[] words, int first, String firstWord) {
    StringBuilder sb = new StringBuilder();
    for (int i = first; i < words.length; i++) {
      String w = i == first && firstWord != null ? firstWord : words[i];
      if (w.isEmpty()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(w);
      if (w.equals("عبد") && i + 1 < words.length) {
        sb.append(words[++i]); // عبد الله → عبدالله
      }
    }
    return sb.toString();
  }
}
