package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.lucene.IndexSwap;

/**
 * Crash and fault tests with real processes (issue 9): {@code kill -9} of a real
 * {@code marsad ingest} and {@code marsad reindex} at random moments, then a re-run; a write
 * failure in the middle of an ingest (a file-size limit, {@code ulimit -f}, makes the writes
 * fail with "File too large" as a full disk would), then a re-run once the limit is gone.
 * After every fault: the index opens and passes Lucene's CheckIndex, no id is in it twice,
 * everything it holds is in the article log, and the re-run ends with every distinct input
 * article present exactly once.
 *
 * <p>CI runs 3 kill points each on 24 articles; the 20-point run is
 * {@code -Dmarsad.crash.points=20 -Dmarsad.crash.docs=60} (bench/RESULTS.md, issue 9). The
 * seed ({@code -Dmarsad.crash.seed}) and every delay are printed, so a failing point can be
 * replayed.
 */
class TestCrashRecovery {
  static final int POINTS = Integer.getInteger("marsad.crash.points", 3);
  static final int DOCS = Integer.getInteger("marsad.crash.docs", 24);
  static final long SEED = Long.getLong("marsad.crash.seed", 20261203L);

  @TempDir static Path work;
  static Path input;
  static int distinct;
  static Path reference;
  static Set<String> expected;
  static long ingestMillis;
  /** From the first article appended to the log to the end of the reference ingest. */
  static long ingestPhaseMillis;

  @BeforeAll
  static void ingestTheReference() throws Exception {
    input = work.resolve("wires.jsonl");
    distinct = DataDirCheck.writeInput(input, DOCS);
    reference = work.resolve("reference");
    MarsadProcess p = ingest(reference, "reference", null);
    long firstAppend = p.awaitNonEmpty(firstSegment(reference));
    assertThat(p.waitFor(600)).as(p.err()).isZero();
    ingestMillis = p.millisSinceStart();
    ingestPhaseMillis = ingestMillis - Math.max(0, firstAppend);
    DataDirCheck ref = DataDirCheck.of(reference);
    assertThat(ref.indexIds()).hasSize(distinct);
    assertThat(ref.duplicatedInIndex()).isZero();
    assertThat(ref.logIds()).isEqualTo(ref.indexIds().keySet());
    expected = Set.copyOf(ref.indexIds().keySet());
    System.out.printf(Locale.ROOT, "crash tests: seed %d, %d points, %d input lines (%d distinct); reference ingest %d ms, %d ms of it after the first article was logged%n",
        SEED, POINTS, DOCS, distinct, ingestMillis, ingestPhaseMillis);
  }

  private static MarsadProcess ingest(Path data, String name, String shellPrefix) throws IOException {
    return MarsadProcess.start(work.resolve("logs"), name, shellPrefix, "ingest", "--data", data.toString(),
        "--threads", "2", "--commit-every", "3", input.toString());
  }

  @Test
  void kill_9_during_ingest_at_random_points_then_a_rerun_has_every_article_exactly_once() throws Exception {
    Random random = new Random(SEED);
    long lost = 0, duplicated = 0, killedMidway = 0;
    for (int point = 0; point < POINTS; point++) {
      Path data = work.resolve("ingest-" + point);
      // A random moment of the ingest proper: JVM start and model loading take most of a small
      // run's time, and a kill there proves nothing about the data.
      long after = (long) (random.nextDouble() * ingestPhaseMillis);
      MarsadProcess first = ingest(data, "ingest-" + point, null);
      long firstAppend = first.awaitNonEmpty(firstSegment(data));
      long delay = firstAppend < 0 ? first.millisSinceStart() : firstAppend + after;
      boolean killed = first.killAfter(delay);
      DataDirCheck afterKill = DataDirCheck.of(data);
      assertAfterFault(afterKill);
      if (killed && !afterKill.indexIds().isEmpty() && afterKill.indexIds().size() < distinct) killedMidway++;

      MarsadProcess rerun = ingest(data, "ingest-" + point + "-rerun", null);
      assertThat(rerun.waitFor(600)).as(rerun.err()).isZero();
      DataDirCheck done = DataDirCheck.of(data);
      long lostHere = expected.stream().filter(id -> !done.indexIds().containsKey(id)).count();
      lost += lostHere;
      duplicated += done.duplicatedInIndex();
      System.out.printf(Locale.ROOT,
          "ingest kill point %d: SIGKILL %d ms after the first logged article, %d ms after start (%s); after the kill %d in the index, %d in the log%s; after the re-run %d, lost %d, duplicated %d%n",
          point, after, delay, killed ? "killed" : "had finished", afterKill.indexIds().size(), afterKill.logIds().size(),
          afterKill.tornTail() ? " (torn last record)" : "", done.indexIds().size(), lostHere, done.duplicatedInIndex());
      assertThat(done.indexIds().keySet()).containsAll(afterKill.indexIds().keySet()); // nothing committed is lost
      assertThat(done.indexIds().keySet()).isEqualTo(expected);
      assertThat(done.logIds()).isEqualTo(expected);
      assertThat(done.logDamage()).isEmpty(); // the re-run cut a torn last record off
      assertThat(done.indexClean()).isTrue();
    }
    System.out.printf(Locale.ROOT, "ingest kills: %d points (%d mid-ingest), lost %d, duplicated %d%n", POINTS, killedMidway, lost, duplicated);
    assertThat(lost).isZero();
    assertThat(duplicated).isZero();
  }

