package org.marsad.nlp.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Picks whole sentences of an article as its summary, shown in reading order. The product
 * summary ({@link #summarize}) has two sentences, three when the article is long
 * (at least {@value #LONG_ARTICLE_CANDIDATES} candidate sentences) and the three stay within
 * {@value #MAX_WORDS} words; fewer only when the article has fewer usable sentences.
 * {@link #summarizeToWords} fills a word budget instead (used by the evaluation, where every
 * system gets the same budget). Thread-safe.
 */
public final class ExtractiveSummarizer {
  static final int LONG_ARTICLE_CANDIDATES = 8;
  static final int MAX_WORDS = 110;

  private final SentenceRanker ranker;

  /** Marsad's lead-aware ranker. */
  public ExtractiveSummarizer() {
    this(new LeadAwareRanker());
  }

  public ExtractiveSummarizer(SentenceRanker ranker) {
    this.ranker = ranker;
  }

  /** Two or three sentences of {@code text}; {@code title} may be null. */
  public List<String> summarize(String title, String text) {
    List<Candidate> cands = CandidateSentences.of(text);
    List<Candidate> ranked = ranker.rank(title, cands);
    int k = Math.min(2, ranked.size());
    if (cands.size() >= LONG_ARTICLE_CANDIDATES && ranked.size() >= 3) {
      int words = ranked.get(0).words() + ranked.get(1).words() + ranked.get(2).words();
      if (words <= MAX_WORDS) k = 3;
    }
    return inReadingOrder(ranked.subList(0, k));
  }

  /** Best-ranked sentences until at least {@code words} words, in reading order (not truncated). */
  public List<String> summarizeToWords(String title, String text, int words) {
    List<Candidate> picked = new ArrayList<>();
    int total = 0;
    for (Candidate c : ranker.rank(title, CandidateSentences.of(text))) {
      if (total >= words) break;
      picked.add(c);
      total += c.words();
    }
    return inReadingOrder(picked);
  }

  private static List<String> inReadingOrder(List<Candidate> picked) {
    return picked.stream().sorted(Comparator.comparingInt(Candidate::index)).map(Candidate::text).toList();
  }
}
