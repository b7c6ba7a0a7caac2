package org.marsad.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ArticleStore;

/**
 * Crash safety with a real process: an ingest killed with SIGKILL part-way leaves an index that
 * opens cleanly at its last commit, and running the same ingest again ends with every distinct
 * article stored exactly once.
 */
class KillAndResumeTest {
  static final int N = 2000;
  static final int COMMIT_EVERY = 150;

  @TempDir Path data;

  @Test
  void kill_9_mid_ingest_then_rerun_stores_every_article_exactly_once() throws Exception {
    int distinct = TestInputs.distinctSynthetic(N);

    // 1. Start, wait for a few commits, kill -9.
    Process first = start();
    long committedBeforeKill = 0;
    try (BufferedReader out = reader(first)) {
      for (String line; (line = out.readLine()) != null; ) {
        assertThat(line).doesNotStartWith("summary"); // it must not finish before we kill it
        if (line.startsWith("committed ")) committedBeforeKill = Long.parseLong(line.substring(10));
        if (committedBeforeKill >= 3L * COMMIT_EVERY) break;
      }
      first.destroyForcibly();
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(committedBeforeKill).isGreaterThanOrEqualTo(3L * COMMIT_EVERY);

    // 2. The index opens cleanly at its last commit: at least what was reported, not everything.
    assertClean();
    long afterKill;
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      afterKill = store.count();
    }
    assertThat(afterKill).isBetween(committedBeforeKill, (long) distinct - 1);

    // 3. Re-run to the end: only the missing articles are added.
    long[] second = runToEnd();
    assertThat(second[0]).isEqualTo(N);
    assertThat(second[1]).isEqualTo(distinct - afterKill);
    assertThat(second[1] + second[2]).isEqualTo(N);
    assertThat(second[3]).isZero();
    assertClean();

    // 4. A third run adds nothing.
    long[] third = runToEnd();
    assertThat(third[1]).isZero();
    assertThat(third[2]).isEqualTo(N);
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(data)) {
      assertThat(store.count()).isEqualTo(distinct);
    }
  }

  private Process start() throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    String cp = System.getProperty("java.class.path");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-Dfile.encoding=UTF-8", "-cp", cp,
        IngestWorkerMain.class.getName(), data.toString(), String.valueOf(N), String.valueOf(COMMIT_EVERY), "2"));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  private static BufferedReader reader(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  /** read, ingested, duplicates, failed of a run that completes. */
  private long[] runToEnd() throws Exception {
    Process p = start();
    String summary = null;
    try (BufferedReader out = reader(p)) {
      for (String line; (line = out.readLine()) != null; ) {
        if (line.startsWith("summary ")) summary = line;
      }
    }
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isZero();
    assertThat(summary).isNotNull();
    String[] f = summary.split(" ");
    return new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4])};
  }

  private void assertClean() throws IOException {
    try (Directory dir = FSDirectory.open(data.resolve("index")); CheckIndex check = new CheckIndex(dir)) {
      CheckIndex.Status status = check.checkIndex();
      assertThat(status.clean).isTrue();
    }
  }
}
