package org.marsad.app.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.dedup.DuplicateCheck;
import org.marsad.nlp.dedup.NearDuplicateIndex;
import org.marsad.nlp.story.BCubed;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInputs;

/**
 * Story clustering against the hand-labelled gold set: every article of the gold set's days is
 * analysed and streamed through the clusterer in publication order (as a monitor would see
 * them), and B-cubed is computed over the labelled articles at the story and the event level,
 * next to the all-singletons baseline.
 */
public final class StoriesEvaluation {
  /** The gold set shipped with Marsad (371 SaudiNewsNet articles of 2015-08-10 and 2015-08-11). */
  public static final String DEFAULT_GOLD = "/org/marsad/app/eval/stories-gold.tsv";

  /**
   * The header line (a comment line before the first row) that marks a judging set: a gold file
   * judged whole, once per change, with no dev/test halves (stories-gold-0809.tsv, session 18).
   */
  public static final String JUDGING_SET_MARKER = "# JUDGING SET";

  /** One gold row: an article URL with its story and event labels. */
  public record GoldLabel(String url, String story, String event) {}

  /** Figures of one run. */
  public record Result(int articles, int labelled, int stories, BCubed.Score story, BCubed.Score event,
                       BCubed.Score singletonsStory, BCubed.Score singletonsEvent) {}

  private StoriesEvaluation() {}

