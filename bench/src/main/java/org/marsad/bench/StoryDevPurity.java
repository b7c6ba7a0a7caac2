package org.marsad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.app.eval.StoriesEvaluation;
import org.marsad.nlp.story.BCubed;
import org.marsad.nlp.story.Story;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInput;

/**
 * Purity of the largest stories measured against the gold labels instead of by hand: clusters a
 * {@link StoryVariants} cache (every article of the gold days, in cache order) at the default settings and,
 * for the N largest predicted stories that hold gold articles of the split, reports the share of their gold
 * member pairs that the gold puts in one story (pair purity; 1 = every labelled member of the story is one gold
 * story). Three rankings: the largest stories of the stream, labelled or not (what a reader sees first; a story
 * with under 2 labelled members has no figure, shown as {@code -}), the largest among stories with 2+ labelled
 * members, and those with the most labelled members (where the figure rests on more pairs). Also prints the story and event B-cubed F1 of the split
 * (as {@code StoryVariants} at the default point) so a variant's purity and F1 come from one run.
 *
 * <pre>bench/run StoryDevPurity CACHE_FILE [SPLIT]</pre>
 *
 * System properties: those of {@link StoryVariants#drift} and {@code -DyoungLink}, {@code -Dtop=10} (stories
 * scored), {@code -Dpairs=0} (K random member pairs of each of those stories, {@code PAIR} lines to judge by hand),
 * {@code -Djudgments=bench/audit/story-purity.tsv} (the hand-judged pairs among the cache's articles, counted kept
 * together or apart), {@code -Dshow=0} (the N largest stories of the stream printed with every member: event, source, time,
 * gold story if labelled, title, the lead's first words, and each event's link), {@code -Dgold=FILE}, {@code -Dpaths=true}
 * (the link path of each judged pair held together and what its links rest on: {@link StoryLinkPaths}).
 */
public final class StoryDevPurity {
  public static void main(String[] args) throws Exception {
    StoryClusterer.Settings s = StoryVariants.drift(StoryClusterer.Settings.defaults());
    List<StoryVariants.Input> inputs = StoryVariants.read(Path.of(args[0]));
    String split = args.length > 1 ? args[1] : "dev";
    List<StoriesEvaluation.GoldLabel> gold = StoriesEvaluation.split(
        StoriesEvaluation.loadGold(System.getProperty("gold") == null ? null : Path.of(System.getProperty("gold"))), split);
    Map<String, String> goldStory = new HashMap<>(), goldEvent = new HashMap<>();
    for (StoriesEvaluation.GoldLabel g : gold) { goldStory.put(g.url(), g.story()); goldEvent.put(g.url(), g.event()); }
    StoryClusterer c = new StoryClusterer(s);
    if (Boolean.getBoolean("paths")) c.keepLinkEvidence(); // the link paths need what each link rested on
    Map<String, String> story = new HashMap<>(), event = new HashMap<>();
    Map<String, StoryVariants.Input> byId = new HashMap<>();
    for (StoryVariants.Input x : inputs) {
      byId.put(x.in().id(), x);
      String st = c.assign(x.in());
      if (x.url() == null || !goldStory.containsKey(x.url())) continue;
      story.put(x.url(), st);
      String e = c.eventOf(x.in().id());
      event.put(x.url(), e.substring(e.indexOf('/') + 1));
    }
    List<Story> stories = c.stories(null, null);
    System.out.printf(Locale.ROOT, "%d inputs, split %s (%d labelled), settings %s%n", inputs.size(), split, story.size(), s);
    BCubed.Score ss = BCubed.score(story, goldStory);
    System.out.printf(Locale.ROOT, "story F1 %.4f (P %.4f R %.4f)  event F1 %.4f  stories %d%n", ss.f1(), ss.precision(),
        ss.recall(), BCubed.score(event, goldEvent).f1(), stories.size());
    int top = Integer.getInteger("top", 10);
    // what a reader sees first, labelled or not: the gold may not see the largest stories at all
    report("the stream (labelled or not)", stories, top, byId, goldStory);
    List<Story> labelled = stories.stream().filter(st -> labels(st, byId, goldStory).size() >= 2).toList();
    report("size in the stream", labelled, top, byId, goldStory);
    List<Story> byLabelled = new ArrayList<>(labelled);
    byLabelled.sort(Comparator.comparingInt((Story st) -> -labels(st, byId, goldStory).size()));
    report("most labelled members", byLabelled, top, byId, goldStory);
    judgedPairs(Path.of(System.getProperty("judgments", "bench/audit/story-purity.tsv")), c, byId);
    if (Boolean.getBoolean("paths")) {
      // the section words as story terms: the clusterer's own list (section-words.txt, in its package)
      java.util.Set<String> section = StoryLinkPaths.terms(
          org.marsad.nlp.util.ResourceLines.read(StoryClusterer.class, "section-words.txt"));
      new StoryLinkPaths(c, byId, section::contains).report(Path.of(System.getProperty("judgments", "bench/audit/story-purity.tsv")));
    }
    int pairs = Integer.getInteger("pairs", 0);
    if (pairs > 0) samplePairs(stories.subList(0, Math.min(top, stories.size())), pairs, byId);
    int show = Integer.getInteger("show", 0);
    for (Story st : stories.subList(0, Math.min(show, stories.size()))) show(c, st, byId, goldStory);
  }

