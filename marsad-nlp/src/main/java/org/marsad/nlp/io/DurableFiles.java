package org.marsad.nlp.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Replaces files so that a power loss leaves the old file or the new one, never an empty or a
 * missing one. A rename alone is atomic for a crash of the process, not for the machine: the
 * kernel may write the rename (a directory entry) before the new file's bytes, and keeps both in
 * its cache for seconds. So, as Lucene does for its own files ({@code IOUtils.fsync} of each new
 * file, then of the directory, at every commit), the new file is forced before the rename and
 * the directory after it. Files Marsad replaces this way: the entity registry, the story state,
 * the near-duplicate index, the feed state, the alert settings; the index directory of a rebuild
 * and the article log's new segments get the directory force.
 */
public final class DurableFiles {
  private DurableFiles() {}

  /**
   * Sees every force and move, in order ({@code force FILE}, {@code move FROM TO},
   * {@code force-dir DIR}); for tests, which cannot pull the plug. Null in production.
   */
  private static volatile Consumer<String> witness;

  /** Sets (or, with null, clears) the test witness. */
  public static void witness(Consumer<String> w) {
    witness = w;
  }

  /** Moves {@code tmp} onto {@code target} durably: forces tmp, renames atomically, forces the directory. */
  public static void moveIntoPlace(Path tmp, Path target) throws IOException {
    force(tmp);
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    see("move " + tmp + " " + target);
    forceDirectory(target.toAbsolutePath().getParent());
  }

  /** Forces a file's bytes and metadata to the disk. */
  public static void force(Path file) throws IOException {
    try (FileChannel f = FileChannel.open(file, StandardOpenOption.WRITE)) {
      f.force(true);
    }
    see("force " + file);
  }

  /**
   * Forces a directory's entries (renames, new files) to the disk. Some systems (Windows) cannot
   * open a directory: there the rename is as durable as the file system makes it, as in Lucene.
   */
  public static void forceDirectory(Path dir) throws IOException {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      if (!System.getProperty("os.name", "").startsWith("Windows")) throw e;
    }
    see("force-dir " + dir);
  }

  private static void see(String event) {
    Consumer<String> w = witness;
    if (w != null) w.accept(event);
  }
}
