package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.nlp.story.Story;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInput;

/**
 * The story state's save and open cost on a real stream, and whether its save points change its stories
 * (session 21). Places a {@link StoryVariants} cache's articles in their order twice: once without saving, once
 * saving to {@code DIR} and reopening from it every {@code EVERY} articles (as {@code ingest --commit-every}
 * followed by a re-run would); prints each save's and open's time, the file size, and how many articles the two
 * runs placed in another event, and how many stories got another label. The cache is read by
 * {@link StoryVariants#read} (one reader of its layout); an older build is measured with its own bench jar.
 *
 * <pre>bench/run StorySaveCost CACHE_FILE DIR [EVERY]</pre>
 */
public final class StorySaveCost {
  private StorySaveCost() {}

  public static void main(String[] args) throws Exception {
    List<StoryInput> stream = StoryVariants.read(Path.of(args[0])).stream().map(StoryVariants.Input::in).toList();
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
    Map<String, String> labels = new HashMap<>();
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
}
