package org.marsad.nlp.ner;

/**
 * One sentence of a tagged corpus: tokens and their IOB2 tags ({@code B-PERS}, {@code I-LOC},
 * {@code O}), arrays of equal length.
 */
public record TaggedSentence(String[] tokens, String[] tags) {
  public TaggedSentence {
    if (tokens.length != tags.length) throw new IllegalArgumentException("tokens and tags differ in length");
  }

  public int size() {
    return tokens.length;
  }
}
