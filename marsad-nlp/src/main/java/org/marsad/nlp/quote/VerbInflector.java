package org.marsad.nlp.quote;

import java.util.List;

/**
 * Regular inflections of a speech verb, enough for news copy: third person only (news reports
 * speech in the third person), masculine and feminine, singular, dual and plural.
 * <ul>
 *   <li>past from the 3rd masc. sing. form X: X, Xت, Xا, Xتا, Xوا, Xن;</li>
 *   <li>present from the stem S (the form without the prefix): يS, تS, يSان, تSان, يSون, يSن;</li>
 *   <li>active participle from the stem P: P, Pا (adverbial accusative, "موضحاً"), Pة, Pين,
 *       Pان, Pات.</li>
 * </ul>
 * Weak verbs whose endings change (نفى, دعا, رأى) are listed form by form in the lexicon file.
 */
public final class VerbInflector {
  private VerbInflector() {}

  /** Past-tense forms of the 3rd person. */
  public static List<String> past(String x) {
    return List.of(x, x + "ت", x + "ا", x + "تا", x + "وا", x + "ن");
  }

  /** Present-tense forms of the 3rd person from the stem after the prefix. */
  public static List<String> present(String s) {
    return List.of("ي" + s, "ت" + s, "ي" + s + "ان", "ت" + s + "ان", "ي" + s + "ون", "ي" + s + "ن");
  }

  /** Active-participle forms. */
  public static List<String> participle(String p) {
    return List.of(p, p + "ا", p + "ة", p + "ين", p + "ان", p + "ات");
  }
}
