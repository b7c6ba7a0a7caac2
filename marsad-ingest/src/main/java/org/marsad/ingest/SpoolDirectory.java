package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The directory where streams are copied to be read as files ({@link ReadOptions#spoolDir}): the prefix
 * of every copy's name, and the clean-up of the copies a killed reader left.
 */
public final class SpoolDirectory {
  /** How the name of every copy starts, so that {@link #clean} deletes nothing else. */
  public static final String PREFIX = "marsad-spool-";

  private SpoolDirectory() {}

  /**
   * Deletes what a reader left in {@code dir} (a process killed while a stream was copied there); the
   * directory is created when missing. Call it only while no other process reads with it (Marsad: while
   * the data directory is locked for writing).
   */
  public static void clean(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (DirectoryStream<Path> left = Files.newDirectoryStream(dir, PREFIX + "*")) {
      for (Path p : left) Files.deleteIfExists(p);
    }
  }
}
