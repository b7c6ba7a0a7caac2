package org.marsad.nlp.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.marsad.nlp.util.ResourceLines;
import org.marsad.text.ArabicNormalizer;

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
  /**
   * Words that name no one alone (match-normalised): the article and a few prepositions and
   * conjunctions. Not the analyser's stop set: it holds علي (على folded), أمين, ثاني.
   */
  private static final Set<String> NOT_NAMES = Set.copyOf(ResourceLines.read(NameMatch.class, "not-names.txt"));
  /**
   * Role nouns (keys): typed, they also name the feminine role ({@code وزير} names {@code وزيرة});
   * after one of {@link #SERVES} they name a deputy's role, not the holder's.
   */
  private static final Set<String> ROLE_NOUNS = keys("name-role-nouns.txt");
  /** Words before a role that make it someone else's: نائب وزير الخارجية, ولي ولي العهد. */
  private static final Set<String> SERVES = keys("serving-words.txt");

  private final List<String> words;
  /** The typed words as letters a name holds (ابن as بن), for a cheap first test. */
  private final List<String> bare;

  /** The words of a resource list as {@link NameKey} keys. */
  private static Set<String> keys(String resource) {
    return ResourceLines.read(NameMatch.class, resource).stream().map(NameKey::of).collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private NameMatch(List<String> words) {
    this.words = words;
    this.bare = words.stream().map(w -> isSon(w) ? "بن" : w).toList();
  }

  /** Titles a speaker may carry that the holder's name does not (الرئيس السيسي, عبد الفتاح السيسي), match-normalised. */
  private static final Set<String> SPEAKER_TITLES = ResourceLines.read(NameMatch.class, "speaker-titles.txt").stream()
      .map(ArabicNormalizer::match).collect(java.util.stream.Collectors.toUnmodifiableSet());

  /** A speaker's name without the title words it starts with, or null when nothing else is left. */
  public static String withoutTitles(String speaker) {
    String[] w = speaker.strip().split("\\s+");
    int i = 0;
    while (i < w.length && SPEAKER_TITLES.contains(ArabicNormalizer.match(w[i]))) i++;
    return i == w.length ? null : String.join(" ", Arrays.copyOfRange(w, i, w.length));
  }

  /** The typed name (spaces, quote marks and case as typed). */
  public static NameMatch of(String typed) {
    return new NameMatch(keyWords(typed == null ? "" : typed));
  }

  /**
   * Whether the typed name has a word that can name someone: not only chain particles, the
   * article, a few prepositions ({@code في}) or query operators ({@code OR}). {@code speaker=ال} named
   * every speaker with an آل in his name (398 quotations), {@code speaker=OR} 16. Real names that
   * are stop words of the search ({@code علي}, {@code أمين}, {@code آل ثاني}) are names.
   */
  public static boolean hasNameWord(String typed) {
    if (typed == null) return false;
    for (String raw : typed.strip().split("\\s+")) {
      if (raw.isEmpty() || OPERATORS.contains(raw)) continue;
      for (String w : keyWords(raw)) {
        if (w.codePoints().anyMatch(Character::isLetterOrDigit) && !Nasab.isParticle(w) && !NOT_NAMES.contains(w)) {
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

  /**
   * Whether a holder's role ({@code وزير الخارجية السعودي}, {@code وزيرة الخارجية}) is the typed role:
   * it starts with the typed words, as {@code MentionGroups.holds} reads a title; {@code نائب وزير
   * الخارجية} does not start with {@code وزير الخارجية}, it serves him.
   */
  public boolean startsRole(String role) {
    if (role == null || words.isEmpty()) return false;
    return namedAt(keyWords(role), words, 0);
  }

  static boolean namedBy(List<String> name, List<String> typed) {
    for (int start = 0; start < name.size(); start++) {
      if (namedAt(name, typed, start)) return true;
    }
    return false;
  }

  private static boolean namedAt(List<String> name, List<String> typed, int start) {
    if (start >= name.size() || !same(name.get(start), typed.get(0))) return false;
    if (start > 0 && !Nasab.isParticle(typed.get(0)) && isParticle(name.get(start - 1))) return false; // a father's name
    // a deputy's role: ولي [ولي العهد], نائب [وزير الخارجية]
    if (start > 0 && ROLE_NOUNS.contains(withoutArticle(typed.get(0))) && SERVES.contains(withoutArticle(name.get(start - 1)))) return false;
    int at = start + 1;
    boolean all = true;
    for (int k = 1; k < typed.size() && all; k++) {
      String w = typed.get(k);
      // chain links between two typed words: عادل [بن أحمد] الجبير
      while (at + 1 < name.size() && !same(name.get(at), w) && isParticle(name.get(at)) && !isParticle(name.get(at + 1))) at += 2;
      all = at < name.size() && same(name.get(at), w);
      at++;
    }
    return all;
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
    if (nameWord.equals(typedWord) || withoutArticle(nameWord).equals(typedWord) || isSon(nameWord) && isSon(typedWord)) return true;
    // a role noun names the feminine role: وزير الخارجية, وزيرة الخارجية
    return ROLE_NOUNS.contains(withoutArticle(typedWord)) && nameWord.endsWith("ه") && same(nameWord.substring(0, nameWord.length() - 1), typedWord);
  }

  private static boolean isSon(String w) {
    return w.equals("بن") || w.equals("ابن");
  }

  /**
   * Given names that start with the letters of the article (keys): no article to leave out, {@code ياس}
   * does not name {@code الياس}, nor {@code هام} {@code إلهام}.
   */
  private static final Set<String> AL_NAMES = keys("al-given-names.txt");

  /** A word without its article ال (kept when too little would be left: {@code الله}, {@code ال}). */
  private static String withoutArticle(String w) {
    return w.startsWith("ال") && w.length() >= 5 && !AL_NAMES.contains(w) ? w.substring(2) : w;
  }

  /** The words of a name's key; quote marks and other punctuation are no part of a name. */
  private static List<String> keyWords(String name) {
    String key = NameKey.of(name.replaceAll("[\"“”«»()\\[\\]،,.:؛;!؟?]", " "));
    return key.isEmpty() ? List.of() : Arrays.asList(key.split(" "));
  }
}
