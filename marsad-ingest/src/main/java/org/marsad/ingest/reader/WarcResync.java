package org.marsad.ingest.reader;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * Finds where the next record of a plain WARC file starts after a broken one: a {@code WARC/1.0}
 * or {@code WARC/1.1} line at the start of a line. The file is scanned as a stream, so a large
 * WARC is not loaded. (A gzip WARC is read through its decompressed stream, which cannot be
 * searched again: see {@link WarcDocuments#read(String, InputStream, Path)}.)
 */
final class WarcResync {
  private static final byte[] VERSION = {'W', 'A', 'R', 'C', '/', '1', '.'};

  private WarcResync() {}

  /** The offset of the first record start after {@code after}, or -1. */
  static long nextRecord(Path warc, long after) throws IOException {
    try (FileChannel channel = FileChannel.open(warc)) {
      channel.position(after);
      InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 64 * 1024);
      int previous = in.read(); // the byte at `after` itself: only a line end before a match counts
      long at = after + 1;
      int matched = 0; // bytes of VERSION matched so far, the match starting at a line start
      long start = -1;
      for (int b; (b = in.read()) >= 0; at++) {
        if (matched == VERSION.length) {
          if (b == '0' || b == '1') return start;
          matched = 0;
        }
        if (matched > 0 && b == VERSION[matched]) {
          matched++;
        } else if (previous == '\n' && b == VERSION[0]) {
          matched = 1;
          start = at;
        } else {
          matched = 0;
        }
        previous = b;
      }
      return -1;
    }
  }
}
