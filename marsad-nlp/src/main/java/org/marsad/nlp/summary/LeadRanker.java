package org.marsad.nlp.summary;

import java.util.List;

/** Baseline: the body's sentences in reading order (lead-k). */
public final class LeadRanker implements SentenceRanker {
  @Override
  public List<Candidate> rank(String title, List<Candidate> candidates) {
    return List.copyOf(candidates);
  }
}
