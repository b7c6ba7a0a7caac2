package org.marsad.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.app.Marsad;
import org.marsad.app.eval.StoriesEvaluation;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.story.BCubed;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.StoryInput;
import org.marsad.nlp.story.StoryInputs;

/**
 * Story clustering variants on the stories gold set without re-analysing the corpus each time:
 * the analysed articles' clusterer inputs are cached in a file, then a join × link grid is
 * clustered and scored (B-cubed, story and event level) on one gold split. Develop on dev only.
 *
 * <pre>bench/run StoryVariants CACHE_FILE SPLIT [SAUDINEWSNET_DIR]</pre>
 *
 * System properties: {@code -Djoins=0.35,0.40} and {@code -Dlinks=0.12,0.18} (the grid),
 * {@code -Dfloor=N} (the link step's entity floor), {@code -Dgold=FILE} (another gold TSV), {@code -Dexplain=true} (print every gold
 * story's articles, in publication order, with their predicted story and event, time, source, title and entity ids),
 * {@code -Ddump=PREFIX} (write each grid point's predictions to {@code PREFIX-JOIN-LINK.tsv}, for {@link StoryBootstrap}),
 * {@code -Dagreement=X} (the link's story agreement; 0 = none), {@code -Dgate=X} and {@code -DbroadGate=X} (its text gates; {@code -Dgate} alone sets both),
 * {@code -Dsubject=X} (the named-subject share of broad stories; 0 = none), {@code -Ddays=2015-08-10,2015-08-11} (the days analysed when the cache is first written). Each grid line also gives
 * the story precision and recall and the clustering time per article ({@code assign} only, analysis excluded).
 */
public final class StoryVariants {
  record Input(String url, StoryInput in) {}

  /**
   * The broad stories' text gate: {@code -DbroadGate}, else {@code -Dgate} (so a session-14 command with
   * {@code -Dgate} alone runs one gate for every story, as it did then), else the default.
   */
  static double broadGate(StoryClusterer.Settings d) {
    String broad = System.getProperty("broadGate", System.getProperty("gate"));
    return broad == null ? d.broadStoryTextGate() : Double.parseDouble(broad);
  }

  /** The named-subject share of broad stories: {@code -Dsubject=X} (0 = off), else the default. */
  static double subjectShare(StoryClusterer.Settings d) {
    return Double.parseDouble(System.getProperty("subject", String.valueOf(d.subjectShare())));
  }

  /**
   * The named-subject rule's answer to a link with no subject: {@code -Dsubjectless=TEXT_ONLY_PASSES} etc., else the
   * default. Read only with the rule on, so {@code -Dsubjectless} without {@code -Dsubject=X} (X > 0) is refused: it
   * would measure the rule off under a variant's name.
   */
  static StoryClusterer.Settings.Subjectless subjectless(StoryClusterer.Settings d) {
    String asked = System.getProperty("subjectless");
    if (asked != null && subjectShare(d) <= 0) {
      throw new IllegalArgumentException("-Dsubjectless=" + asked + " is read only with the named-subject rule on: give -Dsubject=X (X > 0)");
    }
    return asked == null ? d.subjectless() : StoryClusterer.Settings.Subjectless.valueOf(asked);
  }

  /**
   * Session 20's trials on top of {@code s}: {@code -DbroadAgreement=X} (a broad story's agreement bar) and
   * {@code -Danchor=X} (the text cosine with the story's first event a link needs), {@code -DyoungLink=X} (the link
   * score into a story with no other event in the window); unset = as {@code s}.
   */
  static StoryClusterer.Settings drift(StoryClusterer.Settings s) {
    return s.withBroadStoryAgreement(Double.parseDouble(System.getProperty("broadAgreement", String.valueOf(s.broadStoryAgreement()))))
        .withAnchorCosine(Double.parseDouble(System.getProperty("anchor", String.valueOf(s.anchorCosine()))))
        .withYoungStoryLink(Double.parseDouble(System.getProperty("youngLink", String.valueOf(s.youngStoryLink()))))
        .withSectionFreeAnchor(Double.parseDouble(System.getProperty("sectionAnchor", String.valueOf(s.sectionFreeAnchor()))))
        .withSectionFreeLink(Double.parseDouble(System.getProperty("sectionLink", String.valueOf(s.sectionFreeLink()))));
  }

