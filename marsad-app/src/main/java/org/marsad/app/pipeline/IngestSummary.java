package org.marsad.app.pipeline;

/**
 * What an ingest run did. The documents add up: {@code read = ingested + duplicates + rejected()}
 * (every document read leaves the run one of these ways); an unreadable input gave no document, so it
 * is counted apart (session 19 QA: the progress line counted it as a document, the summary did not).
 *
 * @param read        documents the readers produced
 * @param ingested    articles newly stored
 * @param duplicates  articles skipped because their content id was already stored (or seen earlier in the run)
 * @param failed      everything quarantined: documents whose analysis failed and inputs that could not be read
 * @param unreadable  inputs that could not be read (a file, an archive entry, a JSON line): no document, quarantined
 * @param millis      wall time
 * @param cancelled   true when the run was interrupted (Ctrl-C) before the input was exhausted
 */
public record IngestSummary(long read, long ingested, long duplicates, long failed, long unreadable, long millis,
    boolean cancelled) {
  /** Documents read whose analysis failed (quarantined). */
  public long rejected() {
    return failed - unreadable;
  }

  /** Documents handled per second (stored, skipped or rejected). */
  public double docsPerSecond() {
    return millis == 0 ? 0 : (ingested + duplicates + rejected()) * 1000.0 / millis;
  }
}
