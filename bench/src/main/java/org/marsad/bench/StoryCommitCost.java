package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.marsad.nlp.story.Story;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInput;

/**
 * What the story state costs an ingest at its commits (session 24, lane stories24): places a {@link StoryVariants}
 * cache's articles in order and saves to {@code DIR} every {@code EVERY} articles (as {@code ingest --commit-every}
 * does), reopening from {@code DIR} after every {@code REOPEN}-th save (0: never; a re-run of the ingest). Prints the
 * total and largest save CPU (the saving thread's, which the shared machine's load moves far less than the wall
 * time) and wall time, the bytes the saves wrote ({@code wchar} of {@code /proc/self/io}), each reopen's CPU and
 * wall, the final files' sizes, the CPU of opening the final directory, and a CRC of every story (id, articles,
 * label) and of every article's event, in memory at the end and after the final open: two builds on the same
 * cache must print the same CRCs. {@code -Dplain=true} also places the stream once without saving and prints its
 * CRCs (an uninterrupted process); {@code -DotherWindows=PT6H} also opens the final directory with those event and
 * link windows (a build with other rules) and prints its CRCs (session 25). Uses only the public story API, so an older build's marsad-nlp jar runs it too.
 *
 * <pre>bench/run StoryCommitCost CACHE_FILE DIR [EVERY [REOPEN]]</pre>
 */
public final class StoryCommitCost {
  private StoryCommitCost() {}

  public static void main(String[] args) throws Exception {
    List<StoryInput> stream = StoryVariants.read(Path.of(args[0])).stream().map(StoryVariants.Input::in).toList();
    Path dir = Path.of(args[1]);
    int every = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    int reopen = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    Files.createDirectories(dir);
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    StoryClusterer.Settings settings = StoryClusterer.Settings.defaults();

    if (Boolean.getBoolean("plain")) {
      StoryClusterer plain = new StoryClusterer(settings);
      long c0 = cpu.getCurrentThreadCpuTime();
      for (StoryInput in : stream) plain.assign(in);
      System.out.printf(Locale.ROOT, "plain: placing %.1f s cpu; %s%n", (cpu.getCurrentThreadCpuTime() - c0) / 1e9, crcs(plain, stream));
    }

    StoryClusterer c = new StoryClusterer(settings);
    long placeCpu = 0, saveCpu = 0, saveWall = 0, maxSaveCpu = 0, written = 0, openCpu = 0, openWall = 0;
    int saves = 0, opens = 0;
    for (int i = 0; i < stream.size(); i++) {
      long p = cpu.getCurrentThreadCpuTime();
      c.assign(stream.get(i));
      placeCpu += cpu.getCurrentThreadCpuTime() - p;
      if ((i + 1) % every == 0 || i == stream.size() - 1) {
        long w0 = wchar(), t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
        c.save(dir);
        long sc = cpu.getCurrentThreadCpuTime() - c0;
        saveCpu += sc;
        maxSaveCpu = Math.max(maxSaveCpu, sc);
        saveWall += System.nanoTime() - t0;
        written += wchar() - w0;
        saves++;
        if (reopen > 0 && saves % reopen == 0 && i < stream.size() - 1) {
          t0 = System.nanoTime();
          c0 = cpu.getCurrentThreadCpuTime();
          c = StoryClusterer.open(dir, settings);
          openCpu += cpu.getCurrentThreadCpuTime() - c0;
          openWall += System.nanoTime() - t0;
          opens++;
        }
      }
    }
    System.out.printf(Locale.ROOT, "%d articles, a save every %d: %d saves, save cpu %.2f s total (largest %.2f s), wall %.2f s; "
            + "%,d bytes written; placing %.1f s cpu; %d reopens %.2f s cpu %.2f s wall; load %s%n",
        stream.size(), every, saves, saveCpu / 1e9, maxSaveCpu / 1e9, saveWall / 1e9, written, placeCpu / 1e9, opens,
        openCpu / 1e9, openWall / 1e9, load());
    try (var files = Files.list(dir)) {
      files.sorted().forEach(f -> System.out.printf(Locale.ROOT, "  %s %,d bytes%n", f.getFileName(), size(f)));
    }
    String inMemory = crcs(c, stream);
    long t0 = System.nanoTime(), c0 = cpu.getCurrentThreadCpuTime();
    StoryClusterer reopened = StoryClusterer.open(dir, settings);
    System.out.printf(Locale.ROOT, "final open %.2f s cpu %.2f s wall; load %s%n", (cpu.getCurrentThreadCpuTime() - c0) / 1e9,
        (System.nanoTime() - t0) / 1e9, load());
    System.out.printf(Locale.ROOT, "in memory: %s%nreopened:  %s%n", inMemory, crcs(reopened, stream));
    String other = System.getProperty("otherWindows");
    if (other != null) {
      // the final directory opened by a build with other windows (session 25): a journal of version 3 reopens the
      // writing build's state exactly; older journals were placed again under the reader's windows
      java.time.Duration w = java.time.Duration.parse(other);
      StoryClusterer.Settings d = settings;
      StoryClusterer.Settings s = new StoryClusterer.Settings(d.joinThreshold(), d.linkThreshold(), d.entityWeight(),
          w, w, d.linkEntityFloor(), d.storyAgreement(), d.agreementTextGate(), d.broadStoryTextGate(), d.subjectShare(),
          d.subjectless(), d.broadStoryAgreement(), d.anchorCosine(), d.youngStoryLink(), d.sectionFreeAnchor(), d.sectionFreeLink());
      c0 = cpu.getCurrentThreadCpuTime();
      StoryClusterer read = StoryClusterer.open(dir, s);
      System.out.printf(Locale.ROOT, "reopened with windows %s (%.2f s cpu): %s%n", w,
          (cpu.getCurrentThreadCpuTime() - c0) / 1e9, crcs(read, stream));
    }
  }

  /** CRCs of the stories (id, articles, label) and of each article's event, and the count of stories. */
  static String crcs(StoryClusterer c, List<StoryInput> stream) {
    StringBuilder b = new StringBuilder();
    List<Story> stories = c.stories(null, null);
    for (Story s : stories) b.append(s.id()).append('\t').append(s.articleIds()).append('\t').append(s.label()).append('\n');
    StringBuilder e = new StringBuilder();
    for (StoryInput in : stream) e.append(c.eventOf(in.id())).append('\n');
    return String.format(Locale.ROOT, "stories %d, stories+labels CRC %s, events CRC %s", stories.size(), crc(b), crc(e));
  }

  private static String crc(CharSequence s) {
    CRC32 crc = new CRC32();
    crc.update(s.toString().getBytes(StandardCharsets.UTF_8));
    return Long.toHexString(crc.getValue());
  }

  /** Bytes this process has passed to write(2) so far. */
  private static long wchar() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/io"))) {
      if (line.startsWith("wchar:")) return Long.parseLong(line.substring(6).trim());
    }
    return 0;
  }

  private static long size(Path f) {
    try {
      return Files.size(f);
    } catch (Exception e) {
      return -1;
    }
  }

  private static String load() throws Exception {
    return Files.readString(Path.of("/proc/loadavg")).trim();
  }
}
