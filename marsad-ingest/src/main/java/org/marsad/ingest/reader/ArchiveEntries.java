package org.marsad.ingest.reader;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * An archive read as a stream, one entry after the other: a zip (the JDK's reader) or a tar (Apache Commons
 * Compress), so that {@link InputReader} handles the entries of both with one loop.
 */
interface ArchiveEntries {
  /** One entry: its name in the archive, and whether it holds a file's bytes (not a directory, a link, a device). */
  record Entry(String name, boolean file) {}

  /** Moves to the next entry (past what is left of the current one): the entry, or null at the archive's end. */
  Entry next() throws IOException;

  /** The bytes of the current entry (the archive stream: the caller does not close it). */
  InputStream data();

  static ArchiveEntries of(ZipInputStream zip) {
    return new ArchiveEntries() {
      @Override
      public Entry next() throws IOException {
        ZipEntry entry = zip.getNextEntry();
        return entry == null ? null : new Entry(entry.getName(), !entry.isDirectory());
      }

      @Override
      public InputStream data() {
        return zip;
      }
    };
  }

  static ArchiveEntries of(TarArchiveInputStream tar) {
    InputStream data = new FilterInputStream(tar) {
      @Override
      public int read() throws IOException {
        try {
          return in.read();
        } catch (IOException e) {
          throw asEof(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return in.read(b, off, len);
        } catch (IOException e) {
          throw asEof(e);
        }
      }
    };
    return new ArchiveEntries() {
      @Override
      public Entry next() throws IOException {
        try {
          TarArchiveEntry entry = tar.getNextEntry();
          return entry == null ? null : new Entry(entry.getName(), entry.isFile());
        } catch (IOException e) {
          throw asEof(e);
        }
      }

      @Override
      public InputStream data() {
        return data;
      }
    };
  }

  /**
   * Commons Compress says a tar cut short with a plain IOException ("Truncated TAR archive"): made the
   * EOFException the JDK's zip and gzip readers throw, so that it is reported as a cut archive as theirs are.
   */
  private static IOException asEof(IOException e) {
    if (e instanceof EOFException || e.getMessage() == null || !e.getMessage().startsWith("Truncated")) return e;
    return (IOException) new EOFException(e.getMessage()).initCause(e);
  }
}
