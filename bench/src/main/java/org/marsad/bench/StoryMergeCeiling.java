package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.nlp.story.BCubed;

/**
 * The most any merging of predicted stories could gain on a gold split: a diagnostic for story
 * aliases (chain merging). Merging never splits a predicted story, so its best outcome is the best
 * coarsening of the predictions. This finds one greedily, with the gold labels in hand (an upper
 * bound to read, not a method): at each step it merges the pair of predicted stories that raises
 * story-level B-cubed F1 most, and prints each merge with the gold stories on both sides.
 *
 * <pre>bench/run StoryMergeCeiling PREDICTIONS.tsv   (a file written by StoryVariants -Ddump=PREFIX)</pre>
 */
public final class StoryMergeCeiling {
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: bench/run StoryMergeCeiling PREDICTIONS.tsv   (written by StoryVariants -Ddump=PREFIX)");
      System.exit(2);
    }
    Map<String, String> gold = new HashMap<>(), predicted = new HashMap<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (line.isBlank()) continue;
      String[] f = line.split("\t"); // url, gold story, gold event, predicted story, predicted event
      gold.put(f[0], f[1]);
      predicted.put(f[0], f[3]);
    }
    BCubed.Score best = BCubed.score(predicted, gold);
    print("predictions", best);
    while (true) {
      List<String> labels = new ArrayList<>(new TreeSet<>(predicted.values()));
      String keep = null, gone = null;
      for (int i = 0; i < labels.size(); i++) {
        for (int j = i + 1; j < labels.size(); j++) {
          BCubed.Score s = BCubed.score(merged(predicted, labels.get(i), labels.get(j)), gold);
          if (s.f1() > best.f1() + 1e-9) { best = s; keep = labels.get(i); gone = labels.get(j); }
        }
      }
      if (keep == null) break;
      String line = String.format(Locale.ROOT, "merge %s %s + %s %s", keep, composition(predicted, gold, keep), gone,
          composition(predicted, gold, gone));
      predicted = merged(predicted, keep, gone);
      print(line, best);
    }
  }

  private static Map<String, String> merged(Map<String, String> predicted, String keep, String gone) {
    Map<String, String> out = new HashMap<>(predicted);
    out.replaceAll((url, story) -> story.equals(gone) ? keep : story);
    return out;
  }

  /** Gold stories of a predicted story's labelled articles, with counts. */
  private static Map<String, Integer> composition(Map<String, String> predicted, Map<String, String> gold, String story) {
    Map<String, Integer> out = new TreeMap<>();
    predicted.forEach((url, s) -> { if (s.equals(story)) out.merge(gold.get(url), 1, Integer::sum); });
    return out;
  }

  private static void print(String what, BCubed.Score s) {
    System.out.printf(Locale.ROOT, "%s -> story P/R/F1 %.4f / %.4f / %.4f%n", what, s.precision(), s.recall(), s.f1());
  }
}
