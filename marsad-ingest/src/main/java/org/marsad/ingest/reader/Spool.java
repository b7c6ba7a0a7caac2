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
    return copy(in, options, suffix, TO_THE_END);
  }

  /**
   * Where a copy ends inside the stream (the stream may go on past it: a zip on a pipe, followed by other
   * bytes). The one copy loop ({@link #copy(InputStream, ReadOptions, String, End)}) asks it about each
   * buffer read.
   */
  interface End {
    /** How many bytes to read at a time: at most this much of what follows the end is read. */
    int bufferBytes();

    /** How many of the {@code n} bytes just read (the stream's bytes from {@code copied} on) belong to the copy. */
    int scan(byte[] buffer, int n, long copied);

    /** Whether the end has been reached (nothing more is to be read). */
    boolean reached();
  }

  /** A copy to the end of the stream. */
  private static final End TO_THE_END = new End() {
    @Override
    public int bufferBytes() {
      return 64 * 1024;
    }

    @Override
    public int scan(byte[] buffer, int n, long copied) {
      return n;
    }

    @Override
    public boolean reached() {
      return false;
    }
  };

  /**
   * Copies {@code in} up to {@code end}, or up to the spool limit (a buffer more at most: then the copy is
   * {@link #full}, the rest is still in the stream). A stream that breaks leaves the copy of what came
   * before ({@link #broke}); so does a write that fails during the copy (a full disk: its failure is then
   * {@link #broke}, said as the input's, review23/ingest23 F7, a limit left); a copy whose file cannot be
   * created or closed is deleted and its failure thrown.
   */
  static Spool copy(InputStream in, ReadOptions options, String suffix, End end) throws IOException {
    Path path = newFile(options, suffix); // under DATA/tmp in an ingest: a copy left by kill -9 goes at the next start
    IOException broke = null;
    boolean full = false;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024)) {
      byte[] buffer = new byte[end.bufferBytes()];
      long copied = 0; // bytes of the stream before buffer[0]
      try {
        for (int n; !full && !end.reached() && (n = in.read(buffer)) >= 0; copied += n) {
          full = copied + n > options.maxSpoolBytes();
          out.write(buffer, 0, full ? n : end.scan(buffer, n, copied)); // over the limit, the end is not looked for
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
