package org.marsad.nlp.summary;

import java.util.List;

/**
 * A sentence that may go into a summary.
 *
 * @param text           the sentence as written (display text, stripped)
 * @param index          its position among the candidates (0 = first sentence of the body)
 * @param paragraph      the paragraph (line) it comes from, counting from 0
 * @param paragraphStart whether it opens its paragraph or the section after a heading
 * @param words          the number of word tokens
 * @param terms          its content terms (match-normalised, stemmed, no stop words)
 */
public record Candidate(String text, int index, int paragraph, boolean paragraphStart, int words, List<String> terms) {}
