package org.marsad.app.http.service;

import java.util.List;

/** The state of the feeds being watched. */
@FunctionalInterface
public interface StatusService {
  /** One line per configured feed. */
  List<FeedStatus> feeds();

  /**
   * A watched feed.
   *
   * @param lastFetched ISO time of the last attempt, or null
   * @param lastSuccess ISO time of the last successful fetch, or null
   * @param lastError   the last error message (null when the last fetch succeeded)
   * @param articles    articles ingested from this feed since start
   */
  record FeedStatus(String name, String url, String lastFetched, String lastSuccess, String lastError, long articles) {}
}