  public static void main(String[] args) throws Exception {
    // the settings first: a refused -D combination fails before minutes of reading
    StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
    d = new StoryClusterer.Settings(d.joinThreshold(), d.linkThreshold(), d.entityWeight(), d.eventWindow(), d.linkWindow(),
        Integer.getInteger("floor", d.linkEntityFloor()), Double.parseDouble(System.getProperty("agreement", String.valueOf(d.storyAgreement()))),
        Double.parseDouble(System.getProperty("gate", String.valueOf(d.agreementTextGate()))),
            broadGate(d), subjectShare(d), subjectless(d));
    d = drift(d);
    Path cache = Path.of(args[0]);
    String split = args.length > 1 ? args[1] : "dev";
    Path corpus = Path.of(args.length > 2 ? args[2] : "../shared/data/saudinewsnet");
    if (!Files.exists(cache)) write(cache, corpus);
    List<Input> inputs = read(cache);
    List<StoriesEvaluation.GoldLabel> gold = StoriesEvaluation.split(
        StoriesEvaluation.loadGold(System.getProperty("gold") == null ? null : Path.of(System.getProperty("gold"))), split);
    Map<String, String> goldStory = new HashMap<>(), goldEvent = new HashMap<>();
    for (StoriesEvaluation.GoldLabel g : gold) { goldStory.put(g.url(), g.story()); goldEvent.put(g.url(), g.event()); }
    // the settings run with (join and link vary per row): a pasted result file names its agreement
    System.out.printf(Locale.ROOT, "%d inputs, split %s, settings %s%n", inputs.size(), split, d);
    System.out.printf(Locale.ROOT, "%5s %5s %9s %9s %8s%n", "join", "link", "story F1", "event F1", "stories");
    double[] joins = System.getProperty("joins") == null ? new double[] {0.35, 0.40, 0.45} : parse(System.getProperty("joins"));
    double[] links = System.getProperty("links") == null ? new double[] {0.12, 0.18, 0.24} : parse(System.getProperty("links"));
    for (double j : joins) {
      for (double l : links) {
        StoryClusterer c = new StoryClusterer(new StoryClusterer.Settings(j, l, d.entityWeight(), d.eventWindow(), d.linkWindow(),
            d.linkEntityFloor(), d.storyAgreement(), d.agreementTextGate(), d.broadStoryTextGate(), d.subjectShare(), d.subjectless(),
            d.broadStoryAgreement(), d.anchorCosine(), d.youngStoryLink(), d.sectionFreeAnchor(), d.sectionFreeLink()));
        Map<String, String> story = new HashMap<>(), event = new HashMap<>();
        long clustering = 0;
        for (Input x : inputs) {
          long t0 = System.nanoTime();
          String s = c.assign(x.in());
          clustering += System.nanoTime() - t0;
          if (x.url() == null) continue;
          story.put(x.url(), s);
          String e = c.eventOf(x.in().id());
          event.put(x.url(), e.substring(e.indexOf('/') + 1));
        }
        if (Boolean.getBoolean("explain")) explain(gold, story, event, inputs);
        if (System.getProperty("dump") != null) dump(Path.of(System.getProperty("dump") + "-" + j + "-" + l + ".tsv"), gold, story, event);
        BCubed.Score ss = BCubed.score(story, goldStory);
        System.out.printf(Locale.ROOT, "%5.2f %5.2f %9.4f %9.4f %8d   story P/R %.4f / %.4f   %.3f ms/article%n", j, l, ss.f1(),
            BCubed.score(event, goldEvent).f1(), c.stories(null, null).size(), ss.precision(), ss.recall(),
            clustering / 1e6 / inputs.size());
      }
    }
  }

