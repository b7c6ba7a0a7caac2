package org.marsad.app.http.service;

/**
 * A quotation as listings show it, with the article it came from.
 *
 * @param published ISO-8601 publication time of the article, or null
 */
public record QuoteView(String text, boolean direct, String speaker, String speakerId, String verb, String via,
    String articleId, String articleTitle, String source, String published) {}
