package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.marsad.nlp.story.BCubed;

/**
 * Whether a story-clustering variant's B-cubed change on a gold split is beyond noise: a paired
 * bootstrap over gold <em>stories</em> (a few large stories dominate B-cubed on ~180 articles, so
 * resampling articles would understate the spread). Reads two prediction files written by
 * {@code StoryVariants -Ddump=PREFIX} for the same split (url, gold story, gold event, predicted
 * story, predicted event) and prints both scores and the distribution of the story-level F1
 * difference (variant − baseline) over 1,000 resamples (seed fixed).
 *
 * <pre>bench/run StoryBootstrap BASELINE.tsv VARIANT.tsv</pre>
 */
public final class StoryBootstrap {
  private static final int RESAMPLES = 1000;

  private record Row(String goldStory, String predicted) {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: bench/run StoryBootstrap BASELINE.tsv VARIANT.tsv   (files written by StoryVariants -Ddump=PREFIX)");
      System.exit(2);
    }
    Map<String, Row> base = read(Path.of(args[0]));
    Map<String, Row> variant = read(Path.of(args[1]));
    if (!base.keySet().equals(variant.keySet())) throw new IllegalArgumentException("the two files label different articles");
    Map<String, List<String>> byStory = new TreeMap<>();
    base.forEach((url, r) -> byStory.computeIfAbsent(r.goldStory(), k -> new ArrayList<>()).add(url));
    List<String> stories = new ArrayList<>(byStory.keySet());
    BCubed.Score b = score(base, base.keySet()), v = score(variant, variant.keySet());
    System.out.printf(Locale.ROOT, "baseline P/R/F1 %.4f / %.4f / %.4f   variant %.4f / %.4f / %.4f   (%d articles, %d gold stories)%n",
        b.precision(), b.recall(), b.f1(), v.precision(), v.recall(), v.f1(), base.size(), stories.size());
    Random random = new Random(7);
    double[] deltas = new double[RESAMPLES];
    for (int i = 0; i < RESAMPLES; i++) {
      Map<String, String> gold = new HashMap<>(), pb = new HashMap<>(), pv = new HashMap<>();
      Map<String, Integer> copies = new HashMap<>();
      for (int k = 0; k < stories.size(); k++) {
        String story = stories.get(random.nextInt(stories.size()));
        // A story drawn twice is two stories, and its second copy a replica of the whole sample:
        // the n-th copies of all drawn stories share predicted labels among themselves only, so a
        // copy is never counted as wrongly merged with its own twin, while merges between
        // different stories are kept.
        int copy = copies.merge(story, 1, Integer::sum) - 1;
        for (String url : byStory.get(story)) {
          String item = k + "|" + url;
          gold.put(item, k + "|" + story);
          pb.put(item, copy + "|" + base.get(url).predicted());
          pv.put(item, copy + "|" + variant.get(url).predicted());
        }
      }
      deltas[i] = BCubed.score(pv, gold).f1() - BCubed.score(pb, gold).f1();
    }
    java.util.Arrays.sort(deltas);
    long above = java.util.Arrays.stream(deltas).filter(d -> d > 0).count();
    System.out.printf(Locale.ROOT, "story F1 difference: median %+.4f, 90%% interval [%+.4f, %+.4f], share > 0: %.2f%n",
        deltas[RESAMPLES / 2], deltas[RESAMPLES / 20], deltas[RESAMPLES - RESAMPLES / 20 - 1], above / (double) RESAMPLES);
  }

  private static BCubed.Score score(Map<String, Row> rows, java.util.Set<String> urls) {
    Map<String, String> gold = new HashMap<>(), predicted = new HashMap<>();
    for (String u : urls) { gold.put(u, rows.get(u).goldStory()); predicted.put(u, rows.get(u).predicted()); }
    return BCubed.score(predicted, gold);
  }

  private static Map<String, Row> read(Path file) throws Exception {
    Map<String, Row> out = new TreeMap<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank()) continue;
      String[] f = line.split("\t");
      out.put(f[0], new Row(f[1], f[3]));
    }
    return out;
  }
}
