package org.marsad.nlp.quote;

/**
 * A word of the text with its match-normalised form and offsets.
 *
 * @param text  the word as written
 * @param norm  {@code ArabicNormalizer.match(text)}
 * @param start offset in the text (inclusive)
 * @param end   offset in the text (exclusive)
 */
record Word(String text, String norm, int start, int end) {}
