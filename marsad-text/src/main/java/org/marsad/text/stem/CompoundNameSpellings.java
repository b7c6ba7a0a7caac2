package org.marsad.text.stem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/**
 * Compound names written apart or joined: {@code عبد الله} / {@code عبدالله}, {@code عبد العزيز} /
 * {@code عبدالعزيز}, {@code أبو ظبي} / {@code أبوظبي}, {@code أبو بكر} / {@code أبوبكر}. Presses do
 * both (SaudiNewsNet 21–25 July 2015: عبد العزيز 522 / عبدالعزيز 2,234, أبو ظبي 16 / أبوظبي 68,
 * أبو بكر 44 / أبوبكر 10; bench/RESULTS.md, session 15) and the analyser keeps each as written, so a
 * search gives the other spelling too.
 *
 * <p>The second part has three letters or more: {@code عبده} (a name), {@code أبوه} (his father),
 * {@code أبوين} (parents) are no compounds. Nor are the words that only start like one
 * ({@link #ORDINARY}): the plurals {@code أبواب}/{@code أبواق} and the nouns {@code أبوة}, {@code أبوي}
 * with a pronoun ({@code أبوابها} is "its doors", not {@code أبو ابها}).
 *
 * <p>A one-letter proclitic (و ف ب ل ك) may come first ({@code وعبد الله} / {@code وعبدالله},
 * {@code بأبوظبي} / {@code بأبو ظبي}; about one compound in 18 has one, most often و: SaudiNewsNet
 * 21–25 July 2015, bench/RESULTS.md session 16), then before {@code عبد} or a hamza-seated
 * {@code أبو} only: after a proclitic, a bare alef's {@code ابو} began a foreign word in 25 of the
 * corpus's 26 such words ({@code لابورتا}, {@code للابورتا}: Laporta).
 *
 * <p>Neither part may be a stop word of the analyser: {@code أبوهما} (their father) is no {@code أبو هما},
 * whose phrase is the one word {@code أبو} once {@code هما} is dropped (every أبو article). No head is
 * a stop word since index schema 5 ({@code وأبو} was, so {@code وأبو ظبي} was {@code ظبي} alone); the
 * check stays for a list that changes. The second part is in Arabic letters: {@code أبو Dhabi} is two words.
 */
public final class CompoundNameSpellings {
  /** A proclitic and عبد or أبو, or عبد or أبو (any alef): the first part of a compound. */
  private static final String HEAD = "((?:[وفبلك](?=عبد|أبو))?(?:عبد|[اأإ]بو))";
  /** The second part: three Arabic letters or more (a Latin word is no second part: أبو Dhabi). */
  private static final String TAIL = "([\\u0621-\\u064A\\u0671-\\u06D3\\p{M}]{3,})";
  /** A compound written apart, as a word of its own. */
  private static final Pattern APART = Pattern.compile("(?<![\\p{L}\\p{M}])" + HEAD + " " + TAIL + "(?![\\p{L}\\p{M}])");
  /** A compound written as one word. */
  private static final Pattern JOINED = Pattern.compile("(?<![\\p{L}\\p{M}])" + HEAD + TAIL + "(?![\\p{L}\\p{M}])");
  /** A word of its own: the head's proclitic, if any, then the rest. */
  private static final Pattern WORD_HEAD = Pattern.compile(HEAD + TAIL);
  /**
   * Second parts after أبو that make an ordinary word: a plural of the أفعال pattern of a hollow root
   * ({@code أبواب}, {@code أبواق}) and the nouns {@code أبوة}, {@code أبوي} (parenthood, parents),
   * each with a pronoun or the accusative ا ({@code أبوابها}, {@code أبوابا}, {@code أبوتها}, {@code أبوينا}).
   */
  private static final Pattern ORDINARY = Pattern.compile("(?:ا\\p{L}|ت|ي)(?:ه|ها|هم|هما|هن|ك|كم|كما|كن|نا|ي|ا)?");
  /** The one-letter proclitics a compound is searched with when typed as a bare word. */
  private static final List<String> PROCLITICS = List.of("و", "ف", "ب", "ل", "ك");

  private CompoundNameSpellings() {}

  /**
   * The text as given, then with every compound apart, then with every one joined; just the text
   * when it has none. For a quoted phrase: each compound keeps the proclitic it was typed with.
   */
  public static List<String> of(String text) {
    List<String> out = new ArrayList<>(List.of(text));
    if (!text.contains("عبد") && !text.contains("بو")) return out;
    for (String v : List.of(replace(JOINED, text, " "), replace(APART, text, ""))) {
      if (!out.contains(v)) out.add(v);
    }
    return out;
  }

