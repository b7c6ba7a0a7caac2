package org.marsad.nlp.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testkit.SharedData;

/**
 * Crash safety of the story state with a real process (session 24): a {@link StoryKillWorker} saving every 5 real
 * articles (journal appends, and a whole state file each time the journal would pass its share) is killed with SIGKILL
 * at random moments, again and again; after each kill the directory opens to the uninterrupted run's state at a save
 * point, holding at least every save the worker reported returned (review 24 F3), and a last run to the end (placing the
 * articles again, those already saved being skipped) ends with the stories, labels, events and placements of an
 * uninterrupted run. The moments are random (seeded); {@link StoryStateDamagedFileTest} cuts the journal at every
 * byte and {@link StoryJournalTest} leaves a compaction's old journal behind, the two places a kill can land in.
 */
class StoryStateKillTest {
  private static final int N = 480;
  private static final int EVERY = 5;

  @Test
  void kill_9_at_random_moments_then_a_rerun_ends_with_the_uninterrupted_stories(@TempDir Path dir) throws Exception {
    SharedData.require("data/saudinewsnet/2015-07-21.zip");
    List<StoryInput> stream = StoryKillWorker.stream();
    StoryClusterer plain = new StoryClusterer();
    for (StoryInput in : stream.subList(0, N)) plain.assign(in);
    String expected = StoryKillWorker.crc(plain, stream.subList(0, N));
    // the state at every save point of an uninterrupted run, by the articles placed (review 24 F3)
    java.util.Map<Integer, String> atSave = new java.util.HashMap<>();
    StoryClusterer step = new StoryClusterer();
    for (int i = 0; i < N; i++) {
      step.assign(stream.get(i));
      if ((i + 1) % EVERY == 0) atSave.put(i + 1, StoryKillWorker.crc(step, stream.subList(0, N)));
    }

    Random random = new Random(24);
    int kills = 0, lastSaved = 0, withJournal = 0;
    for (int round = 0; round < 6 && lastSaved < N - 60; round++) {
      Process p = start(dir);
      int target = lastSaved + 20 + random.nextInt(60);
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = out.readLine()) != null; ) {
          assertThat(line).as("killed before the end").doesNotStartWith("state");
          if (line.startsWith("saved ")) lastSaved = Integer.parseInt(line.substring(6));
          if (lastSaved >= target) break;
        }
        Thread.sleep(random.nextInt(40)); // somewhere in the next placements or save
        p.destroyForcibly();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      }
      kills++;
      // opens after every kill, to the state of a save point, holding every save that returned before the kill
      StoryClusterer opened = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
      int held = 0;
      while (held < N && opened.eventOf(stream.get(held).id()) != null) held++;
      assertThat(held).as("articles held after kill %d (last save returned at %d)", kills, lastSaved)
          .isGreaterThanOrEqualTo(lastSaved);
      assertThat(StoryKillWorker.crc(opened, stream.subList(0, N))).as("the state after kill %d", kills)
          .isEqualTo(atSave.get(held));
      // (right after a compaction there is no journal until the next save appends)
      if (Files.exists(dir.resolve(StoryJournal.FILE_NAME))) withJournal++;
    }
    assertThat(kills).isGreaterThanOrEqualTo(4);
    assertThat(withJournal).as("kills that left a journal to open").isPositive();

    Process last = start(dir);
    String state = null;
    try (BufferedReader out = new BufferedReader(new InputStreamReader(last.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = out.readLine()) != null; ) if (line.startsWith("state ")) state = line.substring(6);
    }
    assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(last.exitValue()).isZero();
    assertThat(state).isEqualTo(expected);
    assertThat(StoryKillWorker.crc(StoryClusterer.open(dir, StoryClusterer.Settings.defaults()), stream.subList(0, N)))
        .isEqualTo(expected);
    try (var files = Files.list(dir)) {
      System.out.printf("%d kills, %d leaving a journal; files at the end: %s%n", kills, withJournal,
          files.map(f -> f.getFileName().toString()).toList());
    }
  }

  private static Process start(Path dir) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx512m", "-Dfile.encoding=UTF-8",
        "-Dmarsad.shared=" + SharedData.root().toAbsolutePath(), "-cp",
        System.getProperty("java.class.path"), StoryKillWorker.class.getName(), dir.toString(), String.valueOf(N),
        String.valueOf(EVERY)));
    return new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }
}
