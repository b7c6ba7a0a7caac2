package org.marsad.ingest.reader;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A copy on disk of a zip that arrives as a stream (a zip inside an archive, a zip on standard
 * input), so that it can be read through its central directory like a zip file: a broken entry
 * then fails alone and the entries after it are read. The copy stops at the end of the zip's end
 * record (its comment included), not at the end of the stream: what follows the zip on a pipe is
 * not drained.
 */
final class ZipSpool implements AutoCloseable {
  private static final int END_RECORD = 0x504B0506; // "PK\5\6"
  private static final int END_RECORD_BYTES = 22;

  private final Path path;
  private final IOException broke;

  private ZipSpool(Path path, IOException broke) {
    this.path = path;
    this.broke = broke;
  }

  /** The copy. */
  Path path() {
    return path;
  }

  /** Why the stream broke before the zip's end (the copy then holds what came before), or null. */
  IOException broke() {
    return broke;
  }

  /** Copies {@code in} to a temporary file up to the end of the zip's end record, or to the end of {@code in}. */
  static ZipSpool copy(InputStream in) throws IOException {
    Path path = Files.createTempFile("marsad-zip-", ".zip");
    IOException broke = null;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(path), 64 * 1024)) {
      int window = 0;
      long endLeft = -1; // bytes of the end record (and its comment) still to copy, once its signature is seen
      byte[] end = new byte[END_RECORD_BYTES];
      int endAt = 0;
      byte[] buffer = new byte[8192]; // at most this much of what follows the zip is read
      try {
        for (int n; endLeft != 0 && (n = in.read(buffer)) >= 0; ) {
          int i = 0;
          for (; i < n && endLeft != 0; i++) {
            int b = buffer[i] & 0xFF;
            if (endLeft > 0) {
              end[endAt++ % END_RECORD_BYTES] = (byte) b;
              endLeft--;
              if (endAt == END_RECORD_BYTES - 4) { // the fixed part is in: add the comment's length
                endLeft += (end[END_RECORD_BYTES - 6] & 0xFF) | (end[END_RECORD_BYTES - 5] & 0xFF) << 8;
              }
              continue;
            }
            window = window << 8 | b;
            if (window == END_RECORD) endLeft = END_RECORD_BYTES - 4;
          }
          out.write(buffer, 0, i);
        }
      } catch (IOException e) {
        broke = e;
      }
    } catch (IOException e) {
      Files.deleteIfExists(path);
      throw e;
    }
    return new ZipSpool(path, broke);
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(path);
  }
}
