package org.marsad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.app.eval.StoriesEvaluation;
import org.marsad.nlp.story.BCubed;
import org.marsad.nlp.story.Story;
import org.marsad.nlp.story.StoryClusterer;
import org.marsad.nlp.story.TermVector;
import org.marsad.nlp.story.TermVectorizer;

/**
 * Story drift on a dense stream: clusters every cached input (a {@link StoryVariants} cache of
 * whole SaudiNewsNet days) and prints the story size distribution, the largest stories with their
 * coherence, and the gold B-cubed of the gold articles clustered inside that stream next to the
 * gold articles clustered alone. Coherence of a story = the mean pairwise cosine of its articles'
 * TF-IDF vectors (document frequencies of the whole stream): a chain of unrelated articles scores
 * near the stream's random-pair mean, a real story well above it.
 *
 * <pre>bench/run StoryDrift CACHE_FILE [SPLIT]</pre>
 *
 * System properties: {@code -Dagreements=0,0.06} (the {@code storyAgreement} settings compared), {@code -Dgate=0.03} and
 * {@code -DbroadGate=0.05} (the agreement's text gates, narrow and broad stories; {@code -Dgate} alone sets both),
 * {@code -Dlinks=0.12}, {@code -Dtop=10} (largest stories printed), {@code -Dgold=FILE}, {@code -DshowLoose=true} (titles of
 * the loose large stories). Also prints the acceptance figure for genre chains: how many stories of 30+ articles
 * have a coherence under 0.10.
 */
public final class StoryDrift {
  /** A story this large is reported as loose (a genre chain, not an event chain) when its coherence is under {@link #LOOSE}. */
  private static final int LARGE = 30;
  private static final double LOOSE = 0.10;

  public static void main(String[] args) throws Exception {
    List<StoryVariants.Input> inputs = StoryVariants.read(Path.of(args[0]));
    String split = args.length > 1 ? args[1] : "dev";
    List<StoriesEvaluation.GoldLabel> gold = StoriesEvaluation.split(
        StoriesEvaluation.loadGold(System.getProperty("gold") == null ? null : Path.of(System.getProperty("gold"))), split);
    Map<String, String> goldStory = new HashMap<>();
    for (StoriesEvaluation.GoldLabel g : gold) goldStory.put(g.url(), g.story());
    Map<String, TermVector> vectors = vectors(inputs);
    System.out.printf(Locale.ROOT, "%d inputs, %d gold (%s) among them; random-pair coherence %.4f%n", inputs.size(),
        inputs.stream().filter(x -> x.url() != null && goldStory.containsKey(x.url())).count(), split, randomPairs(inputs, vectors));
    int top = Integer.getInteger("top", 10);
    StoryClusterer.Settings d = StoryClusterer.Settings.defaults();
    for (String link : System.getProperty("links", String.valueOf(d.linkThreshold())).split(",")) {
      for (String agreement : System.getProperty("agreements", "0," + d.storyAgreement()).split(",")) {
        StoryClusterer.Settings s = new StoryClusterer.Settings(d.joinThreshold(), Double.parseDouble(link), d.entityWeight(),
            d.eventWindow(), d.linkWindow(), d.linkEntityFloor(), Double.parseDouble(agreement),
            Double.parseDouble(System.getProperty("gate", String.valueOf(d.agreementTextGate()))),
            StoryVariants.broadGate(d));
        report(s, inputs, vectors, goldStory, top);
      }
    }
  }

