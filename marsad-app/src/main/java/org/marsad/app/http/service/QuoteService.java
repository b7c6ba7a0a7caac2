package org.marsad.app.http.service;

import java.io.IOException;
import java.time.LocalDate;

/** Finds quotations, newest first. */
@FunctionalInterface
public interface QuoteService {
  /**
   * @param speaker a speaker's entity id or name (match-normalised), or null for any
   * @param query   words that must occur in the quoted text, or null for any
   * @param from    first day of publication, or null
   * @param to      last day of publication, or null
   */
  QuotePage find(String speaker, String query, LocalDate from, LocalDate to, PageRequest page) throws IOException;
}
