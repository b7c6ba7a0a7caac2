package org.marsad.app.pipeline;

/**
 * What an ingest run did.
 *
 * @param read        documents the readers produced
 * @param ingested    articles newly stored
 * @param duplicates  articles skipped because their content id was already stored (or seen earlier in the run)
 * @param failed      inputs that could not be read or analysed (quarantined)
 * @param millis      wall time
 * @param cancelled   true when the run was interrupted (Ctrl-C) before the input was exhausted
 */
public record IngestSummary(long read, long ingested, long duplicates, long failed, long millis, boolean cancelled) {
  /** Documents handled per second (stored, skipped or failed). */
  public double docsPerSecond() {
    return millis == 0 ? 0 : (ingested + duplicates + failed) * 1000.0 / millis;
  }
}