  private static void report(StoryClusterer.Settings s, List<StoryVariants.Input> inputs, Map<String, TermVector> vectors,
                             Map<String, String> goldStory, int top) {
    Map<String, String> titles = new HashMap<>();
    for (StoryVariants.Input x : inputs) titles.put(x.in().id(), x.in().title());
    StoryClusterer c = new StoryClusterer(s);
    Map<String, String> inStream = new HashMap<>();
    long t0 = System.nanoTime();
    for (StoryVariants.Input x : inputs) {
      String story = c.assign(x.in());
      if (x.url() != null && goldStory.containsKey(x.url())) inStream.put(x.url(), story);
    }
    double ms = (System.nanoTime() - t0) / 1e6 / inputs.size();
    StoryClusterer alone = new StoryClusterer(s);
    Map<String, String> aloneStory = new HashMap<>();
    for (StoryVariants.Input x : inputs) {
      if (x.url() != null && goldStory.containsKey(x.url())) aloneStory.put(x.url(), alone.assign(x.in()));
    }
    List<Story> stories = c.stories(null, null);
    int[] bounds = {1, 2, 5, 10, 30, 100};
    int[] counts = new int[bounds.length], articles = new int[bounds.length];
    for (Story st : stories) {
      int n = st.articleIds().size(), b = bounds.length - 1;
      while (bounds[b] > n) b--;
      counts[b]++;
      articles[b] += n;
    }
    System.out.printf(Locale.ROOT, "%n== link %.2f, storyAgreement %.3f: %d stories, %.3f ms/article in assign%n",
        s.linkThreshold(), s.storyAgreement(), stories.size(), ms);
    StringBuilder dist = new StringBuilder("   sizes (stories/articles):");
    String[] names = {"1", "2-4", "5-9", "10-29", "30-99", "100+"};
    for (int i = 0; i < bounds.length; i++) dist.append(String.format(Locale.ROOT, "  %s: %d/%d", names[i], counts[i], articles[i]));
    System.out.println(dist);
    double weighted = 0;
    int inBig = 0;
    for (Story st : stories) {
      if (st.articleIds().size() < 10) continue;
      weighted += coherence(st, vectors) * st.articleIds().size();
      inBig += st.articleIds().size();
    }
    System.out.printf(Locale.ROOT, "   stories of 10+ articles: %d articles, size-weighted coherence %.4f%n", inBig, inBig == 0 ? 0 : weighted / inBig);
    // the acceptance figure for genre chains (session 14): large stories barely more coherent than unrelated articles
    int large = 0, loose = 0, looseArticles = 0;
    for (Story st : stories) {
      if (st.articleIds().size() < LARGE) continue;
      large++;
      if (coherence(st, vectors) < LOOSE) {
        loose++;
        looseArticles += st.articleIds().size();
        if (Boolean.getBoolean("showLoose")) showLoose(st, vectors, titles);
      }
    }
    System.out.printf(Locale.ROOT, "   stories of %d+ articles: %d, of which %d (%d articles) with coherence < %.2f%n",
        LARGE, large, loose, looseArticles, LOOSE);
    BCubed.Score streamed = BCubed.score(inStream, goldStory), solo = BCubed.score(aloneStory, goldStory);
    System.out.printf(Locale.ROOT, "   gold story P/R/F1 inside the stream %.4f / %.4f / %.4f; gold articles alone %.4f / %.4f / %.4f%n",
        streamed.precision(), streamed.recall(), streamed.f1(), solo.precision(), solo.recall(), solo.f1());
    for (Story st : stories.subList(0, Math.min(top, stories.size()))) {
      String label = st.label() == null ? "" : st.label();
      System.out.printf(Locale.ROOT, "   %4d articles %2d sources %5.1f days coherence %.4f  %s | %s%n", st.articleIds().size(),
          st.sources().size(), (st.last().getEpochSecond() - st.first().getEpochSecond()) / 86400.0, coherence(st, vectors),
          st.id(), label.length() > 70 ? label.substring(0, 70) : label);
    }
  }

  /** A loose story's size, coherence and every n-th title, to see what chains it. */
  private static void showLoose(Story st, Map<String, TermVector> vectors, Map<String, String> titles) {
    System.out.printf(Locale.ROOT, "   loose: %d articles, coherence %.4f%n", st.articleIds().size(), coherence(st, vectors));
    List<String> ids = st.articleIds();
    for (int i = 0; i < ids.size(); i += Math.max(1, ids.size() / 8)) System.out.println("      " + titles.get(ids.get(i)));
  }

  /** Every input's TF-IDF vector, with document frequencies learnt over the whole stream first. */
  private static Map<String, TermVector> vectors(List<StoryVariants.Input> inputs) {
    TermVectorizer v = new TermVectorizer();
    for (StoryVariants.Input x : inputs) v.learnAndVectorize(x.in().title(), x.in().text());
    Map<String, TermVector> out = new HashMap<>();
    for (StoryVariants.Input x : inputs) out.put(x.in().id(), v.vectorize(x.in().title(), x.in().text()));
    return out;
  }

  /** Mean pairwise cosine of a story's articles: (|Σv|² − n) / (n(n − 1)) for unit vectors. */
  static double coherence(Story st, Map<String, TermVector> vectors) {
    List<TermVector> vs = new ArrayList<>();
    for (String id : st.articleIds()) if (vectors.containsKey(id) && !vectors.get(id).isEmpty()) vs.add(vectors.get(id));
    int n = vs.size();
    if (n < 2) return 1;
    Map<String, Double> sum = new HashMap<>();
    for (TermVector v : vs) v.weights().forEach((t, w) -> sum.merge(t, w, Double::sum));
    double sq = 0;
    for (double w : sum.values()) sq += w * w;
    return (sq - n) / ((double) n * (n - 1));
  }

  /** The coherence of a random pair: the floor an unrelated chain sits at (every 50th input against the next). */
  private static double randomPairs(List<StoryVariants.Input> inputs, Map<String, TermVector> vectors) {
    double sum = 0;
    int n = 0;
    for (int i = 0; i + 997 < inputs.size(); i += 50, n++) {
      sum += vectors.get(inputs.get(i).in().id()).cosine(vectors.get(inputs.get(i + 997).in().id()));
    }
    return n == 0 ? 0 : sum / n;
  }

  private StoryDrift() {}

}
