package org.marsad.nlp.ner;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.nlp.util.ResourceLines;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.Token;

/**
 * A currency or unit word after a number names an amount, not an entity: the tagger takes {@code
 * ريال} of {@code 500 ريال} / {@code مليون ريال} for an organisation (the club {@code ريال مدريد}; 130
 * mentions in the session-13 ingest) and {@code دينار}, {@code جنيه} for names. The words are data
 * ({@code amount-units.txt}, {@code number-words.txt}); without a number before it the word is left to
 * the tagger, so the club stays.
 */
final class AmountUnits {
  private static final Set<String> UNITS = load("amount-units.txt");
  private static final Set<String> NUMBER_WORDS = load("number-words.txt");

  private AmountUnits() {}

  /**
   * True when the mention at tokens [start, end) opens with a unit word right after a number or number
   * word, or after one in brackets ({@code (750) ريال}, a habit of Saudi papers).
   */
  static boolean isAmount(List<Token> tokens, int start, int end) {
    if (start >= end || !UNITS.contains(ArabicNormalizer.match(tokens.get(start).text()))) return false;
    int before = start - 1;
    while (before >= 0 && CLOSING.contains(tokens.get(before).text())) before--;
    return before >= 0 && isNumber(tokens.get(before).text());
  }

  private static final Set<String> CLOSING = Set.of(")", "]", "}");

  /** A figure ({@code 500}, {@code 1,5}, {@code ١٢٣}) or a number word, with or without a leading و or ب. */
  static boolean isNumber(String word) {
    String digits = word.replaceAll("[,.٫٬]", "");
    if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)) return true;
    String w = ArabicNormalizer.match(word);
    if (NUMBER_WORDS.contains(w)) return true;
    return w.length() > 3 && (w.charAt(0) == 'و' || w.charAt(0) == 'ب') && NUMBER_WORDS.contains(w.substring(1));
  }

  private static Set<String> load(String name) {
    return ResourceLines.read(AmountUnits.class, name).stream().map(ArabicNormalizer::match).collect(Collectors.toUnmodifiableSet());
  }
}
