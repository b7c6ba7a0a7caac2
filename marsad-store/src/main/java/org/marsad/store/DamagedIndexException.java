package org.marsad.store;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The index of a data directory cannot be read: a file failed its checksum, is truncated or
 * missing, or the segments list is gone. The message names the problem and the file and advises
 * {@code marsad reindex}, which rebuilds the index from the article log (the source of truth), so
 * the user is never told to start over. The CLI prints it as one line.
 */
public final class DamagedIndexException extends IOException {
  private DamagedIndexException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The advice every message ends with. */
  public static final String ADVICE = "run 'marsad reindex' to rebuild it from the article log (docs/ingest.md)";

  /** A damaged index at {@code indexDir}, described by {@code problem}. */
  public static DamagedIndexException of(Path indexDir, String problem, Throwable cause) {
    return new DamagedIndexException("the index " + indexDir + " is damaged (" + problem + "); " + ADVICE, cause);
  }

  /**
   * The exception to throw for an I/O failure while reading the index at {@code indexDir}: a
   * {@code DamagedIndexException} when the failure means a damaged file (Lucene's
   * {@code CorruptIndexException} and index format errors, a missing or truncated file), else
   * {@code e} unchanged (a full disk or a permission problem is not damage).
   */
  public static IOException classify(Path indexDir, IOException e) {
    if (e instanceof DamagedIndexException) return e;
    String type = e.getClass().getSimpleName();
    if (type.equals("CorruptIndexException") || type.startsWith("IndexFormatToo")) {
      return of(indexDir, type + ": " + e.getMessage(), e);
    }
    if (type.equals("IndexNotFoundException")) return of(indexDir, "no segments file: " + e.getMessage(), e);
    if (e instanceof NoSuchFileException nsf) return of(indexDir, "missing file " + fileName(nsf.getFile()), e);
    if (e instanceof FileNotFoundException) return of(indexDir, "missing file: " + e.getMessage(), e);
    if (e instanceof EOFException) return of(indexDir, "truncated file: " + e.getMessage(), e);
    return e;
  }

  private static String fileName(String file) {
    return file == null ? "?" : Path.of(file).getFileName().toString();
  }
}
