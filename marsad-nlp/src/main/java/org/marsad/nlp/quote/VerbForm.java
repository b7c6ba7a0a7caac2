package org.marsad.nlp.quote;

/**
 * A word form found in the reporting-verb lexicon.
 *
 * @param lemma     the lexicon entry (past 3rd masc. sing., or the first listed form)
 * @param kind      what the form does in a reporting frame (ACT: a speech act such as
 *                  انتقد that names a speaker but does not introduce a quotation)
 * @param tense     past, present, participle, or OTHER for nouns and particles
 * @param feminine  true for a feminine form (قالت، تقول، مؤكدة), used for agreement
 */
public record VerbForm(String lemma, Kind kind, Tense tense, boolean feminine) {
  /** The role of a lexicon entry. */
  public enum Kind { VERB, ACT, RELAY, MASDAR, ACCORDING, IGNORE }

  /** The grammatical form of a lexicon entry. */
  public enum Tense { PAST, PRESENT, PARTICIPLE, OTHER }
}