  /**
   * The spellings of a bare word: the word, then, when it is a compound, the compound apart with no
   * proclitic and with each of و ف ب ل ك ({@code عبدالله} → {@code عبد الله}, {@code وعبد الله}, …).
   * A word is matched through its stem, which a proclitic does not change ({@code وعبدالله} is found
   * by {@code عبدالله}), but a phrase is matched word for word: without these, {@code عبدالله} found
   * {@code وعبدالله} and not {@code وعبد الله}. A proclitic head that is a stop word (none since
   * schema 5; {@code وأبو} was) is left out, since its phrase would hold only the second part. A compound of أبو is also searched
   * in its other cases apart ({@link #GENITIVE}, {@link #ACCUSATIVE}: {@code أبوبكر} is also {@code "أبي بكر"}, {@code "أبا بكر"}).
   */
  public static List<String> ofWord(String word) {
    List<String> out = new ArrayList<>(List.of(word));
    Matcher m = WORD_HEAD.matcher(word);
    if (!m.matches() || !isCompound(m.group(1), m.group(2))) return out;
    String head = withoutProclitic(m.group(1));
    List<String> heads = new ArrayList<>(List.of(head));
    for (String p : PROCLITICS) heads.add(p + head); // بابو and بأبو are one word to the analyser
    if (!head.equals("عبد")) {
      heads.addAll(GENITIVE); // أبو بكر is أبي بكر after a preposition
      if (!m.group(2).startsWith("ال")) heads.addAll(ACCUSATIVE); // and أبا بكر as an object
    }
    for (String h : heads) {
      String apart = h + " " + m.group(2);
      if (!isStopWord(h) && !out.contains(apart)) out.add(apart);
    }
    return out;
  }

  /**
   * أبو in the genitive, as a bare word's spelling apart is also searched ({@link #ofWord}): أبي
   * after any proclitic (a preposition takes it: {@code لأبي بكر}, {@code وأبي عريش}). SaudiNewsNet
   * 21–25 July 2015: {@code أبي طالب} 20, {@code وأبي عريش} 12, {@code أبي بكر} 9 (bench/RESULTS.md,
   * session 17). Written joined it is not ({@code أبيظبي}: none).
   */
  private static final List<String> GENITIVE = List.of("أبي", "وأبي", "فأبي", "بأبي", "لأبي", "كأبي");
  /**
   * أبو in the accusative, searched only before a second part without ال ({@code أبا بكر},
   * {@code أبا قتادة}): before ال, أبا is mostly a family or place name written only so, not أبو
   * as an object ({@code أبا الخيل} 16, {@code أبا السعود} 13 — قصر أبا السعود in Najran is no
   * أبو السعود — against 8 kunyas without ال in the same days; bench/RESULTS.md, session 17). Alone
   * and after و ف only: {@code بابا} (ب + أبا) is "papa", {@code بابا عمرو} a district of Homs.
   */
  private static final List<String> ACCUSATIVE = List.of("أبا", "وأبا", "فأبا");

  /**
   * The joined word when {@code first} and {@code second}, typed as two bare words, are a compound
   * ({@code أبو} and {@code ظبي} → {@code أبوظبي}); null otherwise. A stop-word head (none since
   * schema 5) is still joined: the joined word's phrases leave it out ({@link #ofWord}), and as two words the
   * query would be the second word alone.
   */
  public static String joined(String first, String second) {
    Matcher m = WORD_HEAD.matcher(first + second);
    if (!m.matches() || !m.group(1).equals(first) || isOrdinary(first, second) || isStopWord(second)) return null;
    return first + second;
  }

  private static String replace(Pattern p, String text, String separator) {
    Matcher m = p.matcher(text);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      boolean keep = !isCompound(m.group(1), m.group(2)) || isStopWord(m.group(1)); // its phrase would be the tail alone
      String compound = keep ? m.group() : m.group(1) + separator + m.group(2);
      m.appendReplacement(b, Matcher.quoteReplacement(compound));
    }
    m.appendTail(b);
    return b.toString();
  }

  /** Whether a head and a tail are a compound: not an ordinary word, and a tail that is no stop word. */
  private static boolean isCompound(String head, String tail) {
    return !isOrdinary(head, tail) && !isStopWord(tail);
  }

  private static boolean isOrdinary(String head, String tail) {
    return !head.endsWith("عبد") && ORDINARY.matcher(tail).matches();
  }

  private static String withoutProclitic(String head) {
    return head.length() > 3 ? head.substring(1) : head;
  }

  private static boolean isStopWord(String word) {
    return ArabicNewsAnalyzer.defaultStopSet().contains(ArabicNormalizer.match(word));
  }
}
