package org.marsad.nlp.entity;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The content ids a registry counted, 16 bytes each in the order it counted them, in {@value #FILE_NAME}
 * beside {@code entities.jsonl}. Only appended to: a save writes the ids counted since the last one and
 * forces them to disk before the registry file that records how many ids are valid is moved into place.
 * So a save costs the new ids, not all of them (one Base64 line of all the ids took about 20 s at a
 * million and could not be read back past about 940,000: bench/RESULTS.md, session 20, lane fixidem20),
 * and ids past the recorded number (a kill between the append and the move) are not counted yet: the
 * next save writes over them.
 */
final class CountedIdsFile {
  /** The file's name in the registry's directory. */
  static final String FILE_NAME = "entities.counted";

  private static final int ID_BYTES = 16;

  private final Path path;
  /** The ids in the file that a registry file may record (written and forced). Guarded by the registry's save lock. */
  private long written;

  private CountedIdsFile(Path path, long written) {
    this.path = path;
    this.written = written;
  }

  /** The file of a directory whose registry file records {@code recorded} ids, read into {@code into}. */
  static CountedIdsFile open(Path dir, long recorded, CountedArticles into) throws IOException {
    Path path = dir.resolve(FILE_NAME);
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
          while (buffer.hasRemaining()) into.addBits(buffer.getLong(), buffer.getLong());
          left -= buffer.limit() / ID_BYTES;
        }
      }
    }
    return new CountedIdsFile(path, recorded);
  }

  /**
   * Makes the first {@code log.ids()} ids of the log durable in the file: appends those past the ones
   * written, drops anything after them, forces the file. A log no longer than what is written (a save
   * that took its snapshot before another's) writes nothing: the file holds its ids already.
   */
  void append(CountedArticles.Log log) throws IOException {
    if (log.ids() <= written) return;
    Files.createDirectories(path.getParent());
    try (FileChannel f = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      ByteBuffer buffer = ByteBuffer.allocate(ID_BYTES * 4096);
      long position = written * ID_BYTES;
      for (long i = written; i < log.ids(); i++) {
        buffer.putLong(log.pairs()[(int) (2 * i)]).putLong(log.pairs()[(int) (2 * i + 1)]);
        if (!buffer.hasRemaining() || i + 1 == log.ids()) {
          buffer.flip();
          while (buffer.hasRemaining()) position += f.write(buffer, position);
          buffer.clear();
        }
      }
      f.truncate(position); // ids a killed save appended past the recorded ones
      f.force(true);
    }
    written = log.ids();
  }
}
