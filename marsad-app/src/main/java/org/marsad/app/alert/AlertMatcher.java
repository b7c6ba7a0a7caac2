package org.marsad.app.alert;

import java.util.List;
import org.marsad.nlp.article.Article;

/**
 * Decides which alerts one article matches. A batch call, so an implementation can prepare the
 * article once (normalise and tokenise it, or index it in a one-document memory index) and then
 * run every alert's query against it.
 */
public interface AlertMatcher {
  /** Throws IllegalArgumentException with a readable reason when the query cannot be used. */
  void validate(String query);

  /** The alerts among {@code alerts} whose query matches {@code article}, in the given order. */
  List<Alert> matching(List<Alert> alerts, Article article);
}
