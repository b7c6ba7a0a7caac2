package org.marsad.nlp.quote;

import java.util.ArrayList;
import java.util.List;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;

/**
 * The words of a text (tokens with a letter or digit, from {@link NewsTokenizer}) with their
 * normalised forms, and the raw text between them, which is where punctuation and quotation
 * marks are looked for. Keeping punctuation as raw gaps makes the rules independent of how the
 * tokeniser splits punctuation.
 */
final class Words {
  /** Longest bracket or quoted name whose full stops are abbreviation points. */
  static final int MAX_ABBREVIATION_CHARS = 30;

  /** Subordinators opening a clause before the main one ("فيما اشتكى …، أرجعت …"). */
  private static final java.util.Set<String> SUBORDINATORS = java.util.Set.of("فيما", "وفيما", "بينما", "وبينما");
  private static final java.util.Set<String> FI = java.util.Set.of("في", "وفي");

  /**
   * Compiled forms of the rules' word patterns: {@code String.matches} compiles its pattern on
   * every call, and the rules test words in loops over every sentence of every article.
   */
  private static final java.util.Map<String, java.util.regex.Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

  private final String text;
  private final List<Word> list;
  private final java.util.BitSet abbreviationPoints;

  private Words(String text, List<Word> list) {
    this.text = text;
    this.list = list;
    this.abbreviationPoints = abbreviationPoints(text);
  }

  /**
   * Full stops inside a short bracket or a short pair of guillemets or curly marks, as in
   * "(سي. أي. آيه)" or "«سي. آي. إيه»", and after a one-letter title ("د."): abbreviation
   * points, not sentence ends, so that a report is not cut in two by the name of its speaker.
   */
  private static java.util.BitSet abbreviationPoints(String text) {
    java.util.BitSet out = new java.util.BitSet();
    for (int i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
      if (enclosed(text, i, '(', ')') || enclosed(text, i, '\u00AB', '\u00BB') || enclosed(text, i, '\u201C', '\u201D')
          || afterInitial(text, i)) {
        out.set(i);
      }
    }
    return out;
  }

  /** True when the offset lies inside a short pair of round brackets on its line. */
  boolean inShortBracket(int offset) {
    return enclosed(text, offset, '(', ')');
  }

  /**
   * "الباحث العراقي د. رسول محمد رسول": a full stop after a word of one Arabic letter (د.
   * for دكتور, م. for مهندس) abbreviates a title before a name.
   */
  private static boolean afterInitial(String text, int at) {
    if (at < 1 || at + 1 >= text.length()) return false;
    char c = text.charAt(at - 1);
    if (c < '\u0621' || c > '\u064A') return false;
    if (!Character.isWhitespace(text.charAt(at + 1))) return gluedTitleInitial(text, at);
    // ("أ.د. سعد": the second initial of two, the first glued with its own stop, session 26)
    boolean secondInitial = at >= 3 && text.charAt(at - 2) == '.' && gluedTitleInitial(text, at - 2);
    if (at >= 2 && !Character.isWhitespace(text.charAt(at - 2)) && text.charAt(at - 2) != '(' && !secondInitial) return false;
    // "عام 2015 م." ends a sentence: after a number the letter is an era, not a title
    int k = at - 2;
    while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
    return k < 0 || !Character.isDigit(text.charAt(k));
  }

  /**
   * True when the full stop at {@code at} follows a one-letter title (title-initials.txt) that
   * stands alone or after another such initial and its stop, and an Arabic letter follows with no
   * space: "د.احمد محمد اللويمي", "أ.د.سعد الشهري" (session 26: the name after it was cut off as
   * a new sentence and its speaker lost).
   */
  private static boolean gluedTitleInitial(String text, int at) {
    char next = text.charAt(at + 1);
    if (next < '\u0621' || next > '\u064A') return false;
    if (!WordSet.TITLE_INITIALS.contains(ArabicNormalizer.match(String.valueOf(text.charAt(at - 1))))) return false;
    if (at < 2) return true;
    char before = text.charAt(at - 2);
    if (before == '(') return true;
    if (Character.isWhitespace(before)) {
      // "عام 2015 م.وأضاف": after a number the letter is an era and the stop ends the sentence
      int k = at - 2;
      while (k >= 0 && Character.isWhitespace(text.charAt(k))) k--;
      return k < 0 || !Character.isDigit(text.charAt(k));
    }
    // "أ.د.": the initial before is itself a glued title
    return before == '.' && at >= 3 && WordSet.TITLE_INITIALS.contains(ArabicNormalizer.match(String.valueOf(text.charAt(at - 3))))
        && (at < 4 || Character.isWhitespace(text.charAt(at - 4)) || text.charAt(at - 4) == '(');
  }

