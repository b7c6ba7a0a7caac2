package org.marsad.ingest;

import java.nio.file.Path;

/**
 * Limits that keep reading memory-safe on hostile or huge inputs.
 *
 * @param maxDocumentBytes largest single document (a text or HTML file, a JSON object's body,
 *                         a TREC record, a WARC payload); larger ones fail with a reason
 * @param maxArchiveDepth  how deeply archives may nest (a zip inside a gzip inside a zip is 3)
 * @param quarantineBytes  failed inputs up to this size are handed to
 *                         {@link DocumentSink#failed} with their bytes; larger ones with null
 * @param spoolDir         where a zip or WARC that arrives as a stream (inside an archive, on standard
 *                         input) is copied to be read as a file; null: {@code java.io.tmpdir}. Marsad's
 *                         ingest gives {@code DATA/tmp}, emptied at each start ({@link SpoolDirectory#clean})
 * @param maxSpoolBytes    the largest such copy; a larger stream is read as a stream past its copy
 *                         (its first broken entry or record ends it, and the failure names the
 *                         limit). 0: nothing is copied, such streams are read as streams (a broken
 *                         entry or record then ends them)
 */
public record ReadOptions(long maxDocumentBytes, int maxArchiveDepth, int quarantineBytes, Path spoolDir, long maxSpoolBytes) {
  /** 8 MiB: a long news article is ~50 KB of text, a heavy page ~1 MB of HTML. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 8L * 1024 * 1024;
  /** Archives nested more deeply than this are rejected (zip bombs nest). */
  public static final int DEFAULT_MAX_ARCHIVE_DEPTH = 4;
  /** 1 MiB of offending bytes is kept for the quarantine. */
  public static final int DEFAULT_QUARANTINE_BYTES = 1024 * 1024;
  /** 4 GiB: a crawl's WARC or a month of a site in a zip, inside an archive, is copied whole; a longer one is read as a stream, not left to fill the disk. */
  public static final long DEFAULT_MAX_SPOOL_BYTES = 4L * 1024 * 1024 * 1024;

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
    if (maxSpoolBytes < 0) {
      throw new IllegalArgumentException("maxSpoolBytes must not be negative: " + maxSpoolBytes);
    }
  }

  public ReadOptions(long maxDocumentBytes, int maxArchiveDepth, int quarantineBytes) {
    this(maxDocumentBytes, maxArchiveDepth, quarantineBytes, null, DEFAULT_MAX_SPOOL_BYTES);
  }

  /** The documented defaults. */
  public static ReadOptions defaults() {
    return new ReadOptions(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_ARCHIVE_DEPTH, DEFAULT_QUARANTINE_BYTES);
  }

  /** The same options with another document size limit. */
  public ReadOptions withMaxDocumentBytes(long bytes) {
    return new ReadOptions(bytes, maxArchiveDepth, quarantineBytes, spoolDir, maxSpoolBytes);
  }

  /** The same options with another archive depth limit. */
  public ReadOptions withMaxArchiveDepth(int depth) {
    return new ReadOptions(maxDocumentBytes, depth, quarantineBytes, spoolDir, maxSpoolBytes);
  }

  /** The same options spooling streams under {@code dir} (null: {@code java.io.tmpdir}), at most {@code maxBytes} each (0: none). */
  public ReadOptions withSpool(Path dir, long maxBytes) {
    return new ReadOptions(maxDocumentBytes, maxArchiveDepth, quarantineBytes, dir, maxBytes);
  }
}
