package org.marsad.text.stem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways Arabic presses write a foreign "g": غ (Levantine and most agencies: {@code سامسونغ},
 * {@code الكونغرس}, {@code هامبورغ}) or ج (Egyptian and much Saudi house style: {@code سامسونج},
 * {@code الكونجرس}, {@code هامبورج}). In Arabic words the two letters tell words apart (غرب west,
 * جرب tried; غدا tomorrow, جدا very; الغاز gas, الجاز), so only three shapes that Arabic words do not
 * take are read as a foreign g (measured on SaudiNewsNet: bench/RESULTS.md, sessions 14 and 15;
 * bench/ng-pairs.py, bench/gj-pairs.py):
 * <ul>
 *   <li>a final نغ/نج after a long vowel ({@code سامسونغ}, {@code بوينغ}, {@code يانغ}): Arabic words do end in
 *       نج after a short vowel (تشنج spasm, بنج anaesthesia);</li>
 *   <li>نغ/نج inside a word after a letter of the stem ({@code الكونغرس}, {@code بنغلاديش}, {@code شنغهاي},
 *       {@code برمنغهام}): the Arabic words with نغ start their root with it (نغم melody, نغص, نغز) and have ج
 *       twins of another meaning (نجم star, نجز, نجل), so not when only the article, a conjunction or a
 *       verb's prefix comes before the ن ({@code النغم}, {@code ونغمات}, {@code ينغز}); nor when a bare
 *       preposition ب/ك/ل, the م of a participle or the أ/إ/ا of a form IV/VII verb, masdar or أفعال plural
 *       comes before it and the rest is an Arabic root's: one more root letter, or two after م/أ/إ/ا, with
 *       at most a long vowel before the last and a suffix after it ({@code بنجمة}, {@code كنغم}, {@code بنجاح},
 *       {@code المنجز}, {@code إنجازات}, {@code أنغام}, {@code انجراف}). Bengal takes that shape too
 *       ({@code البنغالية}, like {@code بنجاح}) and is left apart;</li>
 *   <li>a final -burg/-berg, بورغ/بيرغ/برغ, after two letters or more of the stem ({@code سالزبورغ},
 *       {@code بطرسبرغ}, {@code بلومبيرغ}): not {@code برج} (tower), {@code التبرج}.</li>
 * </ul>
 */
public final class ForeignGSpellings {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final Pattern FINAL_NG = Pattern.compile("(?<=[اوي])ن[غج]$");
  /** What may come before an Arabic word's ن + غ: nothing, the article (with its prepositions), و/ف, a verb's prefix. */
  private static final Pattern NATIVE_BEFORE_NG = Pattern.compile("[وف]?(?:[بلك]?ال|لل)?|[وف]?[يتن]");
  /** A bare preposition, a participle's م or a form IV/VII أ/إ/ا (لإنجاز, بإنجاز) before the ن, after the article and و/ف. */
  private static final Pattern NATIVE_PREFIX_LETTER = Pattern.compile("[وف]?(?:[بلك]?ال|لل)?(?:[بكل]?([أإا])|([بكلم]))");
  /** A suffix after an Arabic root's last letter (بنجومها, نجمتين, إنجازات). */
  private static final Pattern SUFFIX = Pattern.compile("(?:تين|تان|اتها|اتهم|اته|ات|ية|ين|ون|ان|ها|هم|ة|ي|ه)$");
  /** The rest of a root after نغ/نج: one letter, a long vowel before it (نجم, نجاح, نجوم, أنجز, إنجاز, إنجازا). */
  private static final Pattern ONE_ROOT_LETTER = Pattern.compile("[اوي]?[^اوي]|ا[^اوي]ا");
  /** Two letters, an ا between them (منغلق, انجرف, انجراف): form VII, whose ن is the prefix. */
  private static final Pattern TWO_ROOT_LETTERS = Pattern.compile("[^اوي]ا?[^اوي]");
  private static final Pattern BURG = Pattern.compile("^(.*)ب[وي]?ر[غج]$");
  /** The article and conjunctions a -burg word may carry (وبلومبرغ, الهامبورغي is no final g). */
  private static final Pattern PROCLITICS = Pattern.compile("^(?:[وف]?(?:[بلك]?ال|لل)|[وف])");

  private ForeignGSpellings() {}

  /** The text as given, then its other spellings (every foreign g as غ, every one as ج); just the text when it has none. */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>(List.of(text));
    if (text.indexOf('غ') < 0 && text.indexOf('ج') < 0) return out;
    for (char g : new char[] {'غ', 'ج'}) {
      StringBuilder b = new StringBuilder(text);
      Matcher m = WORD.matcher(text);
      while (m.find()) {
        for (int i : foreignG(m.group())) b.setCharAt(m.start() + i, g);
      }
      String v = b.toString();
      if (!out.contains(v)) out.add(v);
    }
    return out;
  }

  /** Where a word writes a foreign g (indices of its غ or ج). */
  static List<Integer> foreignG(String word) {
    List<Integer> at = new ArrayList<>();
    int last = word.length() - 1;
    if (FINAL_NG.matcher(word).find()) at.add(last);
    for (int i = 1; i + 2 <= last; i++) {
      char c = word.charAt(i + 1);
      if (word.charAt(i) == 'ن' && (c == 'غ' || c == 'ج') && !arabicNg(word, i)) at.add(i + 1);
    }
    Matcher burg = BURG.matcher(word);
    if (burg.matches() && PROCLITICS.matcher(burg.group(1)).replaceFirst("").length() >= 2 && !at.contains(last)) at.add(last);
    return at;
  }

  /** Whether the نغ/نج at index n of a word can be an Arabic root's (see the class comment). */
  private static boolean arabicNg(String word, int n) {
    String before = word.substring(0, n);
    if (NATIVE_BEFORE_NG.matcher(before).matches()) return true;
    Matcher prefix = NATIVE_PREFIX_LETTER.matcher(before);
    if (!prefix.matches()) return false;
    String rest = word.substring(n + 2);
    Matcher suffix = SUFFIX.matcher(rest);
    if (suffix.find() && suffix.start() > 0) rest = rest.substring(0, suffix.start());
    if (ONE_ROOT_LETTER.matcher(rest).matches()) return true;
    boolean verbForm = prefix.group(1) != null || prefix.group(2).equals("م");
    return verbForm && TWO_ROOT_LETTERS.matcher(rest).matches();
  }
}
