package org.marsad.ingest.reader;

import java.io.IOException;
import java.io.InputStream;

/** Reads a whole input into memory only when it is under the document size limit. */
final class Bounded {
  private Bounded() {}

  /**
   * All remaining bytes of {@code in}, or an exception when there are more than {@code max}
   * (only {@code max + 1} bytes are ever buffered).
   */
  static byte[] readAtMost(InputStream in, long max) throws IOException, UnreadableInputException {
    byte[] bytes = in.readNBytes((int) max + 1);
    if (bytes.length > max) {
      throw tooLarge(max);
    }
    return bytes;
  }

  static UnreadableInputException tooLarge(long max) {
    return new UnreadableInputException("larger than the maximum document size of " + human(max)
        + " (ReadOptions.maxDocumentBytes)", null);
  }

  static String human(long bytes) {
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes >= 1024 && bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + " bytes";
  }
}
