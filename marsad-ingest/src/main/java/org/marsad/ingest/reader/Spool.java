package org.marsad.ingest.reader;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.marsad.ingest.ReadOptions;

/**
 * A copy on disk of a stream that is read better as a file: a WARC inside an archive or on standard
 * input, which can then be searched for the next record after a broken one as a WARC file is. Copied
 * whole, up to {@link ReadOptions#maxSpoolBytes}, under {@link ReadOptions#spoolDir}.
 */
final class Spool implements AutoCloseable {
  private final Path path;
  private final IOException broke;

  private Spool(Path path, IOException broke) {
    this.path = path;
    this.broke = broke;
  }

  /** The copy. */
  Path path() {
    return path;
  }

  /** Why the stream broke before its end (the copy then holds what came before), or null. */
  IOException broke() {
    return broke;
  }

  /** Copies all of {@code in}. */
  static Spool copy(InputStream in, ReadOptions options, String suffix) throws IOException {
    Path path = newFile(options, suffix);
    IOException broke = null;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024)) {
      byte[] buffer = new byte[64 * 1024];
      long copied = 0;
      try {
        for (int n; (n = in.read(buffer)) >= 0; ) {
          copied += n;
          if (copied > options.maxSpoolBytes()) throw new TooLargeException(options.maxSpoolBytes());
          out.write(buffer, 0, n);
        }
      } catch (TooLargeException e) {
        throw e;
      } catch (IOException e) {
        broke = e;
      }
    } catch (IOException e) {
      Files.deleteIfExists(path);
      throw e;
    }
    return new Spool(path, broke);
  }

  /** A new empty file for a copy, under the options' spool directory (created when missing). */
  static Path newFile(ReadOptions options, String suffix) throws IOException {
    if (options.spoolDir() == null) return Files.createTempFile(ReadOptions.SPOOL_PREFIX, suffix);
    Files.createDirectories(options.spoolDir());
    return Files.createTempFile(options.spoolDir(), ReadOptions.SPOOL_PREFIX, suffix);
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(path);
  }

  /** A stream longer than the spool limit: it fails alone, and its reason names the limit. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long limit) {
      super("larger than the spool limit of " + size(limit) + " for a zip or WARC read as a stream"
          + " (inside an archive, or on standard input), so not read; raise it with ingest --spool-limit-mib"
          + " (ReadOptions.maxSpoolBytes; 0 reads such streams as streams, without copying them)");
    }

    private static String size(long bytes) {
      return bytes % (1024 * 1024) == 0 ? String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024))
          : String.format(Locale.ROOT, "%,d bytes", bytes);
    }
  }
}
