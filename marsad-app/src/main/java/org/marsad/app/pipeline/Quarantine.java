package org.marsad.app.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Where inputs that could not be read or analysed are kept for a human to look at:
 * {@code DATA/quarantine/<n>-<name>} holds the offending bytes when the reader supplied them,
 * and {@code DATA/quarantine/reasons.tsv} gets one line per failure:
 * {@code time <TAB> origin <TAB> reason <TAB> file-or-dash}.
 */
public final class Quarantine {
  public static final String REASONS = "reasons.tsv";
  private static final int MAX_NAME = 80;

  private final Path dir;
  private final AtomicLong sequence = new AtomicLong();

  public Quarantine(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** Records one failure; never throws for a failure it cannot record (it says so on stderr). */
  public synchronized void add(String origin, String reason, byte[] bytes) {
    try {
      Files.createDirectories(dir);
      String file = "-";
      if (bytes != null) {
        file = System.currentTimeMillis() + "-" + sequence.incrementAndGet() + "-" + safeName(origin);
        Files.write(dir.resolve(file), bytes);
      }
      String line = Instant.now().truncatedTo(ChronoUnit.SECONDS) + "\t" + oneLine(origin) + "\t" + oneLine(reason) + "\t" + file + "\n";
      Files.writeString(dir.resolve(REASONS), line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      System.err.println("marsad: cannot write to quarantine " + dir + ": " + e.getMessage());
    }
  }

  /** The last path segment of an origin, reduced to characters safe in a file name. */
  static String safeName(String origin) {
    if (origin == null || origin.isBlank()) return "input";
    String tail = origin.replaceAll("[/\\\\]+$", "");
    tail = tail.substring(Math.max(tail.lastIndexOf('/'), tail.lastIndexOf('\\')) + 1);
    String safe = tail.replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    if (safe.length() > MAX_NAME) safe = safe.substring(safe.length() - MAX_NAME);
    return safe.isEmpty() ? "input" : safe;
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
  }

  /** Lines recorded so far (for tests and summaries). */
  public long count() {
    Path reasons = dir.resolve(REASONS);
    if (!Files.exists(reasons)) return 0;
    try (var lines = Files.lines(reasons)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
