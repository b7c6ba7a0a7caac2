package org.marsad.nlp.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Arabic → Latin transliteration of names. Each word is looked up in a name lexicon (the
 * English forms of an ANETAC-style list, e.g. {@code لافروف} → {@code Lavrov}) when one is
 * given, and otherwise spelled by letter rules (a simple, readable, lossy scheme: short
 * vowels are not written in Arabic, so {@code لافروف} becomes {@code Lafrof}). Because of that
 * loss, comparisons use {@link #phoneticKey}, which folds the differences rules cannot recover
 * (v/f, p/b, vowels).
 */
public final class Transliterator {
  private static final Map<Character, String> LETTERS = new HashMap<>();

  static {
    String[][] table = {
        {"ا", "a"}, {"ب", "b"}, {"ت", "t"}, {"ث", "th"}, {"ج", "j"}, {"ح", "h"}, {"خ", "kh"}, {"د", "d"},
        {"ذ", "dh"}, {"ر", "r"}, {"ز", "z"}, {"س", "s"}, {"ش", "sh"}, {"ص", "s"}, {"ض", "d"}, {"ط", "t"},
        {"ظ", "z"}, {"ع", "'"}, {"غ", "gh"}, {"ف", "f"}, {"ق", "q"}, {"ك", "k"}, {"ل", "l"}, {"م", "m"},
        {"ن", "n"}, {"ه", "h"}, {"و", "w"}, {"ي", "y"}, {"ء", ""}, {"پ", "p"}, {"چ", "ch"}, {"ڤ", "v"},
        {"گ", "g"}};
    for (String[] e : table) LETTERS.put(e[0].charAt(0), e[1]);
  }

  private final Map<String, String> lexicon; // match-normalised Arabic word -> Latin word

  private Transliterator(Map<String, String> lexicon) {
    this.lexicon = lexicon;
  }

  /** Letter rules only. */
  public static Transliterator rulesOnly() {
    return new Transliterator(Map.of());
  }

  /**
   * Rules plus the single-word pairs of an ANETAC-style list ({@code CLASS english arabic}); when
   * a word has several English forms the most frequent wins (ties: the first seen).
   */
  public static Transliterator withNameList(Path file) throws IOException {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        String[] p = line.split(" ");
        if (p.length != 3 || p[2].isEmpty() || p[2].charAt(0) < '\u0600' || p[2].charAt(0) > '\u06FF') continue;
        counts.computeIfAbsent(ArabicNormalizer.match(p[2]), k -> new java.util.LinkedHashMap<>()).merge(p[1], 1, Integer::sum);
      }
    }
    Map<String, String> lex = new HashMap<>();
    counts.forEach((ar, m) -> lex.put(ar, m.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
    return new Transliterator(lex);
  }

  /** The Latin form of a name (words transliterated one by one, capitalised). */
  public String transliterate(String arabic) {
    StringBuilder sb = new StringBuilder();
    for (String w : ArabicNormalizer.match(arabic).split("\\s+")) {
      if (w.isEmpty()) continue;
      if (sb.length() > 0) sb.append(' ');
      String lex = lexicon.get(w);
      sb.append(lex != null ? lex : capitalise(byRules(w)));
    }
    return sb.toString();
  }

  /** Letter-rule spelling of one match-normalised word. */
  static String byRules(String w) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      boolean first = i == 0, last = i == w.length() - 1;
      if (c == 'و' && !first) sb.append(last || isConsonantAfter(w, i) ? "o" : "w");
      else if (c == 'ي' && !first) sb.append(isConsonantAfter(w, i) || last ? "i" : "y");
      else if (c == 'ه' && last) sb.append(i > 0 ? "a" : "h");
      else if (c == 'ا' && first && w.startsWith("ال") && w.length() > 3) { sb.append("al-"); i++; }
      else if (c == 'ا' && first) sb.append("a");
      else {
        String s = LETTERS.get(c);
        // ت then ه or ح is not ث: a vowel between them keeps the pair apart ("Tehran", not "Thran";
        // likewise ك، س، د before ه or ح), as the phonetic key reads th, kh, sh, dh as one letter
        if (s != null && s.startsWith("h") && sb.length() > 0 && "tksdg".indexOf(sb.charAt(sb.length() - 1)) >= 0) sb.append('e');
        sb.append(s != null ? s : (Character.isLetterOrDigit(c) && c < 0x600 ? String.valueOf(c) : ""));
      }
    }
    return sb.toString();
  }

  private static boolean isConsonantAfter(String w, int i) {
    if (i + 1 >= w.length()) return false;
    char n = w.charAt(i + 1);
    return n != 'ا' && n != 'و' && n != 'ي';
  }

  private static String capitalise(String s) {
    if (s.isEmpty()) return s;
    int k = s.startsWith("al-") ? 3 : 0;
    return s.substring(0, k) + Character.toUpperCase(s.charAt(k)) + s.substring(k + 1);
  }

  /**
   * A spelling-tolerant key for Latin names, so that a name spelt by the letter rules and its
   * usual English form meet ({@code Lafrof}/{@code Lavrov} → {@code lfrf}, {@code Ardoghan}/{@code
   * Erdogan} → {@code artkn}... see {@link #phoneticKey}): lower case, letters only, an {@code al-}
   * prefix dropped; then the differences Arabic script cannot show or English spellings vary on
   * are folded:
   * <ul>
   *   <li>digraphs of one Arabic letter: kh→k, gh→g, th→t, dh→d, sh/ch/tch/tsh/sch→s, ph→f, ck→k;</li>
   *   <li>letters Arabic writes alike: v→f, p→b, q/c/k→k (c before e, i, y → s), j→g, x→ks (z and s
   *       stay apart: ز and س are two letters, and folding them made Zuma find الشام);</li>
   *   <li>vowels (and y, w) dropped after the first letter; a word-initial vowel, or an initial
   *       {@code '} (ع), is one mark {@code a} (Obama, Erdogan, 'Abd and Abd start alike);</li>
   *   <li>a word-final h after a vowel dropped (Jeddah, Abdullah: a teh marbuta or final heh the
   *       rules write as a vowel);</li>
   *   <li>doubled letters collapsed.</li>
   * </ul>
   * The folds were chosen on the even lines of the ANETAC list and checked once on the odd ones
   * (bench/RESULTS.md, "Latin names").
   */
  public static String phoneticKey(String latin) {
    StringBuilder sb = new StringBuilder();
    for (String word : NameKey.WHITESPACE.split(latin.toLowerCase(Locale.ROOT))) { // precompiled: made for every entity on opening
      String w = word.startsWith("al-") ? word.substring(3) : word;
      String k = wordKey(w);
      if (k.isEmpty()) continue;
      if (sb.length() > 0) sb.append(' ');
      sb.append(k);
    }
    return sb.toString();
  }

  /**
   * True when a Latin query word names a Latin name word: the same {@link #phoneticKey}, and, for a
   * query word of three letters or fewer, a name word of about its length (one letter more or
   * less). Dropping the vowels of a very short word leaves too little to compare: {@code Ban} and
   * {@code al-Banya} (ألبانيا) are both {@code bn}; {@code Ban} is {@code Ban} (بان كي مون), {@code
   * Ali} is {@code 'li} (علي). Longer words keep the key alone ({@code Kerry} / {@code Kiri}).
   */
  public static boolean sameWord(String queryWord, String nameWord) {
    for (String form : queryForms(queryWord)) {
      String k = phoneticKey(form);
      if (k.isEmpty() || !k.equals(phoneticKey(nameWord))) continue;
      int q = letters(form);
      if (q > SHORT_WORD || Math.abs(letters(nameWord) - q) <= 1) return true;
    }
    return false;
  }

  /**
   * The name words of a Latin query: a hyphen inside a word separates two ({@code Ki-moon} is
   * {@code Ki}, {@code moon}, كي مون), not the article of {@code al-Assad}.
   */
  public static List<String> queryWords(String query) {
    String spaced = query.replaceAll("(?i)(?<!\\bal)-(?=\\p{L})", " ").strip();
    return spaced.isEmpty() ? List.of() : List.of(spaced.split("\\s+"));
  }

  /**
   * Whether every short query word ({@link #SHORT_WORD} letters or fewer) with a phonetic key is
   * {@linkplain #sameWord the same word} as one of the Latin name's: its key keeps too little
   * ({@code Ban} and {@code al-Banya} are both {@code bn}). Longer words are matched by key alone;
   * a word with no key ({@code Ai}) is not compared at all, here as by key.
   */
  public static boolean shortWordsMatch(List<String> queryWords, String latinName) {
    for (String w : queryWords) {
      if (letters(w) > SHORT_WORD || phoneticKey(w).isEmpty()) continue;
      boolean found = false;
      for (String nameWord : latinName.split(" ")) found |= sameWord(w, nameWord);
      if (!found) return false;
    }
    return true;
  }

  /**
   * The spellings a Latin query word is compared as: itself and, for an English or European name
   * that writes a silent {@code h} after a vowel before a consonant ({@code John}, {@code Johnson},
   * {@code Kohl}: the hand-written list {@code latin-silent-h.txt}), the word without it ({@code Jon},
   * as the letter rules spell جون). Only for those: in Latin spellings of Arabic names that h is a
   * letter ({@code Ahmed} أحمد, {@code Fahd} فهد, {@code Rahman} رحمن), and without it they sounded like
   * other names ({@code Ramin}, {@code Fadi}; {@code Rahman} found الروماني). Other English spelling
   * habits need nothing here: the key already folds ph/f, doubled letters and vowels (a final e).
   */
  public static List<String> queryForms(String word) {
    if (!SILENT_H_NAMES.contains(word.toLowerCase(Locale.ROOT))) return List.of(word);
    String silentH = SILENT_H.matcher(word).replaceAll("");
    return silentH.equals(word) || letters(silentH) == 0 ? List.of(word) : List.of(word, silentH);
  }

  /** Names whose h between a vowel and a consonant is silent ({@code latin-silent-h.txt}). */
  private static final java.util.Set<String> SILENT_H_NAMES =
      java.util.Set.copyOf(org.marsad.nlp.util.ResourceLines.read(Transliterator.class, "latin-silent-h.txt"));

  /** An h between a vowel and a consonant, not of a digraph (th, sh… are consonant + h). */
  private static final java.util.regex.Pattern SILENT_H =
      java.util.regex.Pattern.compile("(?i)(?<=[aeiou])h(?=[b-df-gj-np-tv-z])");

  /** Query words of this many letters or fewer must match a name word of about their length ({@link #sameWord}). */
  public static final int SHORT_WORD = 3;

  /** Letters of a Latin word, without an {@code al-} prefix. */
  public static int letters(String latinWord) {
    String w = latinWord.toLowerCase(Locale.ROOT).strip();
    if (w.startsWith("al-")) w = w.substring(3);
    int n = 0;
    for (int i = 0; i < w.length(); i++) if (w.charAt(i) >= 'a' && w.charAt(i) <= 'z') n++;
    return n;
  }

  private static String wordKey(String w) {
    StringBuilder sb = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c == '\'' && sb.length() == 0) c = 'a'; // ع at the start sounds as a vowel to English ears
      if (c < 'a' || c > 'z') continue;
      char next = i + 1 < w.length() ? w.charAt(i + 1) : 0;
      if (c == 'h' && next == 0 && i > 0 && "aeiou".indexOf(w.charAt(i - 1)) >= 0) continue; // Jeddah, Abdullah: teh marbuta / final heh
      if (next == 'h' && "kgtdscp".indexOf(c) >= 0) { // one Arabic letter written with two Latin ones
        c = switch (c) {
          case 'c' -> i + 2 < w.length() && "rl".indexOf(w.charAt(i + 2)) >= 0 ? 'k' : 's'; // chr, chl: Christopher
          case 'p' -> 'f';
          default -> c; // kh, gh, th, dh, sh: the first letter stands for the pair
        };
        i++;
      } else if ((c == 't' && (next == 's' && i + 2 < w.length() && w.charAt(i + 2) == 'h' || next == 'c' && i + 2 < w.length() && w.charAt(i + 2) == 'h'))
          || (c == 's' && next == 'c' && i + 2 < w.length() && w.charAt(i + 2) == 'h')) {
        c = 's'; // tsh, tch, sch
        i += 2;
      } else {
        c = switch (c) {
          case 'v' -> 'f';
          case 'p' -> 'b';
          case 'w' -> 'u';
          case 'q' -> 'k';
          case 'c' -> "eiy".indexOf(next) >= 0 ? 's' : 'k';
          case 'j' -> 'g';
          default -> c;
        };
        if (c == 'x') {
          if (prev != 'k') sb.append('k');
          c = 's';
          prev = 'k';
        }
      }
      boolean vowel = "aeiouy".indexOf(c) >= 0;
      if (vowel) {
        if (sb.length() == 0) { sb.append('a'); prev = 'a'; }
        else prev = '-'; // a vowel between two equal consonants keeps them apart (Sasa, not Sa)
        continue;
      }
      if (c == prev) continue;
      sb.append(c);
      prev = c;
    }
    return sb.toString();
  }
}
