package org.marsad.ingest.reader;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.Locale;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * The gzip members of a file whose data inflates but does not match the CRC-32 or the length in
 * their trailer (a flipped bit in the deflate data, damaged trailer bytes). jwarc reads a gzip
 * channel member by member without checking either, so such a member would be read as good with
 * corrupted text (review21/ingest21 F3); {@code GZIPInputStream} checked them, and so does this
 * pass, once over the file before its records are read. A member that does not inflate (corrupt,
 * cut short) is not listed: reading it fails there, and it is passed as before. The same pass finds the members
 * whose record's {@code Content-Length} runs past the member (session 26: it swallowed the next members' records).
 */
final class GzipChecksums {
  private static final int HEAD_BYTES = 4096; // a WARC head is a few hundred bytes
  private GzipChecksums() {}

  /** A member from {@code start} to {@code end} whose trailer does not match its data, and how. */
  record BadMember(long start, long end, String why) {}

  /**
   * A good member from {@code start} to {@code end} whose record's block runs past the member's data: its WARC head
   * ({@code headBytes} long) gives a {@code Content-Length} longer than the {@code inflated} bytes after it. One member a
   * record, such a length swallows the records of the members after it (session 25, lane ingest25).
   */
  record OverlongMember(long start, long end, int headBytes, long inflated) {}

  /** What the pass over a gzip WARC's members found: the bad ones and the overlong ones, by their start. */
  record Members(NavigableMap<Long, BadMember> bad, NavigableMap<Long, OverlongMember> overlong) {}

  /**
   * One pass over the open file's members (positional reads: the channel's position is not moved): the bad ones, and
   * the good ones whose record runs past them (the WARC head is read from the first bytes each member inflates to,
   * which the pass inflates anyway: no second pass).
   */
  static Members members(FileChannel channel) throws IOException {
    NavigableMap<Long, BadMember> bad = new TreeMap<>();
    NavigableMap<Long, OverlongMember> overlong = new TreeMap<>();
    Bytes in = new Bytes(channel);
    Inflater inflater = new Inflater(true);
    try {
      long start = 0;
      while (start < channel.size()) {
        long end;
        try {
          end = checkMember(in, start, inflater, bad, overlong);
        } catch (DataFormatException | IOException e) { // not inflatable: the reader reports it
          end = in.nextMemberStart(start + 1);
          if (end < 0) break;
        }
        start = end;
      }
    } finally {
      inflater.end();
    }
    return new Members(bad, overlong);
  }

  /** Where the member that starts at {@code start} ends, trailer included, or -1 when it does not inflate whole. */
  static long memberEnd(FileChannel channel, long start) {
    Inflater inflater = new Inflater(true);
    try {
      return checkMember(new Bytes(channel), start, inflater, new TreeMap<>(), new TreeMap<>());
    } catch (DataFormatException | IOException e) {
      return -1;
    } finally {
      inflater.end();
    }
  }

  /** Checks the member at {@code start}; returns where the next one starts. */
  private static long checkMember(Bytes in, long start, Inflater inflater, NavigableMap<Long, BadMember> bad,
      NavigableMap<Long, OverlongMember> overlong) throws IOException, DataFormatException {
    in.seek(start);
    if (in.read() != 0x1f || in.read() != 0x8b || in.read() != 8) throw new IOException("not a gzip member");
    int flags = in.read();
    in.skip(6); // time, extra flags, system
    if ((flags & 4) != 0) in.skip(in.read() | in.read() << 8); // FEXTRA
    if ((flags & 8) != 0) while (in.read() != 0) {} // FNAME
    if ((flags & 16) != 0) while (in.read() != 0) {} // FCOMMENT
    if ((flags & 2) != 0) in.skip(2); // FHCRC
    inflater.reset();
    CRC32 crc = new CRC32();
    byte[] out = new byte[64 * 1024];
    long length = 0;
    byte[] head = new byte[HEAD_BYTES]; // the member's first bytes: a record's WARC head
    int headFilled = 0;
    while (!inflater.finished()) {
      if (inflater.needsInput()) in.feed(inflater);
      int n = inflater.inflate(out);
      if (n == 0 && inflater.needsDictionary()) throw new DataFormatException("needs a dictionary");
      crc.update(out, 0, n);
      length += n;
      if (headFilled < head.length) {
        int take = Math.min(n, head.length - headFilled);
        System.arraycopy(out, 0, head, headFilled, take);
        headFilled += take;
      }
    }
    in.unfed(inflater.getRemaining());
    long expectedCrc = in.readInt();
    long expectedLength = in.readInt();
    long end = in.position();
    if (expectedCrc != crc.getValue() || expectedLength != (length & 0xFFFFFFFFL)) {
      bad.put(start, new BadMember(start, end, String.format(Locale.ROOT,
          "the gzip member's data does not match its trailer (CRC-32 0x%08x, %d bytes; the trailer says 0x%08x, %d bytes)",
          crc.getValue(), length & 0xFFFFFFFFL, expectedCrc, expectedLength)));
    } else {
      long[] warcHead = WarcHeads.headAndBlockLength(head, headFilled);
      if (warcHead != null && warcHead[0] + warcHead[1] > length) {
        overlong.put(start, new OverlongMember(start, end, (int) warcHead[0], length - warcHead[0]));
      }
    }
    return end;
  }

  /** A file read forward through a buffer, with the file offset of each byte known. */
  private static final class Bytes {
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
    private long bufferAt; // the file offset of buffer[0]

    Bytes(FileChannel channel) {
      this.channel = channel;
      buffer.limit(0);
    }

    long position() {
      return bufferAt + buffer.position();
    }

    void seek(long at) {
      if (at >= bufferAt && at <= bufferAt + buffer.limit()) {
        buffer.position((int) (at - bufferAt));
      } else {
        bufferAt = at;
        buffer.limit(0);
      }
    }

    private boolean fill() throws IOException {
      bufferAt = position();
      buffer.clear();
      int n = channel.read(buffer, bufferAt);
      buffer.flip();
      return n > 0;
    }

    int read() throws IOException {
      if (!buffer.hasRemaining() && !fill()) throw new EOFException();
      return buffer.get() & 0xFF;
    }

    long readInt() throws IOException {
      return read() | read() << 8 | read() << 16 | (long) read() << 24;
    }

    void skip(int n) throws IOException {
      for (int i = 0; i < n; i++) read();
    }

    /** Gives the inflater the rest of the buffer. */
    void feed(Inflater inflater) throws IOException {
      if (!buffer.hasRemaining() && !fill()) throw new EOFException("the member is cut short");
      inflater.setInput(buffer.array(), buffer.position(), buffer.remaining());
      buffer.position(buffer.limit());
    }

    /** Takes back the last {@code remaining} bytes fed that the inflater did not use. */
    void unfed(int remaining) {
      buffer.position(buffer.position() - remaining);
    }

    /** The first offset from {@code from} where a gzip member's magic (1f 8b 08) starts, or -1. */
    long nextMemberStart(long from) throws IOException {
      seek(from);
      int b0 = -1;
      int b1 = -1;
      try {
        while (true) {
          int b = read();
          if (b0 == 0x1f && b1 == 0x8b && b == 8) return position() - 3;
          b0 = b1;
          b1 = b;
        }
      } catch (EOFException e) {
        return -1;
      }
    }
  }
}