  /** True when an opening and a closing bracket lie on both sides of {@code at}, close together. */
  private static boolean enclosed(String text, int at, char open, char close) {
    int o = -1, c = -1;
    for (int k = at - 1; k >= 0 && at - k < MAX_ABBREVIATION_CHARS; k--) {
      char ch = text.charAt(k);
      if (ch == open) { o = k; break; }
      if (ch == close || ch == '\n') return false;
    }
    if (o < 0) return false;
    for (int k = at + 1; k < text.length() && k - o < MAX_ABBREVIATION_CHARS; k++) {
      char ch = text.charAt(k);
      if (ch == close) { c = k; break; }
      if (ch == open || ch == '\n') return false;
    }
    return c > 0;
  }

  static Words of(String text) {
    List<Word> out = new ArrayList<>();
    for (Token t : NewsTokenizer.tokenize(text)) {
      if (!t.text().codePoints().anyMatch(Character::isLetterOrDigit)) continue;
      if (ArabicNormalizer.match(t.text()).isEmpty()) continue; // a lone tatweel or diacritic
      Word prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && isDigits(prev.text()) && isDigits(t.text()) && t.start() == prev.end() + 1
          && ".,٫".indexOf(text.charAt(prev.end())) >= 0) {
        // "4.1", "1,2": one number, and its point is not a sentence end
        String merged = text.substring(prev.start(), t.end());
        out.set(out.size() - 1, new Word(merged, ArabicNormalizer.match(merged), prev.start(), t.end()));
        continue;
      }
      out.add(new Word(t.text(), norm(t.text()), t.start(), t.end()));
    }
    return new Words(text, List.copyOf(out));
  }

  /**
   * The match-normalised form, except that آن and آي with madda keep it: "في آن معاً" (at once),
   * "وانغ آن شون" (a name) are never the complementiser أن/إن they would normalise to, and آي
   * is a Latin letter or a name ("آي ويوي", "سي آي إيه", "آي فون"), never the particle أيّ
   * (which a speaker's name stops at) in the news corpora: 114 of 114 in SaudiNewsNet are
   * letters, names or آي "verses" (in general web text آي also misspells أي; not seen there).
   */
  private static String norm(String word) {
    return word.equals("آن") || word.equals("آي") ? word : ArabicNormalizer.match(word);
  }

  private static boolean isDigits(String s) {
    return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
  }

  String text() {
    return text;
  }

  int size() {
    return list.size();
  }

  Word get(int i) {
    return list.get(i);
  }

  String norm(int i) {
    return list.get(i).norm();
  }

  /**
   * Number of words (1 or 2) of the subordinator فيما, بينما or في حين starting at word i, 0
   * when there is none. (Matched with the conjunction و only: stripping it would also strip
   * the ف of فيما.)
   */
  /** What follows "في وقت" in a time adverbial rather than a clause (match-normalised alternatives). */
  private static final String TIME_ADJECTIVES = "سابق|لاحق|متاخر|مبكر|قريب|واحد|قصير|قياسي|مناسب|ما|من|مضي|لاحقا|سابقا";

  int subordinatorAt(int i) {
    if (SUBORDINATORS.contains(norm(i))) return 1;
    // ("في وقت ألقت الشرطة …، أكد الوزير …": "at a time when", as في حين; but "في وقت سابق",
    // "في وقت لاحق", "في وقت مبكر من" are time adverbials with an adjective or من, no clause)
    if (!FI.contains(norm(i)) || i + 1 >= size()) return 0;
    if (Words.matches(norm(i + 1), "حين")) return 2;
    return Words.matches(norm(i + 1), "وقت") && !timeAdverbialAt(i) ? 2 : 0;
  }

  /** True when "في وقت سابق", "في وقت لاحق", "في وقت مبكر من" … (a time adverbial) starts at word i. */
  boolean timeAdverbialAt(int i) {
    return i + 2 < size() && FI.contains(norm(i)) && norm(i + 1).equals("وقت") && Words.matches(norm(i + 2), TIME_ADJECTIVES);
  }

  /** True when a subordinator (فيما, بينما, في حين) ends right before word i. */
  boolean subordinatorBefore(int i) {
    return (i > 0 && subordinatorAt(i - 1) == 1) || (i > 1 && subordinatorAt(i - 2) == 2);
  }

  /**
   * Raw text between word i-1 and word i (from the start of the text for i = 0), with
   * abbreviation points inside short brackets read as spaces.
   */
  String gapBefore(int i) {
    int from = i == 0 ? 0 : list.get(i - 1).end();
    int to = i >= list.size() ? text.length() : list.get(i).start();
    String gap = text.substring(from, Math.max(from, to));
    int next = abbreviationPoints.nextSetBit(from);
    if (next < 0 || next >= to) return gap;
    StringBuilder b = new StringBuilder(gap);
    for (int k = next; k >= 0 && k < to; k = abbreviationPoints.nextSetBit(k + 1)) b.setCharAt(k - from, ' ');
    return b.toString();
  }

  /** Index of the first word starting at or after the offset ({@link #size()} if none). */
  int firstAtOrAfter(int offset) {
    int lo = 0, hi = list.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (list.get(mid).start() < offset) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Index of the last word ending at or before the offset (-1 if none). */
  int lastEndingBy(int offset) {
    int i = firstAtOrAfter(offset) - 1;
    while (i >= 0 && list.get(i).end() > offset) i--;
    return i;
  }

  /** Text of words [from, to) as written, from the first word's start to the last word's end. */
  String span(int from, int to) {
    return text.substring(list.get(from).start(), list.get(to - 1).end());
  }

  /** The match-normalised words of a phrase, split on spaces (none for a blank phrase). */
  static String[] normWords(String phrase) {
    String n = ArabicNormalizer.match(phrase).strip();
    return n.isEmpty() ? new String[0] : n.split("\\s+");
  }

  /** The word without a leading conjunction و or ف when what is left is still a word. */
  static String stripConjunction(String w) {
    return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف') ? w.substring(1) : w;
  }

  /** The word without the definite article ال (and the prepositions ب/ل/ك before it). */
  static String stripArticle(String w) {
    if (w.length() > 3 && w.startsWith("ال")) return w.substring(2);
    if (w.length() > 4 && (w.startsWith("بال") || w.startsWith("كال") || w.startsWith("وال") || w.startsWith("فال"))) return w.substring(3);
    if (w.length() > 3 && w.startsWith("لل")) return w.substring(2);
    return w;
  }

  /**
   * True when a (match-normalised) word is a definite nisba, the only definite word a personal
   * name ends with ("الجريبي", "الأسودي"): the article and a final ي. One test for the name rules
   * of SpeakerResolver and SubjectFinder (review quotes21 F7).
   */
  static boolean isNisba(String w) {
    return isDefinite(w) && w.endsWith("ي");
  }

  /** True when the word carries the definite article. */
  static boolean isDefinite(String w) {
    // ("والي" governor, "والد" father: و/ب + ال needs a noun of two letters at least after it)
    return (w.length() > 3 && (w.startsWith("ال") || w.startsWith("لل")))
        || (w.length() > 4 && (w.startsWith("وال") || w.startsWith("بال")));
  }

  /** {@code s.matches(regex)}, with the pattern compiled once (the regexes are the rules' constants). */
  static boolean matches(String s, String regex) {
    return PATTERNS.computeIfAbsent(regex, java.util.regex.Pattern::compile).matcher(s).matches();
  }
}
