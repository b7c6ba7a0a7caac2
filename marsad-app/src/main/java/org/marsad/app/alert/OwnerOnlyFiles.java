package org.marsad.app.alert;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.marsad.nlp.io.DurableFiles;

/** Writes files that may hold secrets (tokens, webhook URLs) readable by their owner only. */
public final class OwnerOnlyFiles {
  private OwnerOnlyFiles() {}

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  /** Replaces {@code target} with {@code bytes} atomically (write a temporary sibling, then move it). */
  public static void writeAtomically(Path target, byte[] bytes) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = POSIX
        ? Files.createTempFile(dir, target.getFileName().toString(), ".tmp",
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
    try {
      Files.write(tmp, bytes);
      DurableFiles.force(tmp); // then the rename, then the directory: see DurableFiles
      try {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      DurableFiles.forceDirectory(dir);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Restricts an existing file to its owner (no-op where the file system has no POSIX permissions). */
  public static void restrict(Path file) throws IOException {
    if (POSIX) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
  }
}
