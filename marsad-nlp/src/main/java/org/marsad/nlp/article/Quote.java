package org.marsad.nlp.article;

/**
 * A quotation.
 *
 * @param text      the quoted words (without the quotation marks)
 * @param direct    true for a quotation in quotation marks, false for reported speech
 * @param start     offset of the quoted words in the article text (inclusive)
 * @param end       offset (exclusive)
 * @param speaker   the speaker's surface form, or null when unknown
 * @param speakerId canonical entity id of the speaker when known, else null
 * @param verb      the reporting verb as written ("وقال"), or null
 * @param via       the intermediary that relayed the words ("وكالة تاس"), or null
 */
public record Quote(String text, boolean direct, int start, int end, String speaker, String speakerId, String verb, String via) {}
