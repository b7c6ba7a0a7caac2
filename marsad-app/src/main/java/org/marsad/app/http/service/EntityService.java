package org.marsad.app.http.service;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Canonical entities across the corpus: listing and one entity's profile. */
public interface EntityService {
  /**
   * Entities ordered by mention count.
   *
   * @param prefix name prefix to filter by (any alias, match-normalised), or null for all
   * @param type   PERS, ORG, LOC or MISC, or null for PERS, ORG and LOC (MISC only when asked for)
   */
  Page<EntitySummary> list(String prefix, String type, PageRequest page) throws IOException;

  /** One entity's profile, or empty when the id is unknown. */
  Optional<EntityProfile> profile(String id) throws IOException;

  /** An entity in a listing. */
  record EntitySummary(String id, String name, String type, long mentions, long articles) {}

  /** Mentions on one day (ISO date). */
  record DailyCount(String date, long count) {}

  /** An entity mentioned in the same articles, with how many articles they share. */
  record RelatedEntity(String id, String name, String type, long articles) {}

  /**
   * Everything the entity page shows.
   *
   * @param aliases     surface forms seen for this entity, most frequent first
   * @param timeline    mentions per day, oldest first, days without mentions may be omitted
   * @param cooccurring entities sharing articles with this one, most shared first
   * @param quotes      latest quotations by this entity, newest first
   */
  record EntityProfile(String id, String name, String type, String role, long mentions, long articles,
      List<String> aliases, List<DailyCount> timeline, List<RelatedEntity> cooccurring, List<QuoteView> quotes) {}
}