  /** Reads gold labels from a TSV file, or the shipped set when {@code file} is null. */
  public static List<GoldLabel> loadGold(Path file) throws IOException {
    try (InputStream in = file != null ? Files.newInputStream(file)
        : Objects.requireNonNull(StoriesEvaluation.class.getResourceAsStream(DEFAULT_GOLD), DEFAULT_GOLD)) {
      List<GoldLabel> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length < 3) throw new IllegalArgumentException("gold line " + n + ": expected url, story, event");
        out.add(new GoldLabel(f[0], f[1], f[2]));
      }
      return out;
    }
  }

  /**
   * Whether the gold file (the shipped set when {@code file} is null) is a judging set: a line of its
   * header, the comment lines before the first row, begins with {@link #JUDGING_SET_MARKER}.
   */
  public static boolean isJudgingSet(Path file) throws IOException {
    try (InputStream in = file != null ? Files.newInputStream(file)
        : Objects.requireNonNull(StoriesEvaluation.class.getResourceAsStream(DEFAULT_GOLD), DEFAULT_GOLD)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        if (!line.startsWith("#")) return false;
        if (line.startsWith(JUDGING_SET_MARKER)) return true;
      }
      return false;
    }
  }

  /** How many of the gold labels name an article of {@code articles} (the ones a run can score). */
  public static long labelledAmong(List<Article> articles, List<GoldLabel> gold) {
    Set<String> urls = new HashSet<>();
    for (Article a : articles) if (a.url() != null) urls.add(a.url());
    return gold.stream().filter(g -> urls.contains(g.url())).count();
  }

  /**
   * The gold set's half: stories are split by a hash of their label, so that thresholds can be
   * chosen on "dev" and reported on "test" ("all" keeps everything).
   */
  public static List<GoldLabel> split(List<GoldLabel> gold, String which) {
    if (which.equals("all")) return gold;
    if (!which.equals("dev") && !which.equals("test")) throw new IllegalArgumentException("split must be dev, test or all: " + which);
    int want = which.equals("dev") ? 0 : 1;
    return gold.stream().filter(g -> Math.floorMod(g.story().hashCode(), 2) == want).toList();
  }

  /** Runs the evaluation over the given corpus files (e.g. SaudiNewsNet day zips). */
  public static Result run(List<Path> corpus, List<GoldLabel> gold, ArticleAnalyzer analyzer,
                           StoryClusterer.Settings settings) {
    return cluster(analyze(corpus, analyzer), gold, settings);
  }

  /** Reads and analyses the corpus, in publication order (the order a monitor sees them). */
  public static List<Article> analyze(List<Path> corpus, ArticleAnalyzer analyzer) {
    List<RawDocument> docs = new ArrayList<>();
    Sources.read(corpus, new DocumentSink() {
      @Override public void accept(RawDocument d) { docs.add(d); }
      @Override public void failed(String origin, String reason, byte[] bytes) { /* counted out below */ }
    });
    return docs.parallelStream().map(d -> {
      try {
        return analyzer.analyze(d);
      } catch (RuntimeException e) {
        return null; // an article the analyser refuses cannot be clustered; it is simply absent
      }
    }).filter(Objects::nonNull).sorted(Comparator.comparing((Article a) -> a.published() == null ? "" : a.published())
        .thenComparing(a -> a.url() == null ? "" : a.url())).toList();
  }

  /** Clusters analysed articles with the given settings and scores them against the gold labels. */
  public static Result cluster(List<Article> articles, List<GoldLabel> gold, StoryClusterer.Settings settings) {
    try {
      return cluster(articles, gold, settings, null);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // no state directory, no I/O
    }
  }

  /**
   * As {@link #cluster(List, List, StoryClusterer.Settings)}; with a {@code stateDir}, the
   * clusterer is saved there and reopened whenever the publication day changes, as if each day
   * were ingested by a new process (the state that {@code marsad ingest} keeps in DATA/stories.bin).
   */
  public static Result cluster(List<Article> articles, List<GoldLabel> gold, StoryClusterer.Settings settings,
                               Path stateDir) throws IOException {
    StoryClusterer clusterer = new StoryClusterer(settings);
    // As at ingest (Corpus.link): a near-duplicate joins its original's event.
    NearDuplicateIndex duplicates = new NearDuplicateIndex();
    Map<String, String> storyOfUrl = new HashMap<>(), eventOfUrl = new HashMap<>();
    String day = null;
    for (Article a : articles) {
      String today = a.published() == null || a.published().length() < 10 ? "" : a.published().substring(0, 10);
      if (stateDir != null && day != null && !today.equals(day)) {
        clusterer.save(stateDir);
        clusterer = StoryClusterer.open(stateDir, settings);
      }
      day = today;
      DuplicateCheck check = duplicates.checkAndAdd(a.id(), a.text());
      String original = check.isDuplicate() && !a.id().equals(check.of()) ? check.of() : null;
      String story = clusterer.assign(StoryClusterer.prepare(StoryInputs.of(a, Instant.EPOCH)), original);
      if (a.url() != null) {
        storyOfUrl.put(a.url(), story);
        eventOfUrl.put(a.url(), clusterer.eventOf(a.id()));
      }
    }
    Map<String, String> goldStory = new LinkedHashMap<>(), goldEvent = new LinkedHashMap<>(), singletons = new HashMap<>();
    for (GoldLabel g : gold) {
      goldStory.put(g.url(), g.story());
      goldEvent.put(g.url(), g.event());
      singletons.put(g.url(), g.url());
    }
    int labelled = (int) gold.stream().filter(g -> storyOfUrl.containsKey(g.url())).count();
    return new Result(articles.size(), labelled, clusterer.stories(null, null).size(),
        BCubed.score(storyOfUrl, goldStory), BCubed.score(eventOfUrl, goldEvent),
        BCubed.score(singletons, goldStory), BCubed.score(singletons, goldEvent));
  }
  /**
   * Diagnostic: clusters the articles and prints, for every gold story of {@code gold}, its
   * articles with their gold event, the predicted story/event and the canonical entity ids the
   * similarity saw, so a split or merged story can be traced to its entities.
   */
  public static void explain(List<Article> articles, List<GoldLabel> gold, StoryClusterer.Settings settings,
                             java.io.PrintWriter out) {
    StoryClusterer clusterer = new StoryClusterer(settings);
    Map<String, Article> byUrl = new HashMap<>();
    Map<String, String> eventOfUrl = new HashMap<>();
    for (Article a : articles) {
      clusterer.assign(StoryInputs.of(a, Instant.EPOCH));
      if (a.url() != null) { byUrl.put(a.url(), a); eventOfUrl.put(a.url(), clusterer.eventOf(a.id())); }
    }
    Map<String, List<GoldLabel>> stories = new LinkedHashMap<>();
    for (GoldLabel g : gold) stories.computeIfAbsent(g.story(), k -> new ArrayList<>()).add(g);
    for (Map.Entry<String, List<GoldLabel>> e : stories.entrySet()) {
      long predicted = e.getValue().stream().map(g -> eventOfUrl.get(g.url())).filter(Objects::nonNull)
          .map(x -> x.substring(0, x.indexOf('/'))).distinct().count();
      out.printf(java.util.Locale.ROOT, "== %s (%d articles, %d predicted stories)%n", e.getKey(), e.getValue().size(), predicted);
      for (GoldLabel g : e.getValue()) {
        Article a = byUrl.get(g.url());
        if (a == null) continue;
        String title = a.title() == null ? "" : a.title();
        out.printf(java.util.Locale.ROOT, "  %-12s %-30s %s | %s | %s%n", g.event(), eventOfUrl.get(g.url()),
            a.published(), title.length() > 60 ? title.substring(0, 60) : title,
            StoryInputs.of(a, Instant.EPOCH).entityIds());
      }
    }
    out.flush();
  }
}