  /** The gold story of each labelled member of a story (members of the split only). */
  private static List<String> labels(Story st, Map<String, StoryVariants.Input> byId, Map<String, String> goldStory) {
    List<String> out = new ArrayList<>();
    for (String id : st.articleIds()) {
      StoryVariants.Input x = byId.get(id);
      if (x != null && x.url() != null && goldStory.containsKey(x.url())) out.add(goldStory.get(x.url()));
    }
    return out;
  }

  private static void report(String title, List<Story> ranked, int top, Map<String, StoryVariants.Input> byId,
                             Map<String, String> goldStory) {
    System.out.printf(Locale.ROOT, "%n%d stories, largest by %s:%n", ranked.size(), title);
    System.out.printf(Locale.ROOT, "  %5s %8s %6s %8s  %s%n", "size", "labelled", "gold", "purity", "label");
    long same = 0, pairs = 0;
    for (Story st : ranked.subList(0, Math.min(top, ranked.size()))) {
      List<String> l = labels(st, byId, goldStory);
      Map<String, Integer> counts = new HashMap<>();
      for (String g : l) counts.merge(g, 1, Integer::sum);
      long p = (long) l.size() * (l.size() - 1) / 2, sm = 0;
      for (int n : counts.values()) sm += (long) n * (n - 1) / 2;
      same += sm;
      pairs += p;
      System.out.printf(Locale.ROOT, "  %5d %8d %6d %8s  %s%n", st.articleIds().size(), l.size(), counts.size(),
          p == 0 ? "-" : String.format(Locale.ROOT, "%.3f", (double) sm / p), cut(st.label(), 70));
    }
    System.out.printf(Locale.ROOT, "  pair purity of these stories: %.3f (%d of %d labelled pairs in one gold story)%n",
        pairs == 0 ? 1.0 : (double) same / pairs, same, pairs);
  }

