package org.marsad.store.log;

/**
 * One record read back from the log.
 *
 * @param id       the article id
 * @param json     the article record as JSON (one line, no raw newlines)
 * @param segment  segment file name it was read from
 * @param offset   byte offset of the record's line in that segment
 */
public record LogRecord(String id, String json, String segment, long offset) {}
