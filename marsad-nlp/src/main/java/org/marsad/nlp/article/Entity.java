package org.marsad.nlp.article;

/**
 * A named-entity mention.
 *
 * @param text      surface form as in the text
 * @param type      PERS, ORG, LOC or MISC
 * @param start     offset into the article text (inclusive)
 * @param end       offset into the article text (exclusive)
 * @param canonical canonical name (the fullest form of the name in the article or corpus)
 * @param id        canonical entity id, stable across documents
 * @param role      a title next to the name ("وزير الخارجية الروسي"), or null
 */
public record Entity(String text, String type, int start, int end, String canonical, String id, String role) {}
