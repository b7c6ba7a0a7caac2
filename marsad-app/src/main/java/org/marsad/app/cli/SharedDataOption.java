package org.marsad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --shared DIR} option of commands that read the third-party datasets. */
final class SharedDataOption {
  @Option(names = "--shared", paramLabel = "DIR",
      description = "Folder holding data/… (default: ../shared, or the marsad.shared system property).")
  Path shared;

  /** A dataset path; IllegalArgumentException (exit 1) naming it when it is missing. */
  Path resolve(String relative) {
    Path root = shared != null ? shared
        : Path.of(System.getProperty("marsad.shared", Path.of("..", "shared").toString()));
    Path p = root.resolve(relative);
    if (!Files.exists(p)) {
      throw new IllegalArgumentException(p.toAbsolutePath().normalize() + ": dataset not found (use --shared DIR)");
    }
    return p;
  }
}