  private static void show(StoryClusterer c, Story st, Map<String, StoryVariants.Input> byId, Map<String, String> goldStory) {
    System.out.printf(Locale.ROOT, "%n== %s (%d articles, %d sources) %s%n", st.id(), st.articleIds().size(),
        st.sources().size(), st.label());
    Map<String, List<String>> members = new HashMap<>();
    for (String id : st.articleIds()) members.computeIfAbsent(c.eventOf(id), k -> new ArrayList<>()).add(id);
    for (StoryClusterer.EventTrace e : c.trace(st.id())) {
      System.out.printf(Locale.ROOT, "  event %s %s%n", e.eventId(), e.first());
      if (e.linkedEventId() != null) {
        System.out.printf(Locale.ROOT, "    <- %s link %.3f agreement %.3f  %s%n", e.linkedEventId(), e.linkScore(),
            e.agreement(), cut(e.linkedLabel(), 80));
      }
      for (String id : members.getOrDefault(st.id() + "/" + e.eventId(), members.getOrDefault(e.eventId(), List.of()))) {
        StoryInput in = byId.get(id).in();
        String url = byId.get(id).url();
        String g = url != null && goldStory.containsKey(url) ? goldStory.get(url) : "-";
        System.out.printf(Locale.ROOT, "    %-12s %s [%s] %s | %s | %s%n", cut(in.source(), 12), in.published(), g,
            cut(in.title(), 80), cut(in.text() == null ? "" : in.text().replace('\n', ' '), 110), in.entityIds());
      }
    }
  }

  /**
   * The hand-judged pairs of {@code judgments} among the cache's articles, kept together or apart by this clustering (as
   * {@code StoryPairs} does for an ingest): a variant that cuts the section chains keeps fewer {@code other} pairs
   * together without parting the {@code event} and {@code story} ones.
   */
  private static void judgedPairs(Path judgments, StoryClusterer c, Map<String, StoryVariants.Input> byId) throws java.io.IOException {
    if (!java.nio.file.Files.exists(judgments)) return;
    int otherTogether = 0, otherApart = 0, sameTogether = 0, sameApart = 0;
    for (String line : java.nio.file.Files.readAllLines(judgments)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] f = line.split("\t");
      if (f.length < 3 || !byId.containsKey(f[0]) || !byId.containsKey(f[1])) continue;
      boolean together = c.eventOf(f[0]).split("/")[0].equals(c.eventOf(f[1]).split("/")[0]);
      switch (f[2]) {
        case "other" -> { if (together) otherTogether++; else otherApart++; }
        case "event", "story" -> { if (together) sameTogether++; else sameApart++; }
        default -> { }
      }
    }
    System.out.printf(Locale.ROOT, "%njudged pairs (%s): other together %d / apart %d; event or story together %d / apart %d%n",
        judgments, otherTogether, otherApart, sameTogether, sameApart);
  }

  /**
   * K random member pairs (ids sorted, seeded by the story's label) of each story, as TAB lines
   * {@code a, b, story rank, title a, title b}, to be judged by hand as {@code bench/story-purity.py} does.
   */
  private static void samplePairs(List<Story> stories, int k, Map<String, StoryVariants.Input> byId) {
    int rank = 0;
    for (Story st : stories) {
      rank++;
      List<String> ids = new ArrayList<>(st.articleIds());
      java.util.Collections.sort(ids);
      java.util.Random rnd = new java.util.Random(("purity:" + st.label()).hashCode());
      java.util.Set<String> seen = new java.util.HashSet<>();
      long possible = (long) ids.size() * (ids.size() - 1) / 2;
      while (seen.size() < Math.min(k, possible)) {
        String a = ids.get(rnd.nextInt(ids.size())), b = ids.get(rnd.nextInt(ids.size()));
        if (a.equals(b)) continue;
        String key = a.compareTo(b) < 0 ? a + "\t" + b : b + "\t" + a;
        if (!seen.add(key)) continue;
        String[] ab = key.split("\t");
        System.out.printf(Locale.ROOT, "PAIR\t%s\t%s\t%d\t%s\t%s%n", ab[0], ab[1], rank,
            cut(byId.get(ab[0]).in().title(), 90), cut(byId.get(ab[1]).in().title(), 90));
      }
    }
  }

  private static String cut(String s, int n) {
    return s == null ? "" : s.length() > n ? s.substring(0, n) : s;
  }
}
