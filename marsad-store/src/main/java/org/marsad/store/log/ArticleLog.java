package org.marsad.store.log;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.marsad.nlp.io.DurableFiles;

/**
 * Append-only, checksummed log of article records in numbered segment files
 * ({@code segment-000001.log}, …). Hand-written because no library in our stack offers a
 * small embedded record log; the format is deliberately plain text so it can be inspected
 * and repaired with ordinary tools:
 *
 * <pre>  CRC32-HEX TAB ID TAB JSON NEWLINE</pre>
 *
 * where the CRC covers {@code ID TAB JSON}. {@link #sync()} forces appended bytes to disk
 * (the ingest calls it before each index commit, so an indexed article is always in the log).
 * On open, a torn last line (a crash mid-append) is cut off, so appends always start on a
 * line boundary; damage anywhere else is left in place and reported by {@link #scan}, which
 * keeps every intact record around it. Records with the same id may repeat (a re-run after a
 * crash); readers keep the last one.
 *
 * <p>A failed append (disk full, file too large, an I/O error) is cut back to the last whole
 * record before the exception is passed on, so the log stays a sequence of whole records and
 * appending can go on once space returns; if even that cut fails, the log refuses further
 * appends until it is reopened (which cuts the torn tail).
 *
 * <p>Not thread-safe for appends from several threads without external locking: the ingest
 * appends from one writer thread, which keeps the log's order equal to commit order.
 */
public final class ArticleLog implements AutoCloseable {
  /** Segments roll over past this size so that no single file grows without bound. */
  public static final long SEGMENT_BYTES = 128L * 1024 * 1024;
  private static final String PREFIX = "segment-";
  private static final String SUFFIX = ".log";

  private final Path dir;
  private final long segmentBytes;
  private FileChannel out;
  private Path current;
  private long currentSize;
  private final List<LogDamage> repaired = new ArrayList<>();
  /** Set when a failed append could not be cut back: the end of the segment is unknown. */
  private IOException broken;

  private ArticleLog(Path dir, long segmentBytes) {
    this.dir = dir;
    this.segmentBytes = segmentBytes;
  }

  /** Opens (or creates) the log in {@code dir}. */
  public static ArticleLog open(Path dir) throws IOException {
    return open(dir, SEGMENT_BYTES);
  }

  /** Opens with a custom segment size (tests use small segments to exercise rolling). */
  public static ArticleLog open(Path dir, long segmentBytes) throws IOException {
    Files.createDirectories(dir);
    ArticleLog log = new ArticleLog(dir, segmentBytes);
    List<Path> segments = segments(dir);
    Path last = segments.isEmpty() ? dir.resolve(name(1)) : segments.get(segments.size() - 1);
    log.openForAppend(last);
    return log;
  }

  /** Torn tails cut off when the log was opened (normally empty). */
  public List<LogDamage> repairedOnOpen() {
    return List.copyOf(repaired);
  }

