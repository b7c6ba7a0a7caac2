package org.marsad.app.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.backend.StoreOptions;
import org.marsad.app.corpus.Corpus;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.ingest.feed.WatcherOptions;

/**
 * A running engine writes the entity registry, the duplicate index and the story state while it
 * runs, not only at shutdown: after a kill -9 (here: the files read by a second {@link Corpus}
 * while the engine is still open, as a restart after a crash would read them) the registry knows
 * the people of the feed articles and an article keeps its story. Session 17 QA: a desk's `run`
 * had none of the three files after 4 minutes and 86 articles.
 */
class TestCorpusFollowsTheIndex {
  private static final WatcherOptions NO_WAIT = WatcherOptions.defaults().withMinHostInterval(Duration.ZERO);

  @TempDir Path data;
  private FixtureNewsSite site;
  private Engine engine;

  @BeforeEach
  void start() throws Exception {
    site = new FixtureNewsSite();
    LocalApi.writeFeeds(data, Map.of("sana", site.base() + "/rss.xml"));
    engine = Engine.open(StoreOptions.embedded(data), Engine.Feeds.WATCH, NO_WAIT, Duration.ofMillis(100));
  }

  @AfterEach
  void stop() throws Exception {
    if (engine != null) engine.close();
    site.close();
  }

  @Test
  void the_registry_and_the_stories_are_on_disk_while_the_engine_runs() throws Exception {
    engine.pollDue();
    assertThat(engine.feedCounts().stored()).isEqualTo(2);

    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!(Files.exists(data.resolve("stories.bin")) && Files.exists(data.resolve("entities.jsonl"))
        && Files.exists(data.resolve("near-duplicates.bin"))) && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    Hit hit = engine.services().store().search(SearchRequest.of("لافروف")).hits().get(0);
    Article stored = engine.services().store().get(hit.id()).orElseThrow();

    Corpus afterCrash = Corpus.open(data); // what a restart reads; the engine never closed
    assertThat(afterCrash.entities().all()).extracting(EntityRecord::canonical).anyMatch(name -> name.contains("لافروف"));
    assertThat(afterCrash.link(stored).storyId()).as("the article keeps its story").isEqualTo(stored.storyId());
  }

  @Test
  void nothing_is_written_again_while_no_article_comes_in() throws Exception {
    engine.pollDue();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!Files.exists(data.resolve("stories.bin")) && System.nanoTime() < deadline) Thread.sleep(50);
    Thread.sleep(500); // a save in progress ends
    long written = Files.getLastModifiedTime(data.resolve("stories.bin")).toMillis();
    Files.setLastModifiedTime(data.resolve("stories.bin"), java.nio.file.attribute.FileTime.fromMillis(written - 60_000));

    assertThat(engine.pollDue()).as("no feed is due again yet").isZero();
    Thread.sleep(500); // five turns of the saver
    assertThat(Files.getLastModifiedTime(data.resolve("stories.bin")).toMillis()).isEqualTo(written - 60_000);
  }
}
