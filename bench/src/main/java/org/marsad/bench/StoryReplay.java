package org.marsad.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.story.Story;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInput;
import org.marsad.nlp.story.StoryInputs;

/**
 * Re-clusters the articles of an ingest's data directory (its article log, in log order, copies linked to their
 * originals as {@code Corpus.link} does) under other story settings, without re-analysing anything: the stories a
 * variant would have given that ingest. Prints how many story ids the replay shares with the ingest's own (at the
 * default settings a replay of a turnstile ingest gives them all), the judged pairs of
 * {@code bench/audit/story-purity.tsv} kept together and apart (as {@link StoryPairs}), the largest stories, and
 * writes the stories as {@code marsad stories --json} does (id, title = its first article's title, articles,
 * articleIds), so that {@code bench/story-purity.py score OUT.json DATA} scores the variant's largest stories.
 *
 * <pre>bench/run StoryReplay DATA_DIR OUT_JSON [JUDGMENTS_TSV]</pre>
 *
 * System properties: those of {@link StoryVariants} for the settings ({@code -Dsubject}, {@code -Dsubjectless}) and
 * those of {@link StoryVariants#drift} (session 20's trials), {@code -Dtop=N} (stories written, 20) and
 * {@code -Dtrace=N} (the N largest stories' events in creation order, each with the link that brought it in).
 */
public final class StoryReplay {
  public static void main(String[] args) throws Exception {
    StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
    StoryClusterer.Settings s = StoryVariants.drift(
        d.withSubjectShare(StoryVariants.subjectShare(d)).withSubjectless(StoryVariants.subjectless(d)));
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    Path judgments = Path.of(args.length > 2 ? args[2] : "bench/audit/story-purity.tsv");
    List<Article> articles = read(data);
    StoryClusterer c = new StoryClusterer(s);
    Map<String, String> story = new HashMap<>();
    int same = 0, logged = 0;
    for (Article a : articles) {
      StoryInput in = StoryInputs.of(a, null);
      String got = c.assign(StoryClusterer.prepare(in), a.duplicateOf());
      story.put(a.id(), got);
      if (a.storyId() != null) {
        logged++;
        if (a.storyId().equals(got)) same++;
      }
    }
    System.out.printf(Locale.ROOT, "%d articles replayed, settings %s%n", articles.size(), s);
    System.out.printf(Locale.ROOT, "story id as the ingest logged it: %d of %d%n", same, logged);
    int otherTogether = 0, otherApart = 0, sameTogether = 0, sameApart = 0;
    if (Files.exists(judgments)) {
      for (String line : Files.readAllLines(judgments)) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length < 3) continue;
        String x = story.get(f[0]), y = story.get(f[1]);
        if (x == null || y == null) continue;
        if (!f[2].equals("event") && !f[2].equals("story") && !f[2].equals("other")) continue;
        boolean together = x.equals(y);
        if (f[2].equals("other")) { if (together) otherTogether++; else otherApart++; }
        else { if (together) sameTogether++; else sameApart++; }
      }
    }
    System.out.printf(Locale.ROOT, "judged pairs: other together %d / apart %d; event or story together %d / apart %d%n",
        otherTogether, otherApart, sameTogether, sameApart);
    List<Story> stories = c.stories(null, null);
    Map<String, Article> byId = new HashMap<>();
    for (Article a : articles) byId.put(a.id(), a);
    StringBuilder largest = new StringBuilder();
    for (int i = 0; i < Math.min(12, stories.size()); i++) largest.append(' ').append(stories.get(i).articleIds().size());
    System.out.printf(Locale.ROOT, "%d stories, %d of 30+ articles; largest%s%n", stories.size(),
        stories.stream().filter(x -> x.articleIds().size() >= 30).count(), largest);
    ObjectNode root = ArticleJson.mapper().createObjectNode();
    ArrayNode list = root.putArray("stories");
    int top = Integer.getInteger("top", 20);
    for (Story st : stories.subList(0, Math.min(top, stories.size()))) {
      String title = firstTitle(st, byId);
      System.out.printf(Locale.ROOT, "  %4d  %s  %s%n", st.articleIds().size(), st.id(), title);
      ObjectNode o = list.addObject();
      o.put("id", st.id()).put("title", title).put("label", title).put("articles", st.articleIds().size());
      ArrayNode ids = o.putArray("articleIds");
      st.articleIds().forEach(ids::add);
    }
    Files.writeString(out, root + "\n");
    // -Dtrace=N: the N largest stories' events in creation order, with the link that brought each in
    int traced = Integer.getInteger("trace", 0);
    for (Story st : stories.subList(0, Math.min(traced, stories.size()))) {
      System.out.printf(Locale.ROOT, "%n== %s (%d articles) %s%n", st.id(), st.articleIds().size(), firstTitle(st, byId));
      for (StoryClusterer.EventTrace e : c.trace(st.id())) {
        String title = e.titles().get(0);
        System.out.printf(Locale.ROOT, "  %-7s %s %3d  %s%n", e.eventId(), e.first(), e.titles().size(), cut(title, 90));
        if (e.linkedEventId() != null) {
          System.out.printf(Locale.ROOT, "          <- %-7s link %.3f agreement %.3f  %s%n", e.linkedEventId(), e.linkScore(),
              e.agreement(), cut(e.linkedLabel(), 80));
        }
      }
    }
  }

  private static String cut(String s, int n) {
    return s == null ? "" : s.length() > n ? s.substring(0, n) : s;
  }

  /** The story's first article's title, as {@code marsad stories} labels it (oldest dated first, then log order). */
  private static String firstTitle(Story st, Map<String, Article> byId) {
    return st.articleIds().stream().map(byId::get)
        .filter(a -> a.title() != null && !a.title().isBlank())
        .min(Comparator.comparing((Article a) -> {
          Instant t = StoryInputs.instant(a.published());
          return t == null ? Instant.MAX : t;
        }))
        .map(Article::title).orElse(st.id());
  }

  /** The data directory's logged articles in log order, each id once (its first record). */
  static List<Article> read(Path data) throws Exception {
    List<Path> segments;
    try (Stream<Path> files = Files.list(data.resolve("log"))) {
      segments = files.filter(p -> p.getFileName().toString().startsWith("segment-")).sorted().toList();
    }
    Map<String, Article> out = new LinkedHashMap<>();
    for (Path seg : segments) {
      try (BufferedReader r = Files.newBufferedReader(seg, StandardCharsets.UTF_8)) {
        for (String line; (line = r.readLine()) != null; ) {
          String[] parts = line.split("\t", 3);
          if (parts.length < 3 || !parts[2].startsWith("{")) continue;
          Article a = ArticleJson.read(parts[2]);
          out.putIfAbsent(a.id(), a);
        }
      }
    }
    return new ArrayList<>(out.values());
  }
}
