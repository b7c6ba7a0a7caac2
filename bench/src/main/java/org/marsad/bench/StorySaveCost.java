package org.marsad.bench;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.marsad.nlp.story.Story;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInput;

/**
 * The story state's save and open cost on a real stream, and whether its save points change its stories
 * (session 21). Places a {@link StoryVariants} cache's articles in their order twice: once without saving, once
 * saving to {@code DIR} and reopening from it every {@code EVERY} articles (as {@code ingest --commit-every}
 * followed by a re-run would); prints each save's and open's time, the file size, and how many articles the two
 * runs placed in another event, and how many stories got another label. Uses the clusterer's public API only, so
 * the same file runs against an older build: {@code java -cp "OLD/marsad-bench.jar:OLD/lib/*" StorySaveCost.java …}.
 *
 * <pre>bench/run StorySaveCost CACHE_FILE DIR [EVERY]</pre>
 */
public final class StorySaveCost {
  private StorySaveCost() {}

  public static void main(String[] args) throws Exception {
    List<StoryInput> stream = read(Path.of(args[0]));
    Path dir = Path.of(args[1]);
    int every = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
    Files.createDirectories(dir);

    StoryClusterer plain = new StoryClusterer();
    long t0 = System.nanoTime();
    for (StoryInput in : stream) plain.assign(in);
    double placing = (System.nanoTime() - t0) / 1e6;

    StoryClusterer saved = new StoryClusterer();
    List<Double> saves = new ArrayList<>(), opens = new ArrayList<>();
    for (int i = 0; i < stream.size(); i++) {
      saved.assign(stream.get(i));
      if ((i + 1) % every == 0 || i == stream.size() - 1) {
        long s = System.nanoTime();
        saved.save(dir);
        saves.add((System.nanoTime() - s) / 1e6);
        long o = System.nanoTime();
        saved = StoryClusterer.open(dir, StoryClusterer.Settings.defaults());
        opens.add((System.nanoTime() - o) / 1e6);
      }
    }
    int moved = 0;
    for (StoryInput in : stream) if (!plain.eventOf(in.id()).equals(saved.eventOf(in.id()))) moved++;
    List<Story> a = plain.stories(null, null), b = saved.stories(null, null);
    java.util.Map<String, String> labels = new java.util.HashMap<>();
    for (Story s : a) labels.put(s.id() + "|" + s.articleIds().size(), s.label());
    int sameStories = 0, otherLabel = 0;
    for (Story s : b) {
      String l = labels.get(s.id() + "|" + s.articleIds().size());
      if (l == null) continue;
      sameStories++;
      if (!l.equals(s.label())) otherLabel++;
    }
    System.out.printf(Locale.ROOT, "%d articles, %s to %s; placing without saves %.0f ms (%.3f ms/article)%n",
        stream.size(), stream.get(0).published(), stream.get(stream.size() - 1).published(), placing, placing / stream.size());
    System.out.printf(Locale.ROOT, "saved and reopened every %d: %d saves, save ms mean %.1f max %.1f (last %.1f); open ms mean %.1f max %.1f (last %.1f); %s %,d bytes%n",
        every, saves.size(), mean(saves), max(saves), saves.get(saves.size() - 1), mean(opens), max(opens), opens.get(opens.size() - 1),
        "stories.bin", Files.size(dir.resolve("stories.bin")));
    System.out.printf(Locale.ROOT, "placed in another event than without saves: %d of %d; stories %d vs %d; of the %d with the same id and size, %d with another label%n",
        moved, stream.size(), a.size(), b.size(), sameStories, otherLabel);
  }

  private static double mean(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
  }

  private static double max(List<Double> xs) {
    return xs.stream().mapToDouble(Double::doubleValue).max().orElse(0);
  }

  /** The clusterer inputs of a {@link StoryVariants} cache, in its order (the same layout as {@code StoryVariants.read}). */
  static List<StoryInput> read(Path cache) throws Exception {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(cache))))) {
      int n = in.readInt();
      List<StoryInput> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        in.readUTF(); // url
        String id = in.readUTF();
        String title = in.readUTF();
        byte[] text = new byte[in.readInt()];
        in.readFully(text);
        String source = in.readUTF();
        Instant t = Instant.ofEpochSecond(in.readLong());
        int k = in.readInt();
        Set<String> entities = new LinkedHashSet<>();
        for (int j = 0; j < k; j++) entities.add(in.readUTF());
        out.add(new StoryInput(id, title.isEmpty() ? null : title, new String(text, java.nio.charset.StandardCharsets.UTF_8),
            source.isEmpty() ? null : source, t, entities));
      }
      return out;
    }
  }
}
