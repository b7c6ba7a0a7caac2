package org.marsad.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real {@code marsad} process (a fresh JVM running {@link MarsadCli} on the test class path),
 * for the crash tests: it can be killed with SIGKILL, or started under a shell limit
 * ({@code ulimit -f}) so that its writes fail as on a full disk. Output goes to files in
 * {@code logs}, read back by {@link #out()} and {@link #err()}.
 */
final class MarsadProcess {
  private final Process process;
  private final Path out;
  private final Path err;
  private final long started = System.nanoTime();

  private MarsadProcess(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /** Starts {@code marsad ARGS…}; {@code shellPrefix} (e.g. "ulimit -f 400;") runs first when not null. */
  static MarsadProcess start(Path logs, String name, String shellPrefix, String... args) throws IOException {
    Files.createDirectories(logs);
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-XX:-UsePerfData", "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), MarsadCli.class.getName()));
    cmd.addAll(List.of(args));
    if (shellPrefix != null) {
      StringBuilder sh = new StringBuilder(shellPrefix).append(" exec");
      for (String c : cmd) sh.append(" '").append(c.replace("'", "'\\''")).append('\'');
      cmd = List.of("bash", "-c", sh.toString());
    }
    Path o = logs.resolve(name + ".out");
    Path e = logs.resolve(name + ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(o.toFile()).redirectError(e.toFile()).start();
    return new MarsadProcess(p, o, e);
  }

  /** Waits for the end (at most {@code seconds}); the exit code. */
  int waitFor(long seconds) throws InterruptedException, IOException {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
      throw new AssertionError("marsad did not finish within " + seconds + " s; stderr: " + err());
    }
    return process.exitValue();
  }

  /**
   * Sends SIGKILL ({@code kill -9}: no shutdown hook, no flush) when the process is still
   * running after {@code millis} from its start; true when it was killed, false when it had
   * already finished.
   */
  boolean killAfter(long millis) throws InterruptedException {
    long left = millis - (System.nanoTime() - started) / 1_000_000;
    if (left > 0 && process.waitFor(left, TimeUnit.MILLISECONDS)) return false;
    if (!process.isAlive()) return false;
    process.destroyForcibly(); // SIGKILL on Linux
    process.waitFor();
    return true;
  }

  /** Sends SIGTERM (as Ctrl-C or {@code kill}: the shutdown hook runs), then waits for the end (at most {@code seconds}); the exit code. */
  int terminate(long seconds) throws InterruptedException, IOException {
    process.destroy(); // SIGTERM on Linux
    return waitFor(seconds);
  }

  /**
   * Waits until {@code file} exists and is not empty (a directory: exists; e.g. the first record appended to the
   * article log: the ingest proper has begun); the milliseconds since the start, or -1 when the
   * process ended first.
   */
  long awaitNonEmpty(Path file) throws InterruptedException {
    while (process.isAlive()) {
      if (file.toFile().length() > 0) return millisSinceStart();
      Thread.sleep(10);
    }
    return -1;
  }

  long millisSinceStart() {
    return (System.nanoTime() - started) / 1_000_000;
  }

  String out() throws IOException {
    return Files.readString(out, StandardCharsets.UTF_8);
  }

  String err() throws IOException {
    return Files.readString(err, StandardCharsets.UTF_8);
  }
}
