package org.marsad.ingest;

/**
 * Limits that keep reading memory-safe on hostile or huge inputs.
 *
 * @param maxDocumentBytes largest single document (a text or HTML file, a JSON object's body,
 *                         a TREC record, a WARC payload); larger ones fail with a reason
 * @param maxArchiveDepth  how deeply archives may nest (a zip inside a gzip inside a zip is 3)
 * @param quarantineBytes  failed inputs up to this size are handed to
 *                         {@link DocumentSink#failed} with their bytes; larger ones with null
 */
public record ReadOptions(long maxDocumentBytes, int maxArchiveDepth, int quarantineBytes) {
  /** 8 MiB: a long news article is ~50 KB of text, a heavy page ~1 MB of HTML. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;
  /** Archives nested more deeply than this are rejected (zip bombs nest). */
  public static final int DEFAULT_MAX_ARCHIVE_DEPTH = 4;
  /** 1 MiB of offending bytes is kept for the quarantine. */
  public static final int DEFAULT_QUARANTINE_BYTES = 1024 * 1024;

  public ReadOptions {
    if (maxDocumentBytes < 1 || maxDocumentBytes > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("maxDocumentBytes must be between 1 and 2 GiB: " + maxDocumentBytes);
    }
    if (maxArchiveDepth < 0) {
      throw new IllegalArgumentException("maxArchiveDepth must not be negative: " + maxArchiveDepth);
    }
    if (quarantineBytes < 0) {
      throw new IllegalArgumentException("quarantineBytes must not be negative: " + quarantineBytes);
    }
  }

  /** The documented defaults. */
  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_ARCHIVE_DEPTH, DEFAULT_QUARANTINE_BYTES);
  }

  /** The same options with another document size limit. */
  public ReadOptions withMaxDocumentBytes(long bytes) {
    return new ReadOptions(bytes, maxArchiveDepth, quarantineBytes);
  }

  /** The same options with another archive depth limit. */
  public ReadOptions withMaxArchiveDepth(int depth) {
    return new ReadOptions(maxDocumentBytes, depth, quarantineBytes);
  }
}
