package org.marsad.nlp.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/**
 * Whether a typed name names a person or organisation: the one rule of the quotation speaker box
 * ({@code quotes --speaker}, {@code /api/quotes?speaker=}) and the entity list's search box
 * ({@code /api/entities?q=}), so that both find the same names. On {@link NameKey} keys ({@code
 * عبدالله} / {@code عبد الله}, hamza forms, teh marbuta folded):
 * <ul>
 *   <li>the typed words are whole words of the name, in order: {@code عادل الجبير} names {@code
 *       وزير الخارجية عادل الجبير}, not {@code عادلة الجبيري}; {@code سعود} does not name {@code
 *       السعودي};</li>
 *   <li>the article {@code ال} may be left out: {@code جبير} names {@code الجبير}; typed, it is
 *       part of the name ({@code الجبير} does not name {@code جبير المليحان});</li>
 *   <li>a father's or a house's name is not the person's name: the first typed word may not follow
 *       a chain particle of {@link Nasab} ({@code بن، ابن، بنت، آل، أبو، أم}), so {@code سلمان}
 *       does not name {@code محمد بن سلمان} and {@code سعود} not {@code … آل سعود}; typed with its
 *       particle ({@code آل سعود}, {@code بن لادن}) it does;</li>
 *   <li>between two typed words the name may hold chain links ({@code بن أحمد}): {@code عادل
 *       الجبير} names {@code عادل بن أحمد الجبير}; {@code أحمد الجبير} does not (أحمد is the
 *       father's name there).</li>
 * </ul>
 */
public final class NameMatch {
  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT");

  private final List<String> words;
  /** The typed words as letters a name holds (ابن as بن), for a cheap first test. */
  private final List<String> bare;

  private NameMatch(List<String> words) {
    this.words = words;
    this.bare = words.stream().map(w -> isSon(w) ? "بن" : w).toList();
  }

  /** The typed name (spaces, quote marks and case as typed). */
  public static NameMatch of(String typed) {
    return new NameMatch(keyWords(typed == null ? "" : typed));
  }

  /**
   * Whether the typed name has a word that can name someone: not only chain particles, the
   * article, stop words ({@code في}) or query operators ({@code OR}). {@code speaker=ال} named
   * every speaker with an آل in his name (398 quotations), {@code speaker=OR} 16.
   */
  public static boolean hasNameWord(String typed) {
    if (typed == null) return false;
    for (String raw : typed.strip().split("\\s+")) {
      if (raw.isEmpty() || OPERATORS.contains(raw)) continue;
      for (String w : keyWords(raw)) {
        if (w.codePoints().anyMatch(Character::isLetterOrDigit) && !Nasab.isParticle(w)
            && !ArabicNewsAnalyzer.defaultStopSet().contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  /** True when the typed name is empty (nothing to match). */
  public boolean isEmpty() {
    return words.isEmpty();
  }

  /** Whether the typed name names {@code name} (see the class doc). */
  public boolean names(String name) {
    if (name == null || words.isEmpty()) return false;
    String letters = ArabicNormalizer.match(name).replace(" ", "");
    for (String b : bare) if (!letters.contains(b)) return false; // most names: no word can be equal
    return namedBy(keyWords(name), words);
  }

  static boolean namedBy(List<String> name, List<String> typed) {
    for (int start = 0; start < name.size(); start++) {
      if (!same(name.get(start), typed.get(0))) continue;
      if (start > 0 && !Nasab.isParticle(typed.get(0)) && isParticle(name.get(start - 1))) continue; // a father's name
      int at = start + 1;
      boolean all = true;
      for (int k = 1; k < typed.size() && all; k++) {
        String w = typed.get(k);
        // chain links between two typed words: عادل [بن أحمد] الجبير
        while (at + 1 < name.size() && !same(name.get(at), w) && isParticle(name.get(at)) && !isParticle(name.get(at + 1))) at += 2;
        all = at < name.size() && same(name.get(at), w);
        at++;
      }
      if (all) return true;
    }
    return false;
  }

  private static boolean isParticle(String keyWord) {
    return Nasab.isParticle(keyWord);
  }

  /**
   * Whether a name's word is the typed word: equal, or the typed word with the article the typist
   * left out ({@code جبير} for {@code الجبير}; not the other way: {@code الجبير} is a family name,
   * not the given name of {@code جبير المليحان}), or بن / ابن.
   */
  private static boolean same(String nameWord, String typedWord) {
    return nameWord.equals(typedWord) || withoutArticle(nameWord).equals(typedWord) || isSon(nameWord) && isSon(typedWord);
  }

  private static boolean isSon(String w) {
    return w.equals("بن") || w.equals("ابن");
  }

  /** A word without its article ال (kept when too little would be left: {@code الله}, {@code ال}). */
  private static String withoutArticle(String w) {
    return w.startsWith("ال") && w.length() >= 5 ? w.substring(2) : w;
  }

  /** The words of a name's key; quote marks and other punctuation are no part of a name. */
  private static List<String> keyWords(String name) {
    String key = NameKey.of(name.replaceAll("[\"“”«»()\\[\\]،,.:؛;!؟?]", " "));
    return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
  }
}
