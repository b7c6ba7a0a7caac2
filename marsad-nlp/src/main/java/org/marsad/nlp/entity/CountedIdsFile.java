package org.marsad.nlp.entity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.TreeMap;
import org.marsad.nlp.io.DurableFiles;

/**
 * The content ids a registry counted, 16 bytes each in the order it counted them, in {@value #FILE_NAME}
 * beside {@code entities.jsonl}. Only appended to: a save writes the ids counted since the last one and
 * forces them to disk before the registry file that records how many ids are valid is moved into place.
 * So a save costs the new ids, not all of them (one Base64 line of all the ids took about 20 s at a
 * million and could not be read back past about 940,000: bench/RESULTS.md, session 20, lane fixidem20),
 * and ids past the recorded number (a kill between the append and the move) are not counted yet: the
 * next save writes over them. The registry file also records a checksum of those first ids (the sum
 * of a 64-bit hash of each id: order-independent, so the same articles still give the same registry
 * file in any order), so a file of another registry, or one damaged but long enough, is refused when
 * opened instead of believed. A file written before the checksum (session 20) is read unchecked; its
 * next save records one.
 */
final class CountedIdsFile {
  /** The file's name in the registry's directory. */
  static final String FILE_NAME = "entities.counted";

  private static final int ID_BYTES = 16;

  private final Path path;
  /** The ids in the file that a registry file may record (written and forced). Guarded by the registry's save lock. */
  private long written;
  /** The checksum of the first {@code written} ids, extended as ids are appended. */
  private long running;
  /**
   * The checksum of the last few prefixes this file recorded or was opened with, for a save that records
   * a shorter one (its snapshot taken before another's); older ones are read back from the file.
   */
  private final TreeMap<Long, Long> checksums = new TreeMap<>();
  /** How many prefixes {@link #checksums} keeps: a serve process saves for its whole life. */
  private static final int PREFIXES_KEPT = 8;
  /** For tests, which cannot fill a disk: thrown by the next append after its writes, as a full disk would. */
  private static volatile IOException failNextAppend;

  private CountedIdsFile(Path path, long written, long running) {
    this.path = path;
    this.written = written;
    this.running = running;
    checksums.put(written, running);
  }

  /** An id's share of the checksum: a 64-bit mix of its two halves (SplitMix64's finaliser). */
  private static long hash(long high, long low) {
    long z = high * 0x9E3779B97F4A7C15L ^ (low + 0x632BE59BD9B4E019L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** The checksum of the ids in {@code buffer} (from its position to its limit), added to {@code sum}. */
  private static long add(long sum, ByteBuffer buffer) {
    for (int i = buffer.position(); i + ID_BYTES <= buffer.limit(); i += ID_BYTES) sum += hash(buffer.getLong(i), buffer.getLong(i + 8));
    return sum;
  }

  /**
   * The file of a directory whose registry file records {@code recorded} ids with the checksum
   * {@code checksum} (null: a file written before checksums, read unchecked), read into {@code into}.
   */
  static CountedIdsFile open(Path dir, long recorded, Long checksum, CountedArticles into) throws IOException {
    Path path = dir.resolve(FILE_NAME);
    long sum = 0;
    if (recorded > 0) {
      long size = Files.exists(path) ? Files.size(path) : -1;
      if (size < recorded * ID_BYTES)
        throw new IOException(path + " holds " + Math.max(size, 0) / ID_BYTES + " ids, but the registry file counts " + recorded
            + " (a registry is copied with both files)");
      into.expect(recorded);
      try (FileChannel f = FileChannel.open(path, StandardOpenOption.READ)) {
        ByteBuffer buffer = ByteBuffer.allocate(ID_BYTES * 4096);
        long left = recorded;
        while (left > 0) {
          buffer.clear().limit((int) Math.min(buffer.capacity(), left * ID_BYTES));
          while (buffer.hasRemaining()) if (f.read(buffer) < 0) throw new IOException(path + " ended before " + recorded + " ids");
          buffer.flip();
          sum = add(sum, buffer);
          while (buffer.hasRemaining()) into.addBits(buffer.getLong(), buffer.getLong());
          left -= buffer.limit() / ID_BYTES;
        }
      }
    }
    if (checksum != null && checksum != sum)
      throw new IOException(path + " does not hold the ids the registry file counts: the checksum of its first " + recorded
          + " ids is " + sum + ", the registry file records " + checksum
          + " (a file of another registry, or a damaged one: copy both files of one registry, or rebuild it, docs/ingest.md)");
    return new CountedIdsFile(path, recorded, sum);
  }

  /**
   * Makes the first {@code log.ids()} ids of the log durable in the file: appends those past the ones
   * written, drops anything after them, forces the file. A log no longer than what is written (a save
   * that took its snapshot before another's) writes nothing: the file holds its ids already.
   * Returns the checksum of the first {@code log.ids()} ids, for the registry file.
   */
  long append(CountedArticles.Log log) throws IOException {
    if (log.ids() <= written) {
      Long known = checksums.get((long) log.ids()); // a long key: an int would be boxed as an Integer the map cannot compare
      return known != null ? known : checksumOfFirst(log.ids());
    }
    Files.createDirectories(path.getParent());
    boolean created = !Files.exists(path);
    long sum = running; // committed with written only once the ids are forced: a failed save must not count them
    try (FileChannel f = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.allocate(ID_BYTES * 4096);
      long position = written * ID_BYTES;
      for (long i = written; i < log.ids(); i++) {
        buffer.putLong(log.pairs()[(int) (2 * i)]).putLong(log.pairs()[(int) (2 * i + 1)]);
        if (!buffer.hasRemaining() || i + 1 == log.ids()) {
          buffer.flip();
          sum = add(sum, buffer);
          while (buffer.hasRemaining()) position += f.write(buffer, position);
          buffer.clear();
        }
      }
      f.truncate(position); // ids a killed save appended past the recorded ones
      IOException failure = failNextAppend;
      if (failure != null) {
        failNextAppend = null;
        throw failure;
      }
      f.force(true);
    }
    // the file's name durable before the registry file that counts on it is renamed (POSIX does not order them)
    if (created) DurableFiles.forceDirectory(path.toAbsolutePath().getParent());
    written = log.ids();
    running = sum;
    checksums.put(written, running);
    while (checksums.size() > PREFIXES_KEPT) checksums.pollFirstEntry();
    return running;
  }

  /** Makes the next append fail after writing its ids and before forcing them (null: no failure); for tests. */
  static void failNextAppend(IOException failure) {
    failNextAppend = failure;
  }

  /** Reads the checksum of the first {@code ids} ids back from the file (a save recording a prefix never recorded: not expected). */
  private long checksumOfFirst(long ids) throws IOException {
    long sum = 0;
    try (FileChannel f = FileChannel.open(path, StandardOpenOption.READ)) {
      ByteBuffer buffer = ByteBuffer.allocate(ID_BYTES * 4096);
      long left = ids * ID_BYTES;
      while (left > 0) {
        buffer.clear().limit((int) Math.min(buffer.capacity(), left));
        while (buffer.hasRemaining()) if (f.read(buffer) < 0) throw new IOException(path + " ended before " + ids + " ids");
        buffer.flip();
        sum = add(sum, buffer);
        left -= buffer.limit();
      }
    }
    return sum;
  }
}
