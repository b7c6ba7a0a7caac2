package org.marsad.app.http.service;

import java.io.IOException;

/** Finds quotations, newest first. */
@FunctionalInterface
public interface QuoteService {
  /**
   * @param speaker a speaker's entity id or name (match-normalised), or null for any
   * @param query   words that must occur in the quoted text, or null for any
   */
  QuotePage find(String speaker, String query, PageRequest page) throws IOException;
}
