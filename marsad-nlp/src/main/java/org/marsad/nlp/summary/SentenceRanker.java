package org.marsad.nlp.summary;

import java.util.List;

/** Orders an article's candidate sentences by how much a summary wants them, best first. */
public interface SentenceRanker {
  /** All candidates, best first. {@code title} may be null. */
  List<Candidate> rank(String title, List<Candidate> candidates);
}
