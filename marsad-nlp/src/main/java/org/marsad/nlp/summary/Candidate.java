package org.marsad.nlp.summary;

import java.util.List;

/**
 * A sentence that may go into a summary.
 *
 * @param text           the sentence as written (display text, stripped)
 * @param index          its position among the candidates (0 = first sentence of the body)
 * @param paragraph      the paragraph (line) it comes from, counting from 0
 * @param sectionStart   whether it is the first sentence after a heading (the lead of a sub-story)
 * @param words          the number of word tokens
 * @param terms          its content terms (match-normalised, stemmed, no stop words)
 */
public record Candidate(String text, int index, int paragraph, boolean sectionStart, int words, List<String> terms) {}