  /** Every gold story with its articles' gold event and predicted story / event (diagnostic). */
  private static void explain(List<StoriesEvaluation.GoldLabel> gold, Map<String, String> story, Map<String, String> event,
                              List<Input> inputs) {
    Map<String, StoryInput> byUrl = new HashMap<>();
    for (Input x : inputs) if (x.url() != null) byUrl.put(x.url(), x.in());
    Map<String, List<StoriesEvaluation.GoldLabel>> byStory = new java.util.LinkedHashMap<>();
    for (StoriesEvaluation.GoldLabel g : gold) byStory.computeIfAbsent(g.story(), k -> new ArrayList<>()).add(g);
    byStory.forEach((label, all) -> {
      // a gold article outside the analysed days (-Ddays, -Dgold) has no input: skip it, say how many
      List<StoriesEvaluation.GoldLabel> rows = all.stream().filter(g -> byUrl.containsKey(g.url())).toList();
      if (rows.size() < all.size()) System.out.printf(Locale.ROOT, "   (%d of %s's articles not among the inputs)%n", all.size() - rows.size(), label);
      long predicted = rows.stream().map(g -> story.get(g.url())).distinct().count();
      System.out.printf(Locale.ROOT, "== %s (%d articles, %d predicted stories)%n", label, rows.size(), predicted);
      rows.stream().sorted(java.util.Comparator.comparing((StoriesEvaluation.GoldLabel g) -> byUrl.get(g.url()).published()))
          .forEach(g -> {
        StoryInput in = byUrl.get(g.url());
        String title = in.title() == null ? "" : in.title();
        System.out.printf(Locale.ROOT, "  %-28s %-22s %-6s %s %s | %s | %s%n", g.event(), story.get(g.url()), event.get(g.url()),
            in.published(), in.source(), title.length() > 70 ? title.substring(0, 70) : title, in.entityIds());
      });
    });
  }

  /** The split's gold rows with their predicted story and event, for paired comparisons of variants. */
  private static void dump(Path file, List<StoriesEvaluation.GoldLabel> gold, Map<String, String> story, Map<String, String> event)
      throws java.io.IOException {
    List<String> lines = new ArrayList<>();
    for (StoriesEvaluation.GoldLabel g : gold) {
      if (story.containsKey(g.url())) lines.add(g.url() + "\t" + g.story() + "\t" + g.event() + "\t" + story.get(g.url()) + "\t" + event.get(g.url()));
    }
    Files.write(file, lines);
  }

  private static double[] parse(String csv) {
    String[] f = csv.split(",");
    double[] out = new double[f.length];
    for (int i = 0; i < f.length; i++) out[i] = Double.parseDouble(f[i]);
    return out;
  }

  private static void write(Path cache, Path corpus) throws Exception {
    List<Path> days = new ArrayList<>();
    for (String d : System.getProperty("days", "2015-08-10,2015-08-11").split(",")) days.add(corpus.resolve(d + ".zip"));
    List<Article> articles = StoriesEvaluation.analyze(days, Marsad.analyzer());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(cache))))) {
      out.writeInt(articles.size());
      for (Article a : articles) {
        StoryInput in = StoryInputs.of(a, Instant.EPOCH);
        out.writeUTF(a.url() == null ? "" : a.url());
        out.writeUTF(in.id());
        out.writeUTF(in.title() == null ? "" : in.title());
        byte[] text = in.text().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(text.length);
        out.write(text);
        out.writeUTF(in.source() == null ? "" : in.source());
        out.writeLong(in.published().getEpochSecond());
        out.writeInt(in.entityIds().size());
        for (String e : in.entityIds()) out.writeUTF(e);
      }
    }
  }

  static List<Input> read(Path cache) throws Exception {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(Files.newInputStream(cache))))) {
      int n = in.readInt();
      List<Input> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        String url = in.readUTF();
        String id = in.readUTF();
        String title = in.readUTF();
        byte[] text = new byte[in.readInt()];
        in.readFully(text);
        String source = in.readUTF();
        Instant t = Instant.ofEpochSecond(in.readLong());
        int k = in.readInt();
        Set<String> entities = new LinkedHashSet<>();
        for (int j = 0; j < k; j++) entities.add(in.readUTF());
        out.add(new Input(url.isEmpty() ? null : url, new StoryInput(id, title.isEmpty() ? null : title,
            new String(text, java.nio.charset.StandardCharsets.UTF_8), source.isEmpty() ? null : source, t, entities)));
      }
      return out;
    }
  }
}
