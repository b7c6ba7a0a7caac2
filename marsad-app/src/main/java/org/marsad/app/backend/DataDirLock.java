package org.marsad.app.backend;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One writing process per data directory ({@code DATA/write.lock}, an OS file lock released
 * when the process ends, even by {@code kill -9}). The embedded index has this rule through
 * Lucene's own write lock; with a SolrCloud collection nothing else would stop two processes
 * from appending to the same article log and overwriting each other's entity registry and
 * near-duplicate index, which every writing command keeps in its data directory (docs/solr.md,
 * "What is shared and what is not").
 */
final class DataDirLock implements AutoCloseable {
  static final String FILE_NAME = "write.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private DataDirLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock or fails at once.
   *
   * @throws IOException another process (or another store in this one) writes with this data directory
   */
  static DataDirLock acquire(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Path file = dataDir.resolve(FILE_NAME);
    FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameJvm) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException("data directory " + dataDir + " is in use by another marsad process (one writer per data directory;"
          + " give each ingester its own --data, see docs/solr.md)");
    }
    return new DataDirLock(channel, lock);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
