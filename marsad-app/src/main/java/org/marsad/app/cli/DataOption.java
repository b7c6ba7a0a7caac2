package org.marsad.app.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command that touches the index shares (default {@code ~/.marsad}). */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", description = "Data directory (index, quarantine). Default: ~/.marsad")
  Path data;

  Path dir() {
    return data != null ? data : Path.of(System.getProperty("user.home"), ".marsad");
  }
}
