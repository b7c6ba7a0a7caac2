package org.marsad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks of evaluation inputs shared by the {@code marsad eval} commands: a missing, empty or
 * wrong input is one line and exit 1 (README, "Exit codes"), never a table of zeros that reads
 * like a score.
 */
final class EvalInputs {
  private EvalInputs() {}

  /** {@code file} is a regular file (a directory is named as one, not as missing). */
  static void requireFile(Path file) {
    if (Files.isDirectory(file)) throw new IllegalArgumentException(file + ": a directory, not a file");
    if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such file");
  }

  /** Something to score: {@code count} items of {@code what} were read from {@code source}. */
  static void requireSome(long count, String what, Object source) {
    if (count == 0) throw new IllegalArgumentException(source + ": no " + what + " to evaluate (an empty or wrong file?)");
  }
}
