package org.marsad.app.http.service;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Stories: clusters of articles about the same event. */
public interface StoryService {
  /**
   * Stories of two articles or more over the whole index, most articles first (ties by id). Not
   * newest first: reading every story to order them by date would cost the whole index.
   */
  default Page<StorySummary> list(PageRequest page) throws IOException {
    return list(page, null, null);
  }

  /**
   * As {@link #list(PageRequest)}, counting only the articles published from {@code from} to
   * {@code to} (UTC days, inclusive; null: open): the stories with two or more articles there,
   * each summarised over those articles (what a desk asks for: the stories of the last days, not
   * the week's largest; session 17 QA).
   */
  Page<StorySummary> list(PageRequest page, LocalDate from, LocalDate to) throws IOException;

  /** The newest day (UTC) with an article, empty for an empty index: where {@code days=N} windows end. */
  default Optional<LocalDate> newestDay() throws IOException {
    return Optional.empty();
  }

  /** One story with its articles, or empty when the id is unknown. */
  Optional<StoryDetail> get(String id) throws IOException;

  /** A story in a listing; {@code first}/{@code last} are ISO times of its oldest and newest article. */
  record StorySummary(String id, String title, long articles, List<String> sources, String first, String last) {}

  /** An article of a story. */
  record StoryArticle(String id, String title, String source, String published, String duplicateOf) {}

  /** One story: its summary, its articles oldest first and the entities it is about. */
  record StoryDetail(StorySummary story, List<StoryArticle> articles, List<EntityService.RelatedEntity> entities) {}
}
