package org.marsad.store.query;

import java.util.List;
import java.util.Set;

/**
 * When the Arabic "or" (أو, also typed او) is the OR operator, for {@link MarsadQueryParser}
 * (saved alerts run search's parsed query too, ArticleQueryMatcher). أو is OR only between two positive terms (a word, phrase, hashtag or
 * filter; not an exclusion, not a date bound, not an operator, not another أو); anywhere else it
 * is the stop word it is in text, which searches for nothing. Like OR it joins the two neighbouring
 * units only: {@code وزير الخارجية أو وزير الدفاع} is {@code وزير (الخارجية OR وزير) الدفاع}.
 */
public final class ArabicOr {
  private ArabicOr() {}

  /** What a unit of a query is, as far as this rule cares. */
  public enum Unit {
    /** A positive word, phrase, hashtag or field filter (not a date bound). */
    TERM,
    /** A bare, not excluded أو or او. */
    ARABIC_OR,
    /** Anything else: an exclusion, a date bound, OR. */
    OTHER
  }

  private static final Set<String> SPELLINGS = Set.of("أو", "او");

  /** Whether a bare (unquoted, not excluded) word is the Arabic "or". */
  public static boolean isArabicOr(String bareWord) {
    return SPELLINGS.contains(bareWord);
  }

  /** For each unit, whether it is an أو read as OR (else it is a stop word). */
  public static boolean[] operators(List<Unit> units) {
    boolean[] or = new boolean[units.size()];
    for (int i = 0; i < units.size(); i++) {
      or[i] = units.get(i) == Unit.ARABIC_OR && i > 0 && i + 1 < units.size()
          && units.get(i - 1) == Unit.TERM && units.get(i + 1) == Unit.TERM;
    }
    return or;
  }
}
