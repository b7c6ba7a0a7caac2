package org.marsad.app.pipeline;

/** Receives the running counts of an ingest, a few times a second; implementations print them. */
public interface IngestProgress {
  /**
   * @param done       documents handled so far (stored, skipped or rejected); an unreadable input is no document
   * @param ingested   stored so far
   * @param unreadable inputs the readers could not read (a file, an archive entry, a JSON line), quarantined
   * @param expected   total documents when known (for an ETA), else -1
   * @param millis     time since the start
   */
  void update(long done, long ingested, long unreadable, long expected, long millis);

  /** Called once at the end, before the summary is printed. */
  default void finish() {}

  /** Prints nothing. */
  IngestProgress NONE = (done, ingested, unreadable, expected, millis) -> {};
}
