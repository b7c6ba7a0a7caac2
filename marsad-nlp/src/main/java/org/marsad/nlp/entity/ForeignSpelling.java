package org.marsad.nlp.entity;

import java.util.function.Predicate;

/**
 * Two spellings of one foreign name in Arabic letters ({@code ميشال بلاتيني} / {@code ميشيل بلاتيني},
 * {@code ألكسيس} / {@code أليكسيس تسيبراس}, {@code لازلو} / {@code لاسزلو بولوني}, {@code سيرخيو} / {@code
 * سيرجيو راموس}): Arabic writes a Latin vowel with a long-vowel letter or not at all, and a Latin
 * consonant the Arabic alphabet lacks with one of several letters, so papers spell one foreign name
 * several ways. Two names are read as one when they differ only so, word for word ({@link #wordKey}).
 *
 * <p>Not for Arabic names: there a long vowel makes another name ({@code حسن} / {@code حسين}, {@code سعد} /
 * {@code سعيد}, {@code محمد} / {@code محمود}, {@code الراشد} / {@code الرشيد}), so a name with a word that starts
 * with the article (an Arabic family name or nisba; not {@code ألكسيس}, written with a hamza) or that the
 * caller knows as a word of an Arabic name (written in a chain, {@code X بن Y}: {@code محمد}, {@code حسام}) is
 * never such a variant, nor one holding a chain particle. Only whole multi-word names, with at least one word written alike: a lone word
 * or a name whose every word differs is too little to tell two men apart.
 */
final class ForeignSpelling {
  private ForeignSpelling() {}

  /**
   * The key all spellings of a multi-word name share ({@link #wordKey} of each word), or null for a name
   * of one word or one holding a chain particle ({@link Nasab#isParticle}: an Arabic name). An index key:
   * names with one key are read as one only by {@link #sameName}.
   */
  static String nameKey(String key) {
    String[] w = NameKey.WHITESPACE.split(key);
    if (w.length < 2) return null;
    StringBuilder out = new StringBuilder();
    for (String x : w) {
      if (Nasab.isParticle(x)) return null;
      if (out.length() > 0) out.append(' ');
      out.append(wordKey(x));
    }
    return out.toString();
  }

  /**
   * Whether two multi-word name keys are spellings of one foreign name: as many words, at least one
   * written alike, every other pair {@link #wordKey}-equal, and no word of either {@code arabic}: a word of
   * an Arabic name, or one with the article ({@code الرشيد}, {@code الرويشد}); the caller knows which. One
   * such word makes the whole name Arabic: {@code محمد} beside {@code أمين} / {@code أمان}, {@code قطب} /
   * {@code خطاب}, Arabic family names never written in a chain on five days (first reading, which
   * compared only the words that differ, joined them).
   */
  static boolean sameName(String a, String b, Predicate<String> arabic) {
    if (a.equals(b)) return false;
    String ka = nameKey(a), kb = nameKey(b);
    if (ka == null || !ka.equals(kb)) return false;
    String[] wa = NameKey.WHITESPACE.split(a), wb = NameKey.WHITESPACE.split(b);
    boolean alike = false;
    for (int i = 0; i < wa.length; i++) {
      // any word of an Arabic name makes the name Arabic, its other words too (محمد امين is not محمد امان)
      if (arabic.test(wa[i]) || arabic.test(wb[i])) return false;
      alike |= wa[i].equals(wb[i]);
    }
    return alike;
  }

  /**
   * A word's letters with the Latin vowels and the letter choices for one Latin sound folded: the first
   * letter kept as written but for {@code غ}/{@code ج} (a Latin g: {@code غابرييل}/{@code جابرييل}) and
   * {@code ز}/{@code س} (a Latin s: {@code زيجمار}/{@code سيغمار}); not {@code قاسم}/{@code جاسم}, {@code
   * خليل}/{@code جليل} (nor {@code قوميز}/{@code جوميز}: the price), and the last letter kept (a final {@code ي} or
   * {@code ا} is a vowel of the name: {@code فالك} is not {@code فالكي}); {@code سز} (Hungarian sz,
   * {@code لاسزلو}) read as {@code ز}; inside the word the long-vowel letters {@code ا و ي} and the hamza
   * dropped, and {@code ه} only where it is silent, after {@code ن} and before a vowel letter (Portuguese
   * and German nh: {@code مورينهو}, {@code بيرنهارد}; not {@code فهد}/{@code فايد}, {@code شهاب}/{@code شاب});
   * then {@code غ ج خ ق} (Latin g, Spanish j:
   * {@code سيرخيو}/{@code سيرجيو}, {@code رودريقو}) one letter, {@code ز س} (s/z: {@code بيريز}/{@code بيريس})
   * one, {@code ط ت} one. Not two different consonants (a looser test, one letter's difference, joined
   * {@code كارلوس تيفيز} and {@code كارلوس تشافيز}).
   */
  static String wordKey(String word) {
    String w = word.replace("سز", "ز");
    if (w.isEmpty()) return w;
    StringBuilder rest = new StringBuilder(w.length());
    int last = w.length() - 1;
    for (int i = 1; i < last; i++) {
      char c = w.charAt(i);
      if (c == 'ا' || c == 'و' || c == 'ي' || c == 'ء') continue;
      if (c == 'ه' && w.charAt(i - 1) == 'ن' && isVowelLetter(w.charAt(i + 1))) continue;
      rest.append(c);
    }
    if (last > 0) rest.append(w.charAt(last));
    char first = switch (w.charAt(0)) { // only the choices for a Latin g and a Latin s/z; ق خ ط are Arabic consonants
      case 'غ' -> 'ج';
      case 'ز' -> 'س';
      default -> w.charAt(0);
    };
    return first + fold(rest.toString());
  }

  private static boolean isVowelLetter(char c) {
    return c == 'ا' || c == 'و' || c == 'ي';
  }

  private static String fold(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      out.append(switch (c) {
        case 'غ', 'خ', 'ق' -> 'ج';
        case 'ز' -> 'س';
        case 'ط' -> 'ت';
        default -> c;
      });
    }
    return out.toString();
  }
}