  @Test
  void kill_9_during_reindex_at_random_points_then_a_rerun_rebuilds_every_article_exactly_once() throws Exception {
    Random random = new Random(SEED + 1);
    Path calibration = copyOfReference("reindex-calibration");
    MarsadProcess calib = reindex(calibration, "reindex-calibration");
    long building = calib.awaitNonEmpty(calibration.resolve("reindex.tmp").resolve("index"));
    assertThat(calib.waitFor(300)).as(calib.err()).isZero();
    long reindexMillis = calib.millisSinceStart() - Math.max(0, building);
    assertThat(DataDirCheck.of(calibration).indexIds().keySet()).isEqualTo(expected);

    long lost = 0, duplicated = 0;
    for (int point = 0; point < POINTS; point++) {
      Path data = copyOfReference("reindex-" + point);
      long after = (long) (random.nextDouble() * reindexMillis);
      MarsadProcess first = reindex(data, "reindex-" + point);
      long start = first.awaitNonEmpty(data.resolve("reindex.tmp").resolve("index"));
      long delay = start < 0 ? first.millisSinceStart() : start + after;
      boolean killed = first.killAfter(delay);
      IndexSwap.recover(data); // what every open of the store does first
      DataDirCheck afterKill = DataDirCheck.of(data);
      assertAfterFault(afterKill);
      assertThat(afterKill.indexIds().keySet()).as("a killed reindex leaves a whole index, the old or the new").isEqualTo(expected);

      MarsadProcess rerun = reindex(data, "reindex-" + point + "-rerun");
      assertThat(rerun.waitFor(300)).as(rerun.err()).isZero();
      DataDirCheck done = DataDirCheck.of(data);
      long lostHere = expected.stream().filter(id -> !done.indexIds().containsKey(id)).count();
      lost += lostHere;
      duplicated += done.duplicatedInIndex();
      System.out.printf(Locale.ROOT, "reindex kill point %d: SIGKILL %d ms into the rebuild of ~%d ms (%s); after the re-run %d in the index, lost %d, duplicated %d%n",
          point, after, reindexMillis, killed ? "killed" : "had finished", done.indexIds().size(), lostHere, done.duplicatedInIndex());
      assertThat(done.indexIds().keySet()).isEqualTo(expected);
      assertThat(done.indexClean()).isTrue();
      assertThat(Files.exists(data.resolve("index.old"))).isFalse();
    }
    System.out.printf(Locale.ROOT, "reindex kills: %d points, lost %d, duplicated %d%n", POINTS, lost, duplicated);
    assertThat(lost).isZero();
    assertThat(duplicated).isZero();
  }

  @Test
  void a_write_failure_mid_ingest_stops_it_with_one_line_and_a_rerun_completes() throws Exception {
    long logBytes = Files.size(reference.resolve("log").resolve("segment-000001.log"));
    long limitKiB = Math.max(8, logBytes / 2 / 1024); // the log's segment outgrows the limit half-way
    Path data = work.resolve("disk-full");
    MarsadProcess full = ingest(data, "disk-full", "ulimit -f " + limitKiB + ";");
    int exit = full.waitFor(600);
    String err = full.err();
    System.out.printf(Locale.ROOT, "disk full at %d KiB: exit %d, stderr:%n%s", limitKiB, exit, err);
    assertThat(exit).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(err).doesNotContain("\tat ").doesNotContain("Exception in thread");
    String last = err.strip().lines().reduce((a, b) -> b).orElse("");
    assertThat(last).startsWith("marsad: cannot write to " + data).contains("File too large")
        .contains("run the same command again");
    DataDirCheck afterFailure = DataDirCheck.of(data);
    assertAfterFault(afterFailure);
    assertThat(afterFailure.indexIds().size()).isLessThan(distinct);

    MarsadProcess rerun = ingest(data, "disk-full-rerun", null); // space is back
    assertThat(rerun.waitFor(600)).as(rerun.err()).isZero();
    DataDirCheck done = DataDirCheck.of(data);
    assertThat(done.indexIds().keySet()).containsAll(afterFailure.indexIds().keySet()).isEqualTo(expected);
    assertThat(done.duplicatedInIndex()).isZero();
    assertThat(done.logIds()).isEqualTo(expected);
    assertThat(done.logDamage()).isEmpty();
    assertThat(done.indexClean()).isTrue();
  }

  /** The invariants that must hold right after any fault, before anything repairs it. */
  private static void assertAfterFault(DataDirCheck c) {
    assertThat(c.indexClean()).as("CheckIndex").isTrue();
    assertThat(c.duplicatedInIndex()).as("ids in the index more than once").isZero();
    assertThat(c.realLogDamage()).as("log damage other than a torn last record").isEmpty();
    assertThat(c.logIds()).as("every indexed article is in the log").containsAll(c.indexIds().keySet());
    assertThat(expected).containsAll(c.indexIds().keySet());
  }

  private static Path firstSegment(Path data) {
    return data.resolve("log").resolve("segment-000001.log");
  }

  private static MarsadProcess reindex(Path data, String name) throws IOException {
    return MarsadProcess.start(work.resolve("logs"), name, null, "reindex", "--data", data.toString());
  }

  static Path copyOfReference(String name) throws IOException {
    Path to = work.resolve(name);
    try (Stream<Path> s = Files.walk(reference)) {
      for (Path p : s.toList()) {
        Path q = to.resolve(reference.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(q);
        else if (!p.getFileName().toString().equals("write.lock")) Files.copy(p, q, StandardCopyOption.REPLACE_EXISTING);
      }
    }
    return to;
  }
}
