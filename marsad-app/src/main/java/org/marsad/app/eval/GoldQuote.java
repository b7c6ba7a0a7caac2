package org.marsad.app.eval;

/**
 * One hand-annotated quotation: character offsets into the source text as stored in the
 * dataset, whether it is in quotation marks, and the speaker's surface form (null when the
 * text does not say who spoke).
 */
public record GoldQuote(int start, int end, boolean direct, String speaker) {}
