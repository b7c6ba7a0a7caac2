package org.marsad.nlp.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Second pass over a tagged document: a name the tagger found once is tagged again where the
 * same words recur untagged (a news story names a person in full once and then repeats the
 * surname; the tagger, deciding word by word, misses some of the repeats).
 * <ul>
 *   <li>every entity the tagger found (its match-normalised words) is a pattern of its type;
 *       the last word of a person's name of two or more words is a person pattern too (the
 *       surname), unless it carries the article ال ({@code عبد الله} must not make every
 *       {@code الله} a person);</li>
 *   <li>any other one-word pattern is only used if the tagger tagged that word at least as often
 *       as it left it untagged in the document (so a common word tagged once by mistake does
 *       not spread);</li>
 *   <li>patterns are matched longest first, only over words tagged O, and the first word may
 *       carry a proclitic (و ف ب ل ك, {@code ولافروف}).</li>
 * </ul>
 */
final class DocumentConsistency {
  private DocumentConsistency() {}

  /** Returns new tag arrays (the input is not changed). */
  static List<String[]> apply(List<String[]> sentences, List<String[]> tags) {
    return applyNormalised(normalised(sentences), tags);
  }

  /** The match-normalised words of each sentence, each distinct token normalised once. */
  static List<String[]> normalised(List<String[]> sentences) {
    Map<String, String> seen = new HashMap<>();
    List<String[]> norm = new ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      String[] n = new String[s.length];
      for (int i = 0; i < s.length; i++) n[i] = seen.computeIfAbsent(s[i], ArabicNormalizer::match);
      norm.add(n);
    }
    return norm;
  }

  /** {@link #apply} given the match-normalised words ({@link #normalised}). */
  static List<String[]> applyNormalised(List<String[]> norm, List<String[]> tags) {
    Map<String, String> patterns = new HashMap<>(); // words joined by space -> type
    Map<String, int[]> singleCounts = new HashMap<>(); // word -> {tagged, untagged}
    java.util.Set<String> surnames = new java.util.HashSet<>();
    int longest = 0;
    for (int k = 0; k < norm.size(); k++) {
      String[] n = norm.get(k);
      String[] t = tags.get(k);
      for (int i = 0; i < n.length; i++) {
        int[] c = singleCounts.computeIfAbsent(n[i], x -> new int[2]);
        c["O".equals(t[i]) ? 1 : 0]++;
      }
      for (EntitySpan e : EntitySpan.fromTags(t)) {
        String key = join(n, e.start(), e.end(), true);
        patterns.putIfAbsent(key, e.type().name());
        longest = Math.max(longest, e.end() - e.start());
        String last = n[e.end() - 1];
        if (e.type() == EntityType.PERS && e.end() - e.start() >= 2 && last.length() >= 3 && !last.startsWith(ArabicClitics.ARTICLE)) {
          patterns.putIfAbsent(last, "PERS");
          if ("PERS".equals(patterns.get(last))) surnames.add(last);
        }
      }
    }
    patterns.keySet().removeIf(p -> p.indexOf(' ') < 0 && !surnames.contains(p) && !frequentlyTagged(singleCounts.get(p)));
    // A pattern can only match where its first word does: checking that first saves building
    // the candidate strings at nearly every untagged word (a profile put 6 % of the tagging
    // time of a stacked model in them).
    java.util.Set<String> firstWords = new java.util.HashSet<>();
    for (String p : patterns.keySet()) firstWords.add(firstWord(p));
    List<String[]> out = new ArrayList<>(tags.size());
    for (int k = 0; k < norm.size(); k++) {
      String[] n = norm.get(k);
      String[] t = tags.get(k).clone();
      for (int i = 0; i < n.length; i++) {
        if (!"O".equals(t[i])) continue;
        if (!firstWords.contains(firstWord(n[i])) && !firstWords.contains(firstWord(ArabicClitics.withoutProclitics(n[i])))) continue;
        for (int len = Math.min(longest, n.length - i); len >= 1; len--) {
          if (!allOutside(t, i, i + len)) continue;
          String type = patterns.get(join(n, i, i + len, true));
          if (type == null) type = patterns.get(join(n, i, i + len, false));
          if (type == null) continue;
          if (i + len < t.length && t[i + len].startsWith("I-")) continue; // would split an entity
          t[i] = "B-" + type;
          for (int j = i + 1; j < i + len; j++) t[j] = "I-" + type;
          i += len - 1;
          break;
        }
      }
      out.add(t);
    }
    return out;
  }

  /**
   * Moves a given name the tagger attached to the entity before a person into the person:
   * {@code [المتحدث باسم الرئاسة الروسية ديميتري]ORG [بيسكوف]PERS} →
   * {@code … الروسية]ORG [ديميتري بيسكوف]PERS}. The word moves only if it is the first word of
   * gazetteer person names and of no gazetteer name of the entity's own type.
   */
  static void moveGivenNames(List<String[]> sentences, List<String[]> tags, NerLexicon lexicon) {
    for (int k = 0; k < sentences.size(); k++) {
      String[] t = tags.get(k);
      for (int i = 0; i + 1 < t.length; i++) {
        if (!"B-PERS".equals(t[i + 1]) || t[i].equals("O") || t[i].endsWith("-PERS")) continue;
        EntityType own = EntityType.parse(t[i].substring(2));
        String w = ArabicNormalizer.match(sentences.get(k)[i]);
        int first = lexicon.firstWordMask(w);
        int any = first | lexicon.laterWordMask(w);
        if (own == null || (first & EntityType.PERS.bit()) == 0 || (any & own.bit()) != 0) continue;
        t[i] = "B-PERS";
        t[i + 1] = "I-PERS";
      }
    }
  }

  /** The text before the first space (what {@link #join} puts first). */
  private static String firstWord(String s) {
    int sp = s.indexOf(' ');
    return sp < 0 ? s : s.substring(0, sp);
  }

  private static boolean frequentlyTagged(int[] c) {
    return c != null && c[0] >= c[1];
  }

  private static boolean allOutside(String[] t, int from, int to) {
    for (int j = from; j < to; j++) if (!"O".equals(t[j])) return false;
    return true;
  }

  /** Words {@code from..to} joined by spaces; the first without proclitics unless {@code asWritten}. */
  private static String join(String[] n, int from, int to, boolean asWritten) {
    StringBuilder sb = new StringBuilder(asWritten ? n[from] : ArabicClitics.withoutProclitics(n[from]));
    for (int j = from + 1; j < to; j++) sb.append(' ').append(n[j]);
    return sb.toString();
  }
}
