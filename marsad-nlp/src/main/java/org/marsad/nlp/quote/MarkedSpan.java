package org.marsad.nlp.quote;

/**
 * Text between a pair of quotation marks.
 *
 * @param open  offset of the opening mark
 * @param close offset of the closing mark
 */
record MarkedSpan(int open, int close) {
  /** Offset of the first quoted character. */
  int innerStart() {
    return open + 1;
  }

  /** Offset just after the last quoted character (the closing mark). */
  int innerEnd() {
    return close;
  }

  boolean contains(int offset) {
    return offset > open && offset < close;
  }
}
