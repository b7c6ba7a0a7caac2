package org.marsad.ingest.reader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Finds a record of a plain WARC file whose {@code Content-Length} swallowed whole later records: a length that
 * lands exactly on a later record's start passes every check of the record's framing ({@link WarcResync#lengthOverrun}
 * sees the record's two line ends and a {@code WARC/1.} line where the block ends), and jwarc reads the records in
 * between as this record's body (session 25: a 10-record WARC read as 8 documents, no failure, one text holding two
 * more articles and their heads).
 *
 * <p>The signal is the HTTP message's own length: when the block holds an HTTP message with a {@code Content-Length}
 * (and no {@code Transfer-Encoding}), the payload ends there; when the block goes on past it and the bytes there are
 * the record's two line ends and a real record ({@link WarcResync#recordAt}) whose records chain to exactly the block's
 * end ({@link #chainsTo}), the block swallowed that record. One
 * positional read of the two heads and one look at the payload's end per record: the payload itself is not read. A
 * chunked message or one without a length (read to the block's end) is not checked: its end is not known without
 * reading it. A block whose payload runs to the block's end (the usual case), or whose HTTP length is longer than the
 * block (a capture cut short), is not looked into, so a page that quotes {@code WARC/1.0} stays what it is.
 */
final class WarcSwallowedRecords {
  /** Heads longer than this are not parsed (jwarc's and crawlers' heads are a few hundred bytes). */
  private static final int MAX_HEADS_BYTES = 64 * 1024;
  private static final int READ_BYTES = 4096; // the WARC head and the HTTP head in one read, as a rule

  /**
   * A record whose block swallowed later records: its HTTP message (head and own payload) lies from {@code httpStart}
   * to {@code payloadEnd}, the block claims to run to {@code blockEnd}, and the first swallowed record starts at
   * {@code next}.
   */
  record Swallowed(long httpStart, long payloadEnd, long blockEnd, long next) {}

  private WarcSwallowedRecords() {}

  /** The record at {@code record} as a {@link Swallowed} one, or null (the usual case). */
  static Swallowed check(FileChannel warc, long record) throws IOException {
    PositionalInput in = new PositionalInput(warc, record, READ_BYTES);
    Head warcHead = Head.read(in, "WARC/");
    if (warcHead == null || warcHead.length < 0 || !warcHead.http) return null;
    long httpStart = in.offset();
    long blockEnd = httpStart + warcHead.length;
    Head httpHead = Head.read(in, "HTTP/");
    if (httpHead == null || httpHead.length < 0 || httpHead.transferEncoding) return null;
    long payloadEnd = in.offset() + httpHead.length;
    if (payloadEnd >= blockEnd || in.offset() > blockEnd) return null; // the payload fills the block, or the block is cut short
    long next = afterLineEnds(warc, payloadEnd);
    return next > payloadEnd && next < blockEnd && WarcResync.recordAt(warc, next, false) && chainsTo(warc, next, blockEnd)
        ? new Swallowed(httpStart, payloadEnd, blockEnd, next) : null;
  }

  /**
   * Whether the records from {@code next} follow one another, each head a real record's and each block followed by its
   * two line ends and the next head, to a block that ends exactly at {@code blockEnd}: what a length that swallowed
   * whole records gives. A page that quotes a record where a wrong (short) HTTP length happens to end does not: the
   * quote's line ends or the page's own bytes lie between its last block and the outer block's end (review26 F1).
   * Reached only when the first look already found a record there (rare), so the usual record costs no more reads.
   */
  private static boolean chainsTo(FileChannel warc, long next, long blockEnd) throws IOException {
    long at = next;
    while (true) {
      PositionalInput in = new PositionalInput(warc, at, READ_BYTES);
      Head head = Head.read(in, "WARC/");
      if (head == null || head.length < 0) return false;
      long end = in.offset() + head.length;
      if (end == blockEnd) return true;
      if (end > blockEnd) return false;
      long following = afterLineEnds(warc, end);
      if (following == end || following >= blockEnd || !WarcResync.recordAt(warc, following, false)) return false;
      at = following;
    }
  }

  /** The offset after the record's two line ends (CRLF CRLF, or LF LF as jwarc accepts) at {@code at}, or {@code at}. */
  private static long afterLineEnds(FileChannel warc, long at) throws IOException {
    byte[] b = new PositionalInput(warc, at, 4).readNBytes(4);
    String s = new String(b, StandardCharsets.ISO_8859_1);
    return s.equals("\r\n\r\n") ? at + 4 : s.startsWith("\n\n") ? at + 2 : at;
  }

  /** What the checks need of a head (WARC's or HTTP's): its {@code Content-Length} (-1: none, or not a number). */
  private static final class Head {
    long length = -1;
    boolean http; // a WARC block that holds an HTTP message
    boolean transferEncoding; // an HTTP payload whose length is not its Content-Length

    /** Reads a head whose first line starts with {@code version} up to its blank line, or null. */
    static Head read(PositionalInput in, String version) throws IOException {
      Head head = new Head();
      StringBuilder line = new StringBuilder();
      boolean first = true;
      for (int read = 0; read < MAX_HEADS_BYTES; read++) {
        int b = in.read();
        if (b < 0) return null;
        if (b != '\n') {
          line.append((char) b);
          continue;
        }
        String l = line.toString().strip();
        line.setLength(0);
        if (first) {
          if (!l.startsWith(version)) return null;
          first = false;
        } else if (l.isEmpty()) {
          return head;
        } else {
          head.take(l);
        }
      }
      return null;
    }

    private void take(String line) {
      int colon = line.indexOf(':');
      if (colon <= 0) return;
      String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).trim();
      switch (name) {
        case "content-length" -> length = WarcHeads.contentLength(value);
        case "content-type" -> http = value.toLowerCase(Locale.ROOT).startsWith("application/http");
        case "transfer-encoding" -> transferEncoding = true;
        default -> { }
      }
    }
  }
}
