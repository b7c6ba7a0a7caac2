package org.marsad.ingest.reader;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;

/**
 * An archive read as a stream, one entry after the other: a zip (the JDK's reader) or a tar (Apache Commons
 * Compress, {@link ResyncingTarEntries}), so that {@link InputReader} handles the entries of both with one loop.
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

  /**
   * Whether a tar entry holds a file's own bytes. Commons Compress's {@code isFile()} is true for every type
   * but a directory, so links, FIFOs and devices (no bytes: each read as an "empty file") are excluded here;
   * a hard link's target is an entry of its own, read there.
   */
  static boolean holdsFileBytes(TarArchiveEntry entry) {
    return entry.isFile() && !entry.isSymbolicLink() && !entry.isLink() && !entry.isCharacterDevice()
        && !entry.isBlockDevice() && !entry.isFIFO();
  }

  /**
   * Commons Compress says a tar cut short or damaged with a plain IOException ("Truncated TAR archive",
   * "Corrupted TAR archive.", "Error detected parsing the header"): made the EOFException or ZipException the
   * JDK's zip and gzip readers throw, so that it is reported as a cut or corrupt archive as theirs are, not as
   * the operating system's read error.
   */
  static IOException asEof(IOException e) {
    String m = e.getMessage();
    if (e instanceof EOFException || e instanceof ZipException || m == null) return e;
    if (m.startsWith("Truncated")) return (IOException) new EOFException(m).initCause(e);
    if (m.startsWith("Corrupted") || m.startsWith("Error detected parsing")) return (IOException) new ZipException(m).initCause(e);
    return e;
  }
}
