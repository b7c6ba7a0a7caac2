package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.nlp.story.Story;
import org.marsad.nlp.story.StoryClusterer;

/**
 * Judged member pairs against a clustering: clusters a {@link StoryVariants} cache at the default settings and
 * counts, among the hand-judged article pairs of {@code bench/audit/story-purity.tsv} (see bench/story-purity.py)
 * found in the cache, the pairs judged {@code other} (only the same topic or genre) that still share a story and
 * those judged {@code event} or {@code story} that do. A variant that cuts topic chains should lower the first
 * count without lowering the second; the pairs were drawn from the largest stories of one ingest, so the figure
 * is a proxy for the event purity of another clustering of the same days, not a sample of it.
 *
 * <pre>bench/run StoryPairs CACHE_FILE [JUDGMENTS_TSV]</pre> ({@code -Dsubject=X}: the named-subject share, 0 = off;
 * {@code -Dsubjectless=A}: its answer to a link with no subject, see {@link StoryClusterer.Settings.Subjectless})
 */
public final class StoryPairs {
  public static void main(String[] args) throws Exception {
    StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
    StoryClusterer c = new StoryClusterer(d.withSubjectShare(StoryVariants.subjectShare(d)).withSubjectless(StoryVariants.subjectless(d)));
    List<StoryVariants.Input> inputs = StoryVariants.read(Path.of(args[0]));
    Path judgments = Path.of(args.length > 1 ? args[1] : "bench/audit/story-purity.tsv");
    Map<String, String> story = new HashMap<>();
    for (StoryVariants.Input x : inputs) story.put(x.in().id(), c.assign(x.in()));
    int otherTogether = 0, otherApart = 0, sameTogether = 0, sameApart = 0;
    for (String line : Files.readAllLines(judgments)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      String a = story.get(f[0]), b = story.get(f[1]);
      if (a == null || b == null || f.length < 3) continue;
      if (!f[2].equals("event") && !f[2].equals("story") && !f[2].equals("other")) continue; // '?' or a typo: not judged
      boolean together = a.equals(b);
      if (f[2].equals("other")) {
        if (together) otherTogether++; else otherApart++;
      } else {
        if (together) sameTogether++; else sameApart++;
      }
    }
    List<Story> stories = c.stories(null, null);
    StringBuilder largest = new StringBuilder();
    for (int i = 0; i < Math.min(12, stories.size()); i++) largest.append(' ').append(stories.get(i).articleIds().size());
    System.out.printf(Locale.ROOT, "judged pairs: other together %d / apart %d; event or story together %d / apart %d%n",
        otherTogether, otherApart, sameTogether, sameApart);
    System.out.printf(Locale.ROOT, "%d stories, %d of 30+ articles; largest%s%n", stories.size(),
        stories.stream().filter(s -> s.articleIds().size() >= 30).count(), largest);
  }
}
