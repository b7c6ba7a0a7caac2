package org.marsad.app.http.service;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Stories: clusters of articles about the same event. */
public interface StoryService {
  /** Stories, most recently updated first. */
  Page<StorySummary> list(PageRequest page) throws IOException;

  /** One story with its articles, or empty when the id is unknown. */
  Optional<StoryDetail> get(String id) throws IOException;

  /** A story in a listing; {@code first}/{@code last} are ISO times of its oldest and newest article. */
  record StorySummary(String id, String title, long articles, List<String> sources, String first, String last) {}

  /** An article of a story. */
  record StoryArticle(String id, String title, String source, String published, String duplicateOf) {}

  /** One story: its summary, its articles oldest first and the entities it is about. */
  record StoryDetail(StorySummary story, List<StoryArticle> articles, List<EntityService.RelatedEntity> entities) {}
}
