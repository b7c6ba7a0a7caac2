package org.marsad.app.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.ner.EntityEnricher;
import org.marsad.nlp.quote.QuoteExtractor;

/**
 * Scores {@link QuoteExtractor} against the hand-annotated gold set. The extractor runs on
 * each source text exactly as stored in the dataset (so gold offsets apply), without
 * entities unless asked to run the entity step first. A predicted and a gold quotation of the same kind match when their overlap is at
 * least {@link #MIN_OVERLAP} of the longer of the two; matching is one-to-one, best overlap
 * first.
 */
public final class QuoteEvaluation {
  public static final double MIN_OVERLAP = 0.8;

  /** Scores for direct and indirect quotations. */
  public record Result(int documents, QuoteScores direct, QuoteScores indirect) {
    public QuoteScores all() {
      return direct.plus(indirect);
    }
  }

  private final QuoteExtractor extractor;
  private final EntityEnricher entities; // null: run without entities

  public QuoteEvaluation(QuoteExtractor extractor) {
    this(extractor, null);
  }

  /** With an entity step run on each text first, as in the product pipeline. */
  public QuoteEvaluation(QuoteExtractor extractor, EntityEnricher entities) {
    this.extractor = extractor;
    this.entities = entities;
  }

  /**
   * Runs the evaluation; {@code errors} receives one line per miss and false alarm (may be
   * null).
   */
  public Result run(List<GoldDocument> gold, DatasetTexts texts, Consumer<String> errors) throws IOException {
    QuoteScores d = new QuoteScores(0, 0, 0, 0), in = d;
    for (GoldDocument doc : gold) {
      String text = texts.text(doc);
      for (GoldQuote g : doc.quotes()) {
        if (g.start() < 0 || g.end() > text.length() || g.start() >= g.end()) {
          throw new IOException(doc.id() + ": gold offsets " + g.start() + "-" + g.end() + " outside the text");
        }
        if (g.text() != null && !g.text().equals(text.substring(g.start(), g.end()))) {
          throw new IOException(doc.id() + ": gold text at " + g.start() + "-" + g.end() + " differs from the dataset text");
        }
      }
      List<Entity> ents = entities == null ? List.of() : entities.entities(text);
      List<Quote> pred = extractor.extract(text, ents);
      d = d.plus(score(doc, text, pred, true, errors));
      in = in.plus(score(doc, text, pred, false, errors));
    }
    return new Result(gold.size(), d, in);
  }

  static QuoteScores score(GoldDocument doc, String text, List<Quote> all, boolean direct, Consumer<String> errors) {
    List<GoldQuote> gold = doc.quotes().stream().filter(g -> g.direct() == direct).toList();
    List<Quote> pred = all.stream().filter(p -> p.direct() == direct).toList();
    record Pair(int g, int p, double overlap) {}
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      for (int j = 0; j < pred.size(); j++) {
        double o = overlap(gold.get(i).start(), gold.get(i).end(), pred.get(j).start(), pred.get(j).end());
        if (o >= MIN_OVERLAP) pairs.add(new Pair(i, j, o));
      }
    }
    pairs.sort((a, b) -> Double.compare(b.overlap(), a.overlap()));
    boolean[] gUsed = new boolean[gold.size()], pUsed = new boolean[pred.size()];
    int matched = 0, right = 0;
    for (Pair p : pairs) {
      if (gUsed[p.g()] || pUsed[p.p()]) continue;
      gUsed[p.g()] = pUsed[p.p()] = true;
      matched++;
      GoldQuote g = gold.get(p.g());
      Quote q = pred.get(p.p());
      if (SpeakerMatch.matches(g.speaker(), q.speaker())) right++;
      else if (errors != null) errors.accept(doc.id() + "\tSPEAKER\t" + kind(direct) + "\tgold=" + g.speaker() + "\tpred=" + q.speaker() + "\t" + clip(q.text()));
    }
    if (errors != null) {
      for (int i = 0; i < gold.size(); i++) {
        if (!gUsed[i]) errors.accept(doc.id() + "\tMISSED\t" + kind(direct) + "\t" + gold.get(i).speaker() + "\t" + clip(text.substring(gold.get(i).start(), gold.get(i).end())));
      }
      for (int j = 0; j < pred.size(); j++) {
        if (!pUsed[j]) errors.accept(doc.id() + "\tFALSE\t" + kind(direct) + "\t" + pred.get(j).speaker() + "\t" + clip(pred.get(j).text()));
      }
    }
    return new QuoteScores(gold.size(), pred.size(), matched, right);
  }

  /** Shared characters as a fraction of the longer span. */
  static double overlap(int gs, int ge, int ps, int pe) {
    int inter = Math.min(ge, pe) - Math.max(gs, ps);
    if (inter <= 0) return 0;
    return (double) inter / Math.max(ge - gs, pe - ps);
  }

  private static String kind(boolean direct) {
    return direct ? "direct" : "indirect";
  }

  private static String clip(String s) {
    s = s.replace('\n', ' ');
    return s.length() <= 80 ? s : s.substring(0, 80) + "…";
  }

  /** Convenience for the CLI: reads the gold file and the shared datasets. */
  public static Result run(Path goldFile, Path shared, Consumer<String> errors) throws IOException {
    return run(goldFile, shared, false, errors);
  }

  /** As above; with {@code withEntities} the shipped entity step runs first (speakers may use it). */
  public static Result run(Path goldFile, Path shared, boolean withEntities, Consumer<String> errors) throws IOException {
    QuoteEvaluation e = new QuoteEvaluation(new QuoteExtractor(), withEntities ? new EntityEnricher() : null);
    return e.run(QuoteGoldSet.read(goldFile), new DatasetTexts(shared), errors);
  }
}
