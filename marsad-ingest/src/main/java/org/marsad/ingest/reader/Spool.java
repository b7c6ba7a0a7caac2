package org.marsad.ingest.reader;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.ingest.ReadOptions;
import org.marsad.ingest.SpoolDirectory;

/**
 * A copy on disk of a stream that is read better as a file: a WARC inside an archive or on standard
 * input, which can then be searched for the next record after a broken one as a WARC file is. Copied
 * whole, up to {@link ReadOptions#maxSpoolBytes}, under {@link ReadOptions#spoolDir}.
 */
final class Spool implements AutoCloseable {
  private final Path path;
  private final IOException broke;
  private final boolean full;

  Spool(Path path, IOException broke, boolean full) {
    this.path = path;
    this.broke = broke;
    this.full = full;
  }

  /** The copy. */
  Path path() {
    return path;
  }

  /** Why the stream broke before its end (the copy then holds what came before), or null. */
  IOException broke() {
    return broke;
  }

  /** Whether the copy stopped at the spool limit: it holds the stream's start, the rest is still to be read from the stream. */
  boolean full() {
    return full;
  }

  /** Copies all of {@code in}, or up to the spool limit (a buffer more at most). */
  static Spool copy(InputStream in, ReadOptions options, String suffix) throws IOException {
    Path path = newFile(options, suffix);
    IOException broke = null;
    boolean full = false;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024)) {
      byte[] buffer = new byte[64 * 1024];
      long copied = 0;
      try {
        for (int n; !full && (n = in.read(buffer)) >= 0; ) {
          out.write(buffer, 0, n);
          copied += n;
          full = copied > options.maxSpoolBytes();
        }
      } catch (IOException e) {
        broke = e;
      }
    } catch (IOException e) {
      Files.deleteIfExists(path);
      throw e;
    }
    return new Spool(path, broke, full);
  }

  /** A new empty file for a copy, under the options' spool directory (created when missing). */
  static Path newFile(ReadOptions options, String suffix) throws IOException {
    if (options.spoolDir() == null) return Files.createTempFile(SpoolDirectory.PREFIX, suffix);
    Files.createDirectories(options.spoolDir());
    return Files.createTempFile(options.spoolDir(), SpoolDirectory.PREFIX, suffix);
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(path);
  }

  /** What a failure of a stream over the spool limit adds to its reason: why the records after the break were not read. */
  static String overLimit(long limit) {
    return "larger than the spool limit of " + size(limit) + ", so read as a stream without resynchronisation: the rest of it"
        + " was not read; raise the limit with ingest --spool-limit-mib (ReadOptions.maxSpoolBytes) to read on past a break";
  }

  private static String size(long bytes) {
    return bytes % (1024 * 1024) == 0 ? String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024))
        : String.format(Locale.ROOT, "%,d bytes", bytes);
  }
}
