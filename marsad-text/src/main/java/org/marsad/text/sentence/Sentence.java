package org.marsad.text.sentence;

/** A sentence as character offsets into a text ({@code start} inclusive, {@code end} exclusive). */
public record Sentence(int start, int end) {
  /** The sentence's text, cut from the text it was found in. */
  public String textIn(String text) {
    return text.substring(start, end);
  }
}
