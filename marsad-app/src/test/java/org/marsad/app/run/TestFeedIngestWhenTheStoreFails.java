package org.marsad.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.app.corpus.Corpus;
import org.marsad.app.http.ServerWiring;
import org.marsad.app.http.Services;
import org.marsad.app.http.service.IngestService;
import org.marsad.app.pipeline.Quarantine;
import org.marsad.ingest.feed.FeedKind;
import org.marsad.ingest.feed.FeedSource;
import org.marsad.ingest.feed.FeedStatus;
import org.marsad.ingest.feed.FeedWatcher;
import org.marsad.ingest.feed.WatcherOptions;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;

/**
 * A page the store cannot take (disk full, an I/O error) is not a bad page: it is not quarantined
 * nor marked seen, and the next poll fetches and stores it (session 17 QA, F9: such a page was
 * quarantined as "could not store" and never fetched again). A page that is really gone is still
 * quarantined, once.
 */
class TestFeedIngestWhenTheStoreFails {
  @TempDir Path data;

  @Test
  void a_page_the_store_failed_on_is_stored_at_the_next_poll_and_a_removed_page_is_quarantined_once() throws Exception {
    try (FixtureNewsSite site = new FixtureNewsSite();
        ArticleStore store = StoreFactory.openForWriting(StoreOptions.embedded(data));
        Corpus corpus = Corpus.open(data)) {
      Services services = ServerWiring.services(data, store, corpus).build();
      IngestService diskFullOnce = new IngestService() {
        private boolean failed;

        @Override
        public Ingested ingest(org.marsad.nlp.article.RawDocument document) throws IOException {
          if (!failed) {
            failed = true;
            throw new IOException("No space left on device");
          }
          return services.ingest().ingest(document);
        }
      };
      FeedSource sana = new FeedSource("sana", null, URI.create(site.base() + "/rss.xml"), FeedKind.FEED, "sana", Duration.ofMinutes(5), true);
      WatcherOptions noWait = WatcherOptions.defaults().withMinHostInterval(Duration.ZERO);
      try (FeedIngest sink = new FeedIngest(diskFullOnce, services.alertEngine(), new Quarantine(data.resolve("quarantine")));
          FeedWatcher watcher = new FeedWatcher(List.of(sana), sink, noWait)) {
        FeedStatus first = watcher.poll("sana");
        assertThat(first.lastError()).isEqualTo("not stored, retried later: could not store: No space left on device");
        assertThat(sink.counts().notStored()).isEqualTo(1);
        assertThat(sink.counts().failed()).as("nothing quarantined").isZero();
        assertThat(site.hits("/news/electricity.html")).as("the rest of the feed waits for the next poll").isZero();

        watcher.poll("sana");
        watcher.poll("sana");
        assertThat(site.hits("/news/lavrov-kerry.html")).as("fetched again once, then seen (the third: its tracking-URL copy)").isEqualTo(3);
        assertThat(sink.counts().stored()).isEqualTo(2);
        assertThat(sink.counts().duplicates()).as("the same page behind a tracking URL").isEqualTo(1);
        assertThat(sink.counts().failed()).as("the removed page (404), once").isEqualTo(1);
        assertThat(watcher.statuses().get(0).lastError()).isNull();
      }
      store.commit();
      assertThat(store.search(SearchRequest.of("لافروف")).total()).isEqualTo(1);
      assertThat(store.search(SearchRequest.of("الكهرباء")).total()).isEqualTo(1);
      assertThat(Files.readString(data.resolve("quarantine").resolve(Quarantine.REASONS)))
          .contains("removed.html").doesNotContain("lavrov-kerry", "could not store");
    }
  }
}
