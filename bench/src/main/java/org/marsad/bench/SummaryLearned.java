package org.marsad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.app.eval.EascCorpus;
import org.marsad.app.eval.PairedComparison;
import org.marsad.app.eval.RougeScorer;
import org.marsad.app.eval.SummaryEvaluation;
import org.marsad.nlp.summary.Candidate;
import org.marsad.nlp.summary.CandidateSentences;
import org.marsad.nlp.summary.ExtractiveSummarizer;
import org.marsad.nlp.summary.LeadAwareRanker;
import org.marsad.nlp.summary.LeadRanker;
import org.marsad.nlp.summary.SentenceRanker;
import org.marsad.nlp.summary.TermVectors;

/**
 * The supervised-scorer experiment for issue 6 (can a learned sentence scorer beat lead-k on
 * EASC beyond noise?): {@code bench/run SummaryLearned ../shared}.
 *
 * <p>Every candidate sentence of the <b>development half</b> is labelled by what the annotators
 * did with it: {@code share} = mean over the 5 references of the share of its distinct bigrams
 * found in the reference, or {@code frac} = share of references that contain it (≥ 0.7 of its
 * bigrams). A ridge regression over features of the sentence predicts the label; it is fitted on
 * within-article differences (features and label centred per article, the first sentence left
 * out, as only the order inside an article matters and the first sentence always leads). The
 * ranker puts the first sentence first and the others by predicted label; the summary fills the
 * same word budget as every system in {@code marsad eval summary}.
 *
 * <p>Protocol: 7-fold cross-validation on the development half for each feature set × label ×
 * ridge penalty; the setting best in cross-validation is refitted on the whole development half
 * and scored <b>once</b> on the held-out half, with per-article wins/losses against lead, a sign
 * test and a paired bootstrap ({@link PairedComparison}). The run also prints how one human
 * reference, cut to the budget, scores against the other four (the agreement ceiling lead is
 * measured against).
 */
public final class SummaryLearned {
  private static final int FOLDS = 7;
  private static final double INCLUDED = 0.7;
  private static final double[] TAUS = {0, 0.025, 0.05, 0.075, 0.1, 0.15, 0.2};

  /** Feature names, in the order of {@link #features}. */
  static final List<String> NAMES = List.of(
      "first", "inverse-position", "relative-position", "relative-position^2", "last", // position
      "log-words", "over-50-words", "under-12-words",                                  // length
      "centrality", "similarity-to-first", "has-digits", "distinct-term-ratio",       // content
      "mean-term-probability", "top5-term-density", "repeated-term-share");           // topic words

  /** Which features a setting uses (by group). */
  enum Group {
    POSITION(0, 5), LENGTH(5, 8), CONTENT(8, 12), TOPIC_WORDS(12, 15);
    final int from, to;
    Group(int from, int to) { this.from = from; this.to = to; }
  }

  record Setting(Set<Group> groups, boolean frac, double l2) {
    boolean[] mask() {
      boolean[] m = new boolean[NAMES.size()];
      for (Group g : groups) for (int j = g.from; j < g.to; j++) m[j] = true;
      return m;
    }
    @Override public String toString() {
      return String.format(Locale.ROOT, "%-42s %-5s l2=%-6s", groups, frac ? "frac" : "share", l2);
    }
  }

  /** An article's candidates with their features and labels. */
  record Article(EascCorpus.Item item, List<Candidate> cands, double[][] x, double[] share, double[] frac) {}

