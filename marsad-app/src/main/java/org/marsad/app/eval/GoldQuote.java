package org.marsad.app.eval;

/**
 * One hand-annotated quotation: character offsets (UTF-16, as Java strings count) into the
 * source text as stored in the dataset, whether it is in quotation marks, the speaker's surface
 * form (null when the text does not say who spoke), and the annotated characters (null when the
 * file does not repeat them; when present they are checked against the dataset text).
 */
public record GoldQuote(int start, int end, boolean direct, String speaker, String text) {
  public GoldQuote(int start, int end, boolean direct, String speaker) {
    this(start, end, direct, speaker, null);
  }
}
