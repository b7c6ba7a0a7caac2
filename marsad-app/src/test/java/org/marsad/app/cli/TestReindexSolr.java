package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.backend.SolrCloudInTestJvm;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.store.ArticleStore;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.log.LoggedArticleStore;

/**
 * {@code marsad reindex --backend solr} rebuilds a SolrCloud collection from the article log of
 * the data directory: into a fresh collection (the clean rebuild) it gives the same search
 * answers as the collection the ingest wrote, in place it replaces each article without
 * duplicating or losing any, and it never writes to the log it reads.
 */
class TestReindexSolr {
  @TempDir Path inputs;
  @TempDir Path data;

  @Test
  void rebuilds_a_fresh_collection_and_an_existing_one_from_the_log() throws Exception {
    String zk = SolrCloudInTestJvm.zk();
    SolrInputs.createCollection(zk, "reindex_from");
    SolrInputs.createCollection(zk, "reindex_to");
    CliRun ingest = CliRun.withData(data, SolrInputs.args("ingest", SolrInputs.backend(zk, "reindex_from"), SolrInputs.write(inputs)));
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    long logBytes = logBytes();

    CliRun fresh = CliRun.withData(data, SolrInputs.args("reindex", SolrInputs.backend(zk, "reindex_to")));
    assertThat(fresh.exit()).as(fresh.err()).isZero();
    assertThat(fresh.err()).contains("marsad: reindexed 4 articles from the log into collection reindex_to (4 articles in it now)");
    for (String q : new String[] {"لافروف", "سوريا source:sana", "person:لافروف", "مستشفيات"}) {
      JsonNode a = search(zk, "reindex_from", q);
      JsonNode b = search(zk, "reindex_to", q);
      assertThat(b.get("total")).as(q).isEqualTo(a.get("total"));
      assertThat(b.get("hits").findValuesAsText("id")).as(q).containsExactlyInAnyOrderElementsOf(a.get("hits").findValuesAsText("id"));
    }
    JsonNode withCopy = search(zk, "reindex_to", "لافروف", "--all");
    assertThat(withCopy.get("total").asInt()).as("the near-duplicate mark survives").isEqualTo(search(zk, "reindex_to", "لافروف").get("total").asInt() + 1);

    CliRun inPlace = CliRun.withData(data, SolrInputs.args("reindex", SolrInputs.backend(zk, "reindex_from")));
    assertThat(inPlace.exit()).as(inPlace.err()).isZero();
    assertThat(inPlace.err()).contains("into collection reindex_from (4 articles in it now)");
    assertThat(logBytes()).as("reindex reads the log, never appends to it").isEqualTo(logBytes);
  }

  @Test
  void a_second_writer_on_the_same_data_directory_is_refused_even_on_solr() throws Exception {
    String zk = SolrCloudInTestJvm.zk();
    SolrInputs.createCollection(zk, "reindex_locks");
    try (ArticleStore writer = StoreFactory.openForWriting(StoreOptions.solr(data, zk, "reindex_locks"))) {
      CliRun second = CliRun.withData(data, SolrInputs.args("ingest", SolrInputs.backend(zk, "reindex_locks"), SolrInputs.write(inputs)));
      assertThat(second.exit()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
      assertThat(second.err()).contains("is in use by another marsad process");
      CliRun reindex = CliRun.withData(data, SolrInputs.args("reindex", SolrInputs.backend(zk, "reindex_locks")));
      assertThat(reindex.err()).contains("is in use by another marsad process");
      assertThat(writer.count()).isZero();
    }
  }

  @Test
  void a_missing_collection_or_log_is_a_clear_error() throws Exception {
    String zk = SolrCloudInTestJvm.zk();
    CliRun noLog = CliRun.withData(data, SolrInputs.args("reindex", SolrInputs.backend(zk, "reindex_to")));
    assertThat(noLog.exit()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(noLog.err()).contains("no article log at");

    Files.createDirectories(data.resolve(LoggedArticleStore.LOG_DIR));
    CliRun noCollection = CliRun.withData(data, SolrInputs.args("reindex", SolrInputs.backend(zk, "no_such_collection")));
    assertThat(noCollection.exit()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(noCollection.err()).contains("no collection 'no_such_collection'");

    CliRun usage = CliRun.withData(data, "reindex", "--backend", "solr", "--collection", "x");
    assertThat(usage.exit()).as(usage.err()).isNotZero();
  }

  private JsonNode search(String zk, String collection, String q, String... more) throws Exception {
    CliRun r = CliRun.withData(data, SolrInputs.args("search", "--json", "--size", "50", SolrInputs.backend(zk, collection), more, q));
    assertThat(r.exit()).as(r.err()).isZero();
    return ArticleJson.mapper().readTree(r.out());
  }

  private long logBytes() throws Exception {
    try (Stream<Path> s = Files.walk(data.resolve(LoggedArticleStore.LOG_DIR))) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
