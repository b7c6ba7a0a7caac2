package org.marsad.nlp.quote;

/**
 * The reporting frame of one quotation, as word indices into {@link Words}.
 *
 * @param anchor    the reporting word (verb, verbal noun "قوله", or "بحسب"), or -1
 * @param form      its lexicon entry, or null
 * @param speaker   the words naming the speaker, or null when the frame names none
 *                  (a continuation such as "وأضاف" or "موضحاً")
 * @param via       the words naming the intermediary ("نقلت وكالة تاس عن …"), or null
 * @param from      first word of the frame (for finding nouns such as "في بيان")
 * @param to        word after the frame's last word
 */
record Frame(int anchor, VerbForm form, Range speaker, Range via, int from, int to) {
  /** A half-open range of word indices. */
  record Range(int from, int to) {
    boolean isEmpty() {
      return to <= from;
    }
  }
}
