package org.marsad.testkit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the third-party datasets live for tests: {@code ../shared} beside the checkout
 * (system property {@code marsad.shared}, set by the build). Datasets are never copied into
 * the project; a test that needs one calls {@link #require} and is skipped, with a message
 * naming the missing path, on a machine that does not have it.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder (may not exist). */
  public static Path root() {
    String p = System.getProperty("marsad.shared");
    return p != null ? Path.of(p) : Path.of("..", "shared");
  }

  /** A path under the shared folder; skips the calling test when it is absent. */
  public static Path require(String relative) {
    Path p = root().resolve(relative);
    assumeTrue(Files.exists(p), () -> "skipped: needs " + p.toAbsolutePath().normalize()
        + " (the shared datasets beside the checkout, see shared/data/README.md)");
    return p;
  }

  /** The reference SANA story, {@code shared/seed/000_10efc35c20210809.txt}. */
  public static Path seedPath() {
    return require("seed/000_10efc35c20210809.txt");
  }

  /** The seed story's text. */
  public static String seedText() {
    try {
      return Files.readString(seedPath(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
