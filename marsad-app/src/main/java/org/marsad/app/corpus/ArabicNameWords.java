package org.marsad.app.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.text.MatchNormalizer;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/**
 * The Arabic words of an entity's canonical name that typed Latin words spell ({@code Obama} →
 * أوباما of باراك أوباما, {@code Adel al-Jubeir} → عادل الجبير), as a query term: a Latin name
 * searched only the entity's filter, so it missed every article the recogniser did not tag
 * (session 14 QA: {@code Obama} 96 articles, {@code أوباما} 217). The registry writes an entity's
 * Latin name word by word from its canonical name, so word k of one is word k of the other. Only a
 * name the articles used for the entity (its canonical name or an alias) is searched as text, and
 * only when the typed word spells the name word strictly ({@link StrictSpelling}): the loose
 * phonetic key that ranks entities made {@code Amir} search عمر and {@code Saleh} سيول (session 14
 * review); a looser match keeps the entity filter alone.
 */
final class ArabicNameWords {
  private static final Set<String> CHAIN_PARTICLES = Set.of("bin", "bn", "ben", "ibn", "abn", "bint", "bnt", "al", "el", "abu", "abo", "abou");

  private ArabicNameWords() {}

  /**
   * The canonical name's words from the one the first typed name word spells to the one the last
   * spells (typed chain particles skipped, the name's own kept), as a bare word or a quoted phrase;
   * null when the names are not written word for word, the words are not found in order, a word
   * is not all Arabic letters, the words are not one of the entity's names ({@link #isAName}), or
   * all are stop words the index keeps nothing of ({@code Ali} → علي, folded with على). A lone word of {@link Transliterator#SHORT_WORD} letters or fewer gives null: its key keeps too
   * little to choose an Arabic word ({@code Ban} → بان, also a verb).
   */
  static String of(List<String> typedWords, EntityRecord entity) {
    if (entity.latin() == null || entity.canonical() == null) return null;
    String[] latin = entity.latin().strip().split("\\s+");
    String[] arabic = entity.canonical().strip().split("\\s+");
    if (latin.length != arabic.length) return null;
    List<String> typed = new ArrayList<>();
    for (String w : typedWords) if (!CHAIN_PARTICLES.contains(w.toLowerCase(Locale.ROOT))) typed.add(w);
    if (typed.isEmpty() || typed.size() == 1 && Transliterator.letters(typed.get(0)) <= Transliterator.SHORT_WORD) return null;
    for (int first = 0; first < latin.length; first++) {
      if (!StrictSpelling.spells(typed.get(0), latin[first], entity.type())) continue;
      int last = lastSpelled(typed, latin, first, entity.type());
      if (last < 0) continue;
      List<String> words = List.of(arabic).subList(first, last + 1);
      if (!words.stream().allMatch(ArabicNameWords::isPlainArabic) || words.stream().allMatch(ArabicNameWords::isStopWord)) return null;
      if (!isAName(String.join(" ", words), entity)) return null;
      return words.size() == 1 ? words.get(0) : '"' + String.join(" ", words) + '"';
    }
    return null;
  }

  /** The index of the Latin name word the last typed word spells, the typed words in order from {@code first}, or -1. */
  private static int lastSpelled(List<String> typed, String[] latin, int first, String type) {
    int j = first;
    for (int k = 1; k < typed.size(); k++) {
      j++;
      while (j < latin.length && CHAIN_PARTICLES.contains(latin[j].toLowerCase(Locale.ROOT))) j++;
      if (j >= latin.length || !StrictSpelling.spells(typed.get(k), latin[j], type)) return -1;
    }
    return j;
  }

  /** Arabic letters (and marks) only: no query syntax ({@code "}, {@code :}, a leading {@code -}) and no Latin {@code OR} can come in with a name. */
  private static boolean isPlainArabic(String word) {
    return word.codePoints().allMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC && Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK);
  }

  /**
   * Whether the words are the entity's canonical name or one of its aliases (match-normalised):
   * articles named it so. A part of a name alone is no evidence ({@code Saud} spells سعود of سعود
   * الفيصل, but سعود alone is mostly the house of آل سعود).
   */
  private static boolean isAName(String words, EntityRecord entity) {
    String key = folded(words);
    if (key.equals(folded(entity.canonical()))) return true;
    for (String alias : entity.aliases()) if (key.equals(folded(alias))) return true;
    return false;
  }

  private static boolean isStopWord(String word) {
    String key = folded(word);
    return ArabicNewsAnalyzer.defaultStopSet().contains(key);
  }

  /** The word as the index compares it: match-normalised (hamza forms, ى/ي, ة/ه, diacritics, tatweel). */
  private static String folded(String text) {
    char[] chars = text.strip().toLowerCase(Locale.ROOT).toCharArray();
    return new String(chars, 0, MatchNormalizer.normalize(chars, chars.length));
  }
}
