package org.marsad.nlp.ner;

import java.util.List;
import java.util.Map;

/**
 * Runs a tagger over a tagged corpus and scores it ({@link NerScorer}), timing the tagging
 * alone. The corpus is tagged as one stream of sentences (ANERcorp has no document breaks).
 *
 * @param scores        per-type and micro scores
 * @param sentences     sentences tagged
 * @param tokens        tokens tagged
 * @param tokensPerSecond tagging speed on one thread, wall clock
 * @param tokensPerCpuSecond tagging speed per second of the tagging thread's CPU time (the
 *        one-core speed even when other processes compete for the machine)
 */
public record NerEvaluation(Map<String, NerScorer.Score> scores, int sentences, long tokens, double tokensPerSecond,
    double tokensPerCpuSecond) {

  /** Tags and scores every sentence. */
  public static NerEvaluation run(NerTagger tagger, List<TaggedSentence> corpus) {
    NerScorer scorer = new NerScorer();
    String[][] predicted = new String[corpus.size()][];
    tagger.clearContext();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    for (int i = 0; i < corpus.size(); i++) predicted[i] = tagger.tagInContext(corpus.get(i).tokens());
    long nanos = System.nanoTime() - t0;
    long cpu = mx.getCurrentThreadCpuTime() - c0;
    tagger.clearContext();
    for (int i = 0; i < corpus.size(); i++) scorer.add(corpus.get(i).tags(), predicted[i]);
    double tps = nanos == 0 ? 0 : scorer.tokens() * 1e9 / nanos;
    double cps = cpu <= 0 ? 0 : scorer.tokens() * 1e9 / cpu;
    return new NerEvaluation(scorer.scores(), corpus.size(), scorer.tokens(), tps, cps);
  }

  /**
   * Tags the corpus in consecutive pseudo-documents of {@code size} sentences with
   * {@link NerTagger#tagDocument} (document consistency on; ANERcorp keeps its sentences in
   * article order but marks no article breaks) and scores it; timing as in {@link #run}.
   */
  public static NerEvaluation runInDocuments(NerTagger tagger, List<TaggedSentence> corpus, int size) {
    NerScorer scorer = new NerScorer();
    java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
    long c0 = mx.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    java.util.List<String[]> predicted = new java.util.ArrayList<>(corpus.size());
    for (int from = 0; from < corpus.size(); from += size) {
      List<TaggedSentence> doc = corpus.subList(from, Math.min(corpus.size(), from + size));
      predicted.addAll(tagger.tagDocument(doc.stream().map(TaggedSentence::tokens).toList()));
    }
    long nanos = System.nanoTime() - t0;
    long cpu = mx.getCurrentThreadCpuTime() - c0;
    for (int i = 0; i < corpus.size(); i++) scorer.add(corpus.get(i).tags(), predicted.get(i));
    double tps = nanos == 0 ? 0 : scorer.tokens() * 1e9 / nanos;
    double cps = cpu <= 0 ? 0 : scorer.tokens() * 1e9 / cpu;
    return new NerEvaluation(scorer.scores(), corpus.size(), scorer.tokens(), tps, cps);
  }

  /** Micro-averaged F1. */
  public double microF1() {
    return scores.get("micro").f1();
  }
}
