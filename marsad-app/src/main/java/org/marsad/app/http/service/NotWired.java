package org.marsad.app.http.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.marsad.nlp.article.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * Stand-ins for services whose implementation is not wired yet: each call throws
 * {@link ServiceUnavailableException} naming the feature, so the API answers 503 instead of
 * pretending there is no data.
 */
public final class NotWired {
  private NotWired() {}

  private static ServiceUnavailableException missing(String feature) {
    return new ServiceUnavailableException(feature + " is not available in this build");
  }

  public static AnalyzeService analyze() {
    return doc -> { throw missing("analysis"); };
  }

  public static IngestService ingest() {
    return doc -> { throw missing("ingest"); };
  }

  public static QuoteService quotes() {
    return (speaker, query, from, to, page) -> { throw missing("quotations"); };
  }

  public static TrendService trends() {
    return (days, limit) -> { throw missing("trends"); };
  }

  /** No feeds configured: an empty list is the truth, not a missing feature. */
  public static StatusService noFeeds() {
    return List::of;
  }

  public static EntityService entities() {
    return new EntityService() {
      @Override
      public Page<EntitySummary> list(String prefix, String type, PageRequest page) {
        throw missing("entities");
      }

      @Override
      public Optional<EntityProfile> profile(String id) {
        throw missing("entities");
      }
    };
  }

  public static StoryService stories() {
    return new StoryService() {
      @Override
      public Page<StorySummary> list(PageRequest page, LocalDate from, LocalDate to) {
        throw missing("stories");
      }

      @Override
      public Optional<StoryDetail> get(String id) {
        throw missing("stories");
      }
    };
  }

  /** A store that is not there: every call answers 503 (closing is fine). */
  public static ArticleStore store() {
    return new ArticleStore() {
      @Override public boolean contains(String id) { throw missing("the article index"); }
      @Override public void add(Article article) { throw missing("the article index"); }
      @Override public void commit() { throw missing("the article index"); }
      @Override public Optional<Article> get(String id) { throw missing("the article index"); }
      @Override public SearchResult search(SearchRequest request) { throw missing("the article index"); }
      @Override public long count() { throw missing("the article index"); }
      @Override public void close() {}
    };
  }
}
