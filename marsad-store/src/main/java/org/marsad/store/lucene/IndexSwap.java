package org.marsad.store.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.marsad.nlp.io.DurableFiles;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * Replaces the index of a data directory ({@code DATA/index}) with a rebuilt one. Two renames
 * cannot be one atomic step (rename(2) does not replace a non-empty directory), so the old index
 * is first renamed to {@code DATA/index.old}; a crash between the two renames leaves no
 * {@code DATA/index}, and {@link #recover} (called whenever the embedded index is opened) puts the
 * old one back. Either way a crashed swap leaves a whole index in place, never none and never a
 * half-built one.
 */
public final class IndexSwap {
  static final String INDEX = "index";
  static final String OLD = "index.old";

  private IndexSwap() {}

  /** Moves {@code rebuilt} (a closed, committed index directory) to {@code DATA/index}. */
  public static void swapIn(Path dataDir, Path rebuilt) throws IOException {
    Path index = dataDir.resolve(INDEX);
    Path old = dataDir.resolve(OLD);
    recover(dataDir);
    deleteTree(old);
    if (Files.exists(index)) Files.move(index, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(rebuilt, index, StandardCopyOption.ATOMIC_MOVE);
    DurableFiles.forceDirectory(dataDir); // the renames on disk before the old index is deleted (a power loss then keeps one)
    deleteTree(old);
  }

  /**
   * Takes the write lock of {@code DATA/index} (Lucene's {@code write.lock}, held by every writer:
   * ingest, serve, run, compact) for a rebuild: while it is held no other process can write into
   * the index the swap is about to delete (its articles would be lost from the index). Needs only
   * the lock file, so a damaged index can be locked too. Close the result after {@link #swapIn}.
   * Where there is no index yet, {@code DATA/index} is made to hold the lock (a writer starting
   * meanwhile would make one) and removed again on close unless the swap put an index there.
   */
  public static Closeable lockForRebuild(Path dataDir) throws IOException {
    recover(dataDir);
    Path index = dataDir.resolve(INDEX);
    boolean made = !Files.exists(index);
    Files.createDirectories(index);
    Directory dir = null;
    Lock lock = null;
    try {
      dir = FSDirectory.open(index);
      lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME);
    } catch (LockObtainFailedException e) {
      throw new IOException("index " + index + " is in use by another marsad process (one writer at a time)", e);
    } finally {
      if (lock == null) {
        IOUtils.closeWhileHandlingException(dir);
        if (made) removeIfOnlyLock(index);
      }
    }
    Lock held = lock;
    Directory open = dir;
    return () -> {
      try {
        IOUtils.close(held, open);
      } finally {
        if (made) removeIfOnlyLock(index);
      }
    };
  }

  /** Deletes {@code index} when it holds nothing but a lock file (made for a rebuild that did not finish). */
  private static void removeIfOnlyLock(Path index) throws IOException {
    if (!Files.isDirectory(index)) return;
    try (Stream<Path> files = Files.list(index)) {
      if (files.anyMatch(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME))) return;
    }
    Files.deleteIfExists(index.resolve(IndexWriter.WRITE_LOCK_NAME));
    Files.deleteIfExists(index);
  }

  /** Undoes a swap a crash interrupted between its two renames; a no-op otherwise. */
  public static void recover(Path dataDir) throws IOException {
    Path index = dataDir.resolve(INDEX);
    Path old = dataDir.resolve(OLD);
    if (!Files.exists(index) && Files.isDirectory(old)) {
      Files.move(old, index, StandardCopyOption.ATOMIC_MOVE);
      DurableFiles.forceDirectory(dataDir);
    }
  }

  /** Deletes a directory tree (no-op when absent). */
  public static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path q : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(q);
    }
  }
}