  private void openForAppend(Path segment) throws IOException {
    current = segment;
    boolean isNew = !Files.exists(segment);
    out = FileChannel.open(segment, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    if (isNew) DurableFiles.forceDirectory(dir); // a forced segment is lost with its directory entry (see DurableFiles)
    long size = out.size();
    long keep = lastNewlineEnd(out, size);
    if (keep < size) {
      repaired.add(new LogDamage(segment.getFileName().toString(), keep, size - keep, "torn record at end of log cut off"));
      out.truncate(keep);
      out.force(true);
    }
    currentSize = keep;
    out.position(keep);
  }

  /** Offset just after the last newline (0 when there is none). */
  private static long lastNewlineEnd(FileChannel ch, long size) throws IOException {
    long pos = size;
    ByteBuffer buf = ByteBuffer.allocate(8192);
    while (pos > 0) {
      int n = (int) Math.min(buf.capacity(), pos);
      buf.clear().limit(n);
      ch.read(buf, pos - n);
      for (int i = n - 1; i >= 0; i--) {
        if (buf.get(i) == '\n') return pos - n + i + 1;
      }
      pos -= n;
    }
    return 0;
  }

  /** Appends one record (not yet durable: call {@link #sync()}). */
  public void append(String id, String json) throws IOException {
    if (id.indexOf('\t') >= 0 || id.indexOf('\n') >= 0) throw new IllegalArgumentException("bad article id: " + id);
    if (json.indexOf('\n') >= 0) throw new IllegalArgumentException("record JSON must be one line");
    byte[] body = (id + "\t" + json).getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(body);
    byte[] head = String.format("%08x\t", crc.getValue()).getBytes(StandardCharsets.US_ASCII);
    requireWritable();
    if (currentSize > 0 && currentSize + head.length + body.length + 1 > segmentBytes) roll();
    ByteBuffer line = ByteBuffer.allocate(head.length + body.length + 1);
    line.put(head).put(body).put((byte) '\n').flip();
    long start = currentSize;
    try {
      while (line.hasRemaining()) currentSize += out.write(line);
    } catch (IOException e) {
      cutBack(start, e);
      throw e;
    }
  }

  /** Undoes a partly written record so that the next append starts on a line boundary. */
  private void cutBack(long start, IOException cause) {
    try {
      out.truncate(start);
      out.position(start);
      currentSize = start;
    } catch (IOException | RuntimeException e) {
      cause.addSuppressed(e);
      broken = cause;
    }
  }

  private void requireWritable() throws IOException {
    if (broken != null) {
      throw new IOException("the article log cannot be appended to after a failed write (" + broken.getMessage()
          + "); reopen it", broken);
    }
  }

  /** Forces everything appended so far to disk. */
  public void sync() throws IOException {
    requireWritable();
    out.force(false);
  }

  private void roll() throws IOException {
    out.force(true);
    out.close();
    int n = number(current) + 1;
    openForAppend(dir.resolve(name(n)));
  }

  /**
   * Reads every record in order, reporting damaged stretches instead of failing; returns the
   * number of intact records.
   */
  public static long scan(Path dir, Consumer<LogRecord> records, Consumer<LogDamage> damage) throws IOException {
    long count = 0;
    List<Path> segments = segments(dir);
    for (int i = 0; i < segments.size(); i++) count += scanSegment(segments.get(i), i == segments.size() - 1, records, damage);
    return count;
  }

  private static long scanSegment(Path segment, boolean last, Consumer<LogRecord> records, Consumer<LogDamage> damage)
      throws IOException {
    String name = segment.getFileName().toString();
    long count = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(segment), 1 << 16)) {
      ByteArrayOutputStream line = new ByteArrayOutputStream(4096);
      long offset = 0, lineStart = 0;
      int b;
      while ((b = in.read()) != -1) {
        offset++;
        if (b != '\n') {
          line.write(b);
          continue;
        }
        String reason = check(line.toByteArray(), records, name, lineStart);
        if (reason == null) count++;
        else damage.accept(new LogDamage(name, lineStart, offset - lineStart, reason));
        line.reset();
        lineStart = offset;
      }
      if (line.size() > 0) {
        // At the very end of the log this is a crash mid-append (never synced, so never committed);
        // anywhere else a segment lost its end.
        damage.accept(new LogDamage(name, lineStart, offset - lineStart, last ? LogDamage.TORN_TAIL : "truncated record (no end of line)"));
      }
    }
    return count;
  }

  /** Verifies one line and hands it on; returns null when intact, else the reason. */
  private static String check(byte[] line, Consumer<LogRecord> records, String segment, long offset) {
    if (line.length < 10 || line[8] != '\t') return "bad framing";
    long expected;
    try {
      expected = Long.parseLong(new String(line, 0, 8, StandardCharsets.US_ASCII), 16);
    } catch (NumberFormatException e) {
      return "bad checksum field";
    }
    CRC32 crc = new CRC32();
    crc.update(line, 9, line.length - 9);
    if (crc.getValue() != expected) return "checksum mismatch";
    String body = new String(line, 9, line.length - 9, StandardCharsets.UTF_8);
    int tab = body.indexOf('\t');
    if (tab <= 0) return "missing id";
    records.accept(new LogRecord(body.substring(0, tab), body.substring(tab + 1), segment, offset));
    return null;
  }

  /** Segment files in order. */
  static List<Path> segments(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> {
            String f = p.getFileName().toString();
            return f.startsWith(PREFIX) && f.endsWith(SUFFIX);
          })
          .sorted()
          .toList();
    }
  }

  private static String name(int n) {
    return String.format("%s%06d%s", PREFIX, n, SUFFIX);
  }

  private static int number(Path segment) {
    String f = segment.getFileName().toString();
    return Integer.parseInt(f.substring(PREFIX.length(), f.length() - SUFFIX.length()));
  }

  @Override
  public void close() throws IOException {
    if (out != null && out.isOpen()) {
      out.force(true);
      out.close();
    }
  }
}
