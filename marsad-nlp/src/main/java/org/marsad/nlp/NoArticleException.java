package org.marsad.nlp;

/**
 * The input holds no article: an empty body once boilerplate is set aside, or an HTML page
 * with no main text (an index page, a video page, an error page). An input error, not a bug.
 */
public class NoArticleException extends IllegalArgumentException {
  public NoArticleException(String message) {
    super(message);
  }
}
