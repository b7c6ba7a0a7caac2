package org.marsad.ingest.reader;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarUtils;

/**
 * The entries of a tar read as a stream, going on past a damaged header. Commons Compress reads the entries, but
 * it has no resynchronising read: a header it cannot parse ends its stream, and a header whose checksum does not
 * match is read as it stands (a damaged size then skips the entries after it). So a damaged header (not parsed, or
 * its checksum wrong) is reported, and the scan written here reads on block by block, from the block after the
 * damaged header (its claimed size is not trusted), to the next block that is a valid ustar or GNU header (checksum,
 * magic, a size that is a number); a new {@link TarArchiveInputStream} reads on from that block. Blocks of zeros
 * are not headers: a damaged header followed by the end-of-archive zeros ends the tar. A tar stored inside the
 * damaged entry's bytes would be found by the scan and read as entries of the outer tar (its own entries, once).
 *
 * <p>Zeros where a header is due are the end for Commons Compress. When a valid header follows them, they were not
 * (session 26: a header zeroed whole, or the end of a tar stored in a damaged entry, lost every entry after them):
 * they are reported as a damaged header and the tar is read on from that header. So after the end the rest of the
 * stream is scanned for a header: on a good tar, its end-of-archive padding (a few KiB at most).
 */
final class ResyncingTarEntries implements ArchiveEntries {
  private static final int BLOCK = 512;
  /** Commons Compress reads on to the end of its 10 KiB record after the end-of-archive zeros; more is not kept. */
  private static final int MAX_AFTER_ZEROS = 64 * 1024;
  private static final int SIZE_OFFSET = 124;
  private static final int SIZE_LENGTH = 12;
  private static final int TYPE_OFFSET = 156;
  private static final int MAGIC_OFFSET = 257;
  private static final byte[] POSIX_MAGIC = "ustar\u000000".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] GNU_MAGIC = "ustar  \u0000".getBytes(StandardCharsets.US_ASCII);
  private static boolean isZero(byte[] block) {
    for (byte b : block) if (b != 0) return false;
    return true;
  }

  private static final String HEADER_TYPES = "01234567xgLKSDMNV\u0000";

  /** Told of each damaged header: where it starts in the tar, why it is refused, its bytes. */
  interface DamagedHeader {
    void report(long offset, String why, byte[] header);
  }

  private final Blocks blocks;
  private final DamagedHeader damaged;
  private boolean endedOnMarker; // the end-of-archive zeros were met where a header was due, and nothing valid after them
  private TarArchiveInputStream tar;
  private final InputStream data;

  ResyncingTarEntries(InputStream in, DamagedHeader damaged) {
    this.blocks = new Blocks(in);
    this.damaged = damaged;
    this.tar = new TarArchiveInputStream(blocks, "UTF-8");
    this.data = new FilterInputStream(blocks) { // the current tar's entry, whichever tar reads now
      @Override
      public int read() throws IOException {
        try {
          return tar.read();
        } catch (IOException e) {
          throw ArchiveEntries.asEof(e);
        }
      }

      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        try {
          return tar.read(b, off, len);
        } catch (IOException e) {
          throw ArchiveEntries.asEof(e);
        }
      }

      @Override
      public long skip(long n) throws IOException {
        return tar.skip(n);
      }

      @Override
      public int available() throws IOException {
        return tar.available();
      }
    };
  }

  @Override
  public Entry next() throws IOException {
    while (true) {
      TarArchiveEntry entry;
      try {
        entry = tar.getNextEntry();
      } catch (IOException e) {
        if (!isDamagedHeader(e)) throw ArchiveEntries.asEof(e);
        String why = causedByBadChecksum(e) ? "a tar header whose checksum does not match"
            : "a tar header that cannot be parsed (" + e.getMessage() + ")";
        damaged.report(blocks.position() - BLOCK, why, blocks.lastBlock());
        if (!resync()) return null;
        continue;
      }
      if (entry == null) {
        long zeros = blocks.zerosAt();
        if (zeros < 0) return null;
        boolean properEnd = blocks.twoZeroBlocksAt(); // the end-of-archive marker whole: what a writer ends a tar with
        blocks.rewindToAfterZeros(); // Commons Compress read on to the end of its record: a header may be there
        if (!resync()) {
          endedOnMarker = true;
          return null;
        }
        // after a whole end marker, a header is a second tar's (cat a.tar b.tar, read on as GNU tar -i does): no
        // damage (review26/ingest26 F3); a single block of zeros before a header is a header zeroed whole
        if (!properEnd) damaged.report(zeros, "zeros where a tar header is due, with a valid header after them,", new byte[BLOCK]);
        continue;
      }
      if (entry.isCheckSumOK()) {
        long stored = sizeField(blocks.lastBlock());
        // where the next header is due, when the header's own size is the entry's (a pax size or a sparse file's
        // real size differs: then Commons Compress alone finds the next header, as before)
        blocks.checkHeaderAt(stored == entry.getSize() ? blocks.position() + padded(stored) : -1);
        return new Entry(entry.getName(), ArchiveEntries.holdsFileBytes(entry));
      }
      // a header read after an extended header (pax, GNU long name) is checked here, once read
      damaged.report(blocks.position() - BLOCK, "a tar header whose checksum does not match", blocks.lastBlock());
      if (!resync()) return null;
    }
  }

  /** A header's size field, or -1 when it is not a number. */
  private static long sizeField(byte[] header) {
    try {
      return TarUtils.parseOctalOrBinary(header, SIZE_OFFSET, SIZE_LENGTH);
    } catch (IllegalArgumentException e) {
      return -1;
    }
  }

  /** The bytes an entry of {@code size} takes after its header: whole blocks. */
  private static long padded(long size) {
    return size <= 0 ? 0 : (size + BLOCK - 1) / BLOCK * BLOCK;
  }

  /**
   * Whether the tar ended at its end-of-archive zeros, whatever bytes without a valid header come after them (the
   * scan for a header read them, so the last block read need not be zeros).
   */
  boolean endedOnMarker() {
    return endedOnMarker;
  }

  @Override
  public InputStream data() {
    return data;
  }

  /**
   * A header refused before Commons Compress reads it ({@link BadChecksum}), or Commons Compress's words for a
   * header it cannot parse (a cut tar, "Truncated …", is not one).
   */
  private static boolean isDamagedHeader(IOException e) {
    if (causedByBadChecksum(e)) return true;
    String m = e.getMessage();
    return m != null && (m.startsWith("Corrupted") || m.startsWith("Error detected parsing"));
  }

  private static boolean causedByBadChecksum(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BadChecksum) return true;
    }
    return false;
  }

  /** A header block whose checksum does not match, met where a header is due. */
  private static final class BadChecksum extends IOException {
    BadChecksum() {
      super("a tar header whose checksum does not match");
    }
  }

  /** Reads on to the next valid header and starts a new tar reader there; false when the stream ends first. */
  private boolean resync() throws IOException {
    byte[] block = new byte[BLOCK];
    while (blocks.readBlock(block)) {
      if (isValidHeader(block)) {
        blocks.putBack(block);
        blocks.checkHeaderAt(blocks.position());
        tar = new TarArchiveInputStream(blocks, "UTF-8");
        return true;
      }
    }
    return false;
  }

  /** A ustar or GNU header: a name, a known type, the magic, a size that is a number, and its checksum right. */
  static boolean isValidHeader(byte[] block) {
    if (block[0] == 0 || HEADER_TYPES.indexOf((char) (block[TYPE_OFFSET] & 0xff)) < 0) return false;
    byte[] magic = Arrays.copyOfRange(block, MAGIC_OFFSET, MAGIC_OFFSET + POSIX_MAGIC.length);
    if (!Arrays.equals(magic, POSIX_MAGIC) && !Arrays.equals(magic, GNU_MAGIC)) return false;
    try {
      if (TarUtils.parseOctalOrBinary(block, SIZE_OFFSET, SIZE_LENGTH) < 0) return false;
    } catch (IllegalArgumentException e) {
      return false;
    }
    return checksumMatches(block);
  }

  /** Whether a header's checksum matches its bytes (a checksum field that is not a number does not). */
  static boolean checksumMatches(byte[] block) {
    try {
      return TarUtils.verifyCheckSum(block);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /**
   * The tar's bytes as the reader takes them: counted (the offset of a damaged header), the last block kept (its
   * bytes for the quarantine), and a found header put back to be read first.
   */
  private static final class Blocks extends InputStream {
    private final InputStream in;
    private byte[] putBack;
    private int putBackAt;
    private long position;
    private long checkAt = 0; // the tar's first block is a header
    private long zerosAt = -1; // a block of zeros where a header was due: the end, unless a header follows
    private java.io.ByteArrayOutputStream afterZeros; // what was read from there on, to be scanned again
    private final byte[] last = new byte[BLOCK]; // the last BLOCK bytes read, as a ring

    Blocks(InputStream in) {
      this.in = in;
    }

    long position() {
      return position;
    }

    /** The 512 bytes before the position (the header just read). */
    byte[] lastBlock() {
      byte[] block = new byte[BLOCK];
      int start = (int) (position % BLOCK);
      System.arraycopy(last, start, block, 0, BLOCK - start);
      System.arraycopy(last, 0, block, BLOCK - start, start);
      return block;
    }

    /** Puts bytes back in front of what is still to be read (bytes put back before and not read yet included). */
    void putBack(byte[] block) {
      byte[] rest = putBack == null ? new byte[0] : Arrays.copyOfRange(putBack, putBackAt, putBack.length);
      putBack = Arrays.copyOf(block, block.length + rest.length);
      System.arraycopy(rest, 0, putBack, block.length, rest.length);
      putBackAt = 0;
      position -= block.length;
    }

    /** Reads one whole block; false at the end of the stream (a part block at the end is dropped). */
    boolean readBlock(byte[] block) throws IOException {
      int n = 0;
      for (int r; n < BLOCK && (r = read(block, n, BLOCK - n)) >= 0; ) n += r;
      return n == BLOCK;
    }

    @Override
    public int read() throws IOException {
      byte[] one = new byte[1];
      return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
    }

    /**
     * Where the next header is due (the block after the entry's data): that block is checked before Commons
     * Compress reads it, so that a damaged header is not read as it stands (a damaged type would read the next
     * entries as an extended header, a damaged size would skip them). Zeros (the end) and a checksum that
     * matches go through; a v7 header (no magic) too. -1: no check.
     */
    void checkHeaderAt(long offset) {
      checkAt = offset;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) return 0;
      if (putBack == null && position == checkAt) {
        checkAt = -1;
        byte[] block = new byte[BLOCK];
        int got = 0;
        for (int r; got < BLOCK && (r = in.read(block, got, BLOCK - got)) >= 0; ) got += r;
        if (got == BLOCK && !isZero(block) && !checksumMatches(block)) {
          remember(block, 0, BLOCK); // read past: the scan starts after it
          throw new BadChecksum();
        }
        if (got == BLOCK && isZero(block)) {
          zerosAt = position;
          afterZeros = new java.io.ByteArrayOutputStream();
        } else {
          zerosAt = -1;
          afterZeros = null;
        }
        if (got == 0) return -1;
        putBack(Arrays.copyOf(block, got));
        position += got; // putBack rewinds it: these bytes had not been counted
      }
      int n;
      if (putBack != null) {
        n = Math.min(len, putBack.length - putBackAt);
        System.arraycopy(putBack, putBackAt, b, off, n);
        putBackAt += n;
        if (putBackAt == putBack.length) putBack = null;
      } else {
        n = in.read(b, off, len);
        if (n < 0) return n;
      }
      remember(b, off, n);
      if (afterZeros != null && afterZeros.size() < MAX_AFTER_ZEROS) afterZeros.write(b, off, n);
      return n;
    }

    /** Where the last block of zeros met where a header was due starts, or -1 (a header was read there since). */
    long zerosAt() {
      return afterZeros != null && afterZeros.size() < MAX_AFTER_ZEROS ? zerosAt : -1;
    }

    /** Whether the block of zeros met where a header was due is followed by a second one (a whole end marker). */
    boolean twoZeroBlocksAt() {
      byte[] read = afterZeros.toByteArray();
      if (read.length < 2 * BLOCK) return false;
      for (int i = 0; i < 2 * BLOCK; i++) if (read[i] != 0) return false;
      return true;
    }

    /** Puts back what was read after the block of zeros (Commons Compress reads on to the end of its record). */
    void rewindToAfterZeros() {
      byte[] read = afterZeros.toByteArray();
      afterZeros = null;
      zerosAt = -1;
      if (read.length > BLOCK) putBack(Arrays.copyOfRange(read, BLOCK, read.length));
    }

    @Override
    public long skip(long n) throws IOException { // read, not skipped: the bytes are counted and the end watch sees them
      byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
      int read = n <= 0 ? 0 : read(buffer, 0, buffer.length);
      return Math.max(read, 0);
    }

    private void remember(byte[] b, int off, int n) {
      int from = off + Math.max(0, n - BLOCK); // only the last BLOCK bytes matter
      for (int i = from; i < off + n; ) {
        int at = (int) ((position + (i - off)) % BLOCK);
        int run = Math.min(BLOCK - at, off + n - i);
        System.arraycopy(b, i, last, at, run);
        i += run;
      }
      position += n;
    }
  }
}