  public static void main(String[] args) throws Exception {
    List<EascCorpus.Item> all = EascCorpus.read(Path.of(args[0]).resolve(EascCorpus.PATH));
    List<Article> dev = EascCorpus.Half.DEV.of(all).stream().map(SummaryLearned::article).toList();
    List<Article> held = EascCorpus.Half.HELD_OUT.of(all).stream().map(SummaryLearned::article).toList();
    ExtractiveSummarizer lead = new ExtractiveSummarizer(new LeadRanker());
    double[] leadDev = rouge2(dev, lead), leadHeld = rouge2(held, lead);
    System.out.printf(Locale.ROOT, "dev %d articles, held-out %d; lead ROUGE-2 dev %.4f, held-out %.4f%n",
        dev.size(), held.size(), mean(leadDev), mean(leadHeld));
    System.out.printf(Locale.ROOT, "one human reference (cut to the budget) against the other four: %.4f; lead against the same four: %.4f%n",
        humanCeiling(all, lead)[0], humanCeiling(all, lead)[1]);
    System.out.printf(Locale.ROOT, "greedy oracle (sentences added while ROUGE-2 against the references rises), all articles: %.4f%n",
        all.stream().mapToDouble(SummaryLearned::greedyOracle).average().orElse(0));

    List<Setting> grid = new ArrayList<>();
    List<Set<Group>> sets = List.of(
        Set.of(Group.POSITION, Group.LENGTH),
        Set.of(Group.POSITION, Group.LENGTH, Group.CONTENT),
        Set.of(Group.POSITION, Group.LENGTH, Group.TOPIC_WORDS),
        Set.of(Group.POSITION, Group.LENGTH, Group.CONTENT, Group.TOPIC_WORDS));
    for (Set<Group> g : sets) for (boolean frac : new boolean[] {false, true}) for (double l2 : new double[] {1, 100, 1000})
      grid.add(new Setting(new java.util.TreeSet<>(g), frac, l2));

    System.out.println("7-fold cross-validation on the development half (ROUGE-2, wins/losses/ties against lead):");
    Setting best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Setting s : grid) {
      double[] cv = new double[dev.size()];
      for (int f = 0; f < FOLDS; f++) {
        List<Article> train = new ArrayList<>();
        for (int j = 0; j < dev.size(); j++) if (j % FOLDS != f) train.add(dev.get(j));
        double[] w = fit(train, s);
        for (int j = f; j < dev.size(); j += FOLDS) cv[j] = rouge2(dev.get(j), w, s.mask(), 0);
      }
      PairedComparison c = PairedComparison.of(cv, leadDev);
      System.out.printf(Locale.ROOT, "  %s cv %.4f  %+.4f  %d/%d/%d%n", s, mean(cv), c.meanDiff(), c.wins(), c.losses(), c.ties());
      if (mean(cv) > bestScore) { bestScore = mean(cv); best = s; }
    }

    // Stage 2, for the chosen setting: how far ahead a later sentence must be predicted to be
    // before it displaces one of the sentences lead-k would have taken (tau = 0: pure ranking).
    System.out.println("margin tau for " + best + " (7-fold cross-validation on the development half):");
    double bestTau = 0, bestTauScore = Double.NEGATIVE_INFINITY;
    for (double tau : TAUS) {
      double[] cv = new double[dev.size()];
      for (int f = 0; f < FOLDS; f++) {
        List<Article> train = new ArrayList<>();
        for (int j = 0; j < dev.size(); j++) if (j % FOLDS != f) train.add(dev.get(j));
        double[] w = fit(train, best);
        for (int j = f; j < dev.size(); j += FOLDS) cv[j] = rouge2(dev.get(j), w, best.mask(), tau);
      }
      PairedComparison c = PairedComparison.of(cv, leadDev);
      System.out.printf(Locale.ROOT, "  tau %.3f  cv %.4f  %+.4f  %d/%d/%d%n", tau, mean(cv), c.meanDiff(), c.wins(), c.losses(), c.ties());
      if (mean(cv) > bestTauScore) { bestTauScore = mean(cv); bestTau = tau; }
    }

