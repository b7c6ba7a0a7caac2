package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.marsad.nlp.story.Story;
import org.marsad.nlp.story.StoryClusterer;

/**
 * The story state's size, save and open cost on a saved state (session 23, lanes stories23 and fixstories23): opens
 * {@code DIR/stories.bin} (any version this build reads), then {@code N} times saves it into {@code OUT} (in this
 * build's version) and reopens that. Prints per round the wall time and the CPU time of the saving/opening thread
 * (which the shared machine's load moves far less than the wall time), the file size and the load average; at the
 * end a CRC of every story's id, articles and label after the last reopen, and writes them to {@code OUT.labels.tsv}.
 * Run the same command with an older build's jars to compare versions on the same state: both must print the same
 * CRC. (Bit-exactness of the reopened internals is the test {@code StoryStateFileVersionTest}'s job.)
 *
 * <pre>bench/run StorySaveOpen DIR OUT [N]</pre>
 * or, for another build: {@code java -cp "bench/target/marsad-bench.jar:OTHER/lib/*" org.marsad.bench.StorySaveOpen …}
 * with OTHER's marsad-nlp in {@code OTHER/lib} (the bench jar uses only the public story API).
 */
public final class StorySaveOpen {
  private StorySaveOpen() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) throw new IllegalArgumentException("usage: StorySaveOpen DIR OUT [N]");
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    StoryClusterer c = StoryClusterer.open(Path.of(args[0]), StoryClusterer.Settings.defaults());
    Path out = Path.of(args[1]);
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    for (int i = 0; i < rounds; i++) {
      long wall = System.nanoTime(), thread = cpu.getCurrentThreadCpuTime();
      c.save(out);
      long saveWall = System.nanoTime() - wall, saveCpu = cpu.getCurrentThreadCpuTime() - thread;
      wall = System.nanoTime();
      thread = cpu.getCurrentThreadCpuTime();
      c = StoryClusterer.open(out, StoryClusterer.Settings.defaults());
      long openWall = System.nanoTime() - wall, openCpu = cpu.getCurrentThreadCpuTime() - thread;
      System.out.printf("save %.0f ms wall %.0f ms cpu; open %.0f ms wall %.0f ms cpu; stories.bin %,d bytes; load %s%n",
          saveWall / 1e6, saveCpu / 1e6, openWall / 1e6, openCpu / 1e6, Files.size(out.resolve("stories.bin")),
          Files.readString(Path.of("/proc/loadavg")).trim());
    }
    StringBuilder b = new StringBuilder();
    for (Story s : c.stories(null, null)) b.append(s.id()).append('\t').append(s.articleIds()).append('\t').append(s.label()).append('\n');
    CRC32 crc = new CRC32();
    crc.update(b.toString().getBytes(StandardCharsets.UTF_8));
    Files.writeString(Path.of(args[1] + ".labels.tsv"), b);
    System.out.printf("stories %d, articles+labels CRC %s%n", c.stories(null, null).size(), Long.toHexString(crc.getValue()));
  }
}
