package org.marsad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command that touches the index shares (default {@code ~/.marsad}). */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (index, quarantine). Default: ~/.marsad")
  Path data;

  Path dir() {
    Path dir = data != null ? data : Path.of(System.getProperty("user.home"), ".marsad");
    // said here once, rather than as "no index at FILE/index" or "FILE/index: Not a directory"
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": not a directory (--data names the data directory)");
    }
    return dir;
  }
}