    double[] w = fit(dev, best);
    System.out.printf(Locale.ROOT, "chosen (best in cross-validation): %s tau %.3f; weights (per unit of each raw feature):%n", best, bestTau);
    boolean[] mask = best.mask();
    for (int j = 0; j < NAMES.size(); j++) if (mask[j]) System.out.printf(Locale.ROOT, "  %-22s %+.4f%n", NAMES.get(j), w[j]);
    ExtractiveSummarizer marsad = new ExtractiveSummarizer(new LeadAwareRanker());
    for (double tau : bestTau == 0 ? new double[] {0} : new double[] {0, bestTau}) {
      double[] d = new double[dev.size()], h = new double[held.size()];
      for (int j = 0; j < d.length; j++) d[j] = rouge2(dev.get(j), w, mask, tau);
      for (int j = 0; j < h.length; j++) h[j] = rouge2(held.get(j), w, mask, tau);
      report(String.format(Locale.ROOT, "learned tau %.3f, dev (fitted here)", tau), d, leadDev);
      report(String.format(Locale.ROOT, "learned tau %.3f, held-out", tau), h, leadHeld);
    }
    report("marsad (LeadAwareRanker.DEFAULT), dev", rouge2(dev, marsad), leadDev);
    report("marsad (LeadAwareRanker.DEFAULT), held-out", rouge2(held, marsad), leadHeld);
  }

  /** ROUGE-2 of the learned ranker on one article, its lead-k window being what lead takes for the budget. */
  private static double rouge2(Article a, double[] w, boolean[] mask, double tau) {
    int budget = SummaryEvaluation.budget(a.item().references().stream().map(RougeScorer::tokens).toList());
    int window = 0, words = 0;
    while (window < a.cands().size() && words < budget) words += a.cands().get(window++).words();
    return rouge2(List.of(a), new ExtractiveSummarizer(new Ranker(w, mask, tau, window)))[0];
  }

  private static void report(String label, double[] system, double[] lead) {
    PairedComparison c = PairedComparison.of(system, lead);
    System.out.printf(Locale.ROOT, "%-44s ROUGE-2 %.4f (lead %.4f)  %+.4f [%+.4f, %+.4f]  w/l/t %d/%d/%d  sign p = %.3f%n",
        label, mean(system), mean(lead), c.meanDiff(), c.ciLow(), c.ciHigh(), c.wins(), c.losses(), c.ties(), c.signTestP());
  }

  // ---- labels and features ----

  static Article article(EascCorpus.Item item) {
    List<Candidate> cands = CandidateSentences.of(item.text());
    List<Set<String>> refBigrams = item.references().stream().map(r -> bigrams(RougeScorer.tokens(r))).toList();
    double[] share = new double[cands.size()], frac = new double[cands.size()];
    for (int i = 0; i < cands.size(); i++) {
      Set<String> b = bigrams(RougeScorer.tokens(cands.get(i).text()));
      for (Set<String> rb : refBigrams) {
        double s = b.isEmpty() ? 0 : (double) b.stream().filter(rb::contains).count() / b.size();
        share[i] += s / refBigrams.size();
        if (s >= INCLUDED) frac[i] += 1.0 / refBigrams.size();
      }
    }
    return new Article(item, cands, features(cands), share, frac);
  }

  /** One row of {@link #NAMES} per candidate. */
  static double[][] features(List<Candidate> cands) {
    int n = cands.size();
    double[][] x = new double[n][];
    if (n == 0) return x;
    List<Map<String, Double>> vec = TermVectors.tfidf(cands);
    Map<String, Double> doc = new HashMap<>();
    vec.forEach(v -> v.forEach((t, w) -> doc.merge(t, w, Double::sum)));
    Map<String, Integer> tf = new HashMap<>();
    int total = 0;
    for (Candidate c : cands) for (String t : c.terms()) { tf.merge(t, 1, Integer::sum); total++; }
    Set<String> top = new HashSet<>(tf.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(5).map(Map.Entry::getKey).toList());
    for (int i = 0; i < n; i++) {
      Candidate c = cands.get(i);
      double rel = (double) i / n;
      List<String> terms = c.terms();
      double prob = 0, repeated = 0;
      for (String t : terms) { prob += (double) tf.get(t) / Math.max(1, total); if (tf.get(t) > 1) repeated++; }
      Set<String> distinct = new HashSet<>(terms);
      long topHits = distinct.stream().filter(top::contains).count();
      x[i] = new double[] {
          i == 0 ? 1 : 0, 1.0 / (1 + i), rel, rel * rel, i == n - 1 ? 1 : 0,
          Math.log(c.words()), c.words() > 50 ? 1 : 0, c.words() < 12 ? 1 : 0,
          cosine(vec.get(i), doc), i == 0 ? 1 : cosine(vec.get(i), vec.get(0)),
          c.text().codePoints().anyMatch(Character::isDigit) ? 1 : 0, (double) distinct.size() / c.words(),
          terms.isEmpty() ? 0 : prob / terms.size(), (double) topHits / c.words(), terms.isEmpty() ? 0 : repeated / terms.size()};
    }
    return x;
  }

  // ---- the model ----

  /** Ridge regression on per-article-centred, standardised features; returns raw-scale weights. */
  static double[] fit(List<Article> train, Setting s) {
    boolean[] mask = s.mask();
    int d = NAMES.size();
    List<double[]> rows = new ArrayList<>();
    List<Double> ys = new ArrayList<>();
    for (Article a : train) {
      int n = a.cands().size();
      if (n < 3) continue; // the first sentence is left out: at least two others to compare
      double[] mx = new double[d];
      double my = 0;
      for (int i = 1; i < n; i++) {
        for (int j = 0; j < d; j++) mx[j] += a.x()[i][j] / (n - 1);
        my += (s.frac() ? a.frac()[i] : a.share()[i]) / (n - 1);
      }
      for (int i = 1; i < n; i++) {
        double[] r = new double[d];
        for (int j = 0; j < d; j++) r[j] = mask[j] ? a.x()[i][j] - mx[j] : 0;
        rows.add(r);
        ys.add((s.frac() ? a.frac()[i] : a.share()[i]) - my);
      }
    }
    double[] sd = new double[d];
    for (double[] r : rows) for (int j = 0; j < d; j++) sd[j] += r[j] * r[j] / rows.size();
    for (int j = 0; j < d; j++) sd[j] = sd[j] > 1e-12 ? Math.sqrt(sd[j]) : 1;
    double[][] a = new double[d][d];
    double[] b = new double[d];
    for (int k = 0; k < rows.size(); k++) {
      double[] r = rows.get(k);
      for (int i = 0; i < d; i++) {
        b[i] += r[i] / sd[i] * ys.get(k);
        for (int j = 0; j < d; j++) a[i][j] += r[i] / sd[i] * r[j] / sd[j];
      }
    }
    for (int i = 0; i < d; i++) a[i][i] += s.l2();
    double[] w = solve(a, b);
    for (int j = 0; j < d; j++) w[j] = mask[j] ? w[j] / sd[j] : 0;
    return w;
  }

  /**
   * First sentence first, the others by predicted label (reading order breaks ties); the first
   * {@code window} sentences (what lead-k takes) get {@code tau} extra, so that a later sentence
   * displaces one of them only when predicted better by more than {@code tau}.
   */
  record Ranker(double[] w, boolean[] mask, double tau, int window) implements SentenceRanker {
    @Override
    public List<Candidate> rank(String title, List<Candidate> cands) {
      double[][] x = features(cands);
      double[] score = new double[cands.size()];
      for (int i = 0; i < cands.size(); i++) {
        for (int j = 0; j < w.length; j++) score[i] += w[j] * x[i][j];
        if (i < window) score[i] += tau;
      }
      if (score.length > 0) score[0] = Double.POSITIVE_INFINITY;
      List<Candidate> out = new ArrayList<>(cands);
      out.sort(Comparator.comparingDouble((Candidate c) -> -score[c.index()]).thenComparingInt(Candidate::index));
      return out;
    }
  }

  // ---- helpers ----

  private static double[] rouge2(List<Article> arts, ExtractiveSummarizer s) {
    return SummaryEvaluation.rouge2(SummaryEvaluation.perArticle(arts.stream().map(Article::item).toList(), s));
  }

  /** {one reference cut to the budget vs the other four, lead vs the same four}, averaged. */
  private static double[] humanCeiling(List<EascCorpus.Item> items, ExtractiveSummarizer lead) {
    double human = 0, leadSum = 0;
    int n = 0;
    for (EascCorpus.Item item : items) {
      List<List<String>> refs = item.references().stream().map(RougeScorer::tokens).toList();
      int budget = SummaryEvaluation.budget(refs);
      List<String> l = RougeScorer.tokens(String.join("\n", lead.summarizeToWords(null, item.text(), budget)));
      if (l.size() > budget) l = l.subList(0, budget);
      for (int j = 0; j < refs.size(); j++) {
        List<List<String>> others = new ArrayList<>(refs);
        List<String> one = others.remove(j);
        human += RougeScorer.averageF(one.subList(0, Math.min(budget, one.size())), others, 2);
        leadSum += RougeScorer.averageF(l, others, 2);
        n++;
      }
    }
    return new double[] {human / n, leadSum / n};
  }

  /**
   * The ROUGE-2 reachable with whole candidate sentences when the references are known: sentences
   * are added one at a time, each time the one that raises ROUGE-2 (reading order, cut to the
   * budget, as in the evaluation) most, until none raises it.
   */
  private static double greedyOracle(EascCorpus.Item item) {
    List<List<String>> refs = item.references().stream().map(RougeScorer::tokens).toList();
    int budget = SummaryEvaluation.budget(refs);
    List<Candidate> cands = CandidateSentences.of(item.text());
    List<Candidate> picked = new ArrayList<>();
    double best = 0;
    while (true) {
      Candidate add = null;
      for (Candidate c : cands) {
        if (picked.contains(c)) continue;
        List<Candidate> trial = new ArrayList<>(picked);
        trial.add(c);
        trial.sort(Comparator.comparingInt(Candidate::index));
        List<String> toks = new ArrayList<>();
        for (Candidate t : trial) toks.addAll(RougeScorer.tokens(t.text()));
        double r = RougeScorer.averageF(toks.subList(0, Math.min(budget, toks.size())), refs, 2);
        if (r > best) { best = r; add = c; }
      }
      if (add == null) return best;
      picked.add(add);
    }
  }

  private static Set<String> bigrams(List<String> t) {
    Set<String> s = new HashSet<>();
    for (int i = 0; i + 1 < t.size(); i++) s.add(t.get(i) + " " + t.get(i + 1));
    return s;
  }

  private static double cosine(Map<String, Double> a, Map<String, Double> b) {
    double dot = 0, na = 0, nb = 0;
    for (Map.Entry<String, Double> e : a.entrySet()) { dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0); na += e.getValue() * e.getValue(); }
    for (double v : b.values()) nb += v * v;
    return dot == 0 ? 0 : dot / Math.sqrt(na * nb);
  }

  /** Gaussian elimination with partial pivoting (the system is small and positive definite). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][];
    for (int i = 0; i < n; i++) { m[i] = Arrays.copyOf(a[i], n + 1); m[i][n] = b[i]; }
    for (int c = 0; c < n; c++) {
      int p = c;
      for (int r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
      double[] t = m[c]; m[c] = m[p]; m[p] = t;
      for (int r = c + 1; r < n; r++) {
        double f = m[r][c] / m[c][c];
        for (int k = c; k <= n; k++) m[r][k] -= f * m[c][k];
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = m[i][n];
      for (int k = i + 1; k < n; k++) s -= m[i][k] * x[k];
      x[i] = s / m[i][i];
    }
    return x;
  }

  private static double mean(double[] v) {
    return Arrays.stream(v).average().orElse(0);
  }
}
