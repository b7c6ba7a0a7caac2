package org.marsad.nlp.ner;

import java.util.HashSet;
import java.util.Set;
import org.marsad.nlp.anatomy.DatelineDetector;
import org.marsad.nlp.util.ResourceLines;
import org.marsad.text.ArabicNormalizer;

/**
 * Decides how many leading letters of an entity's first word are proclitics (و ف ب ل ك) to cut
 * from the entity ({@code ولافروف} → {@code لافروف}, {@code بموسكو} → {@code موسكو}) while
 * leaving names that merely start with those letters alone ({@code لافروف}, {@code وليد},
 * {@code بيسكوف}). A letter is cut only with evidence that the rest is the word:
 * <ul>
 *   <li>the rest occurs as a word of its own elsewhere in the same document; or</li>
 *   <li>the rest starts with the article ال ({@code والاتحاد}, {@code بالعراق}); or</li>
 *   <li>the rest is a place of the dateline list while the whole word is no name of its own
 *       ({@code وفرنسا}, {@code لروسيا}, {@code وبمصر}: the lexicon knows such glued words, as the training
 *       data tags them whole, so the next test does not cut them). A name of its own is a listed place
 *       ({@code وجدة} Oujda is listed, so it is not read as "and Jeddah") or a word of
 *       {@code names-like-glued-places.txt} ({@code بروسيا} Prussia, {@code بروما} Bromma, {@code كايران}
 *       Kieran: names of the ANETAC gazetteer that read as a proclitic and a listed place). The list
 *       alone is weak evidence where a real name is likelier, so it is not enough after the preposition
 *       ك ({@code كاربيل}, {@code كوهران}: names, while "like Erbil" is rare in news) nor for one letter
 *       before a place of three letters ({@code بجدة}, {@code بصور}: the rest must then be written alone in
 *       the document, the first test, or behind another proclitic in it, {@code لجدة}); or</li>
 *   <li>the rest is a known name word (gazetteer) while the whole word is not.</li>
 * </ul>
 * The conjunction is considered first, then a preposition after it. A word that is itself a
 * place of the dateline list ({@link DatelineDetector#isPlace}: {@code لبنان}, {@code باريس}) is never
 * cut, whatever the rest is ({@code بنان} and {@code اريس} are name words of the lexicon).
 */
final class ProcliticStripper {
  private static final Set<String> NAMES_LIKE_GLUED_PLACES = load("names-like-glued-places.txt");
  private static final String[] OTHER_PROCLITICS = {"و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"};

  private final Set<String> documentWords; // match-normalised
  private final NerLexicon lexicon;

  ProcliticStripper(Set<String> documentWords, NerLexicon lexicon) {
    this.documentWords = documentWords;
    this.lexicon = lexicon;
  }

  /** Number of characters of {@code word} (as written, with any diacritics) to cut. */
  int cut(String word) {
    String w = ArabicNormalizer.match(word);
    boolean conj = ArabicClitics.conjunction(w) != 0;
    String afterConj = conj ? w.substring(1) : w;
    boolean prep = afterConj.length() > 3 && isPreposition(afterConj.charAt(0)) && !afterConj.startsWith("لل");
    int letters = 0;
    if (conj && prep && warranted(afterConj, afterConj.substring(1), w)) letters = 2;
    else if (conj && warranted(w, afterConj, w)) letters = 1;
    else if (!conj && prep && warranted(w, w.substring(1), w)) letters = 1;
    return charsForLetters(word, letters);
  }

  private static boolean isPreposition(char c) {
    return c == ArabicClitics.BEH || c == ArabicClitics.LAM || c == ArabicClitics.KAF;
  }

  /** {@code whole} less its first letter is {@code rest}; {@code word} is the word as a whole. */
  private boolean warranted(String whole, String rest, String word) {
    if (rest.length() < 2 || DatelineDetector.standard().isPlace(whole)) return false;
    if (rest.startsWith(ArabicClitics.ARTICLE) && rest.length() > 3) return true;
    if (documentWords.contains(rest) || gluedOnPlace(whole, rest, word) || gluedOnShortPlace(rest, word)) return true;
    return known(rest) && !known(whole);
  }

  /** The place test: the rest is a listed place and the word is no name of its own (see the class comment). */
  private static boolean gluedOnPlace(String whole, String rest, String word) {
    if (!DatelineDetector.standard().isPlace(rest)) return false;
    if (NAMES_LIKE_GLUED_PLACES.contains(whole) || NAMES_LIKE_GLUED_PLACES.contains(word)) return false;
    if (whole.charAt(0) == ArabicClitics.KAF) return false;
    boolean oneLetter = whole.length() == word.length();
    return !(oneLetter && rest.length() <= 3);
  }

  /**
   * One letter before a place of three letters, with more evidence than the list: the document writes the place
   * behind other proclitics too ({@code بجدة} and {@code لجدة}; {@code ومصر} and {@code بمصر}). An Oujda article
   * writes {@code وجدة} and {@code الوجدية}, never {@code بجدة}; but {@code وجدة} is listed itself, so never cut.
   */
  private boolean gluedOnShortPlace(String rest, String word) {
    if (rest.length() > 3 || word.charAt(0) == ArabicClitics.KAF || !DatelineDetector.standard().isPlace(rest)) return false;
    if (NAMES_LIKE_GLUED_PLACES.contains(word)) return false;
    for (String p : OTHER_PROCLITICS) {
      String other = p + rest;
      if (!other.equals(word) && documentWords.contains(other)) return true;
    }
    return false;
  }

  private static Set<String> load(String name) {
    Set<String> out = new HashSet<>();
    for (String line : ResourceLines.read(ProcliticStripper.class, name)) out.add(ArabicNormalizer.match(line.trim()));
    return Set.copyOf(out);
  }

  private boolean known(String w) {
    return lexicon.firstWordMask(w) != 0 || lexicon.laterWordMask(w) != 0;
  }

  /** Characters spanning the first {@code letters} letters with their diacritics. */
  private static int charsForLetters(String word, int letters) {
    int i = 0;
    for (int l = 0; l < letters && i < word.length(); l++) {
      i++;
      while (i < word.length() && (org.marsad.text.MatchNormalizer.isDiacritic(word.charAt(i)) || word.charAt(i) == '\u0640')) i++;
    }
    return i;
  }
}
