package org.marsad.app.cli;

import static org.marsad.app.cli.ShortWires.HEALTH;
import static org.marsad.app.cli.ShortWires.LAVROV;
import static org.marsad.app.cli.ShortWires.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.article.RawDocument;
import org.marsad.store.ArticleStore;
import org.marsad.store.log.LoggedArticleStore;

/**
 * {@code marsad reindex} deletes the index it replaces, so it must never replace what it cannot
 * rebuild: a folder named {@code index} that is not a Marsad index, or an index holding articles
 * the log does not give (an emptied or cut log) unless {@code --force}.
 */
class TestReindexSafety {
  @TempDir Path data;
  @TempDir Path inputs;

  @Test
  void a_directory_given_by_mistake_keeps_its_index_folder() throws Exception {
    Path site = Files.createDirectories(data.resolve("index"));
    Files.writeString(site.resolve("index.html"), "<html dir=\"rtl\"><body>مرحبا</body></html>");
    Files.createDirectories(data.resolve("log"));
    Files.writeString(data.resolve("log/access.log"), "127.0.0.1 - - GET /\n");

    CliRun r = CliRun.withData(data, "reindex");
    assertThat(r.exit()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("is not a Marsad index (it holds index.html)").doesNotContain("Exception");
    assertThat(site.resolve("index.html")).hasContent("<html dir=\"rtl\"><body>مرحبا</body></html>");
  }

  @Test
  void an_emptied_log_does_not_empty_the_index_unless_forced() throws Exception {
    Files.writeString(inputs.resolve("articles.jsonl"), line(LAVROV, "sana") + line(HEALTH, "was"), StandardCharsets.UTF_8);
    assertThat(CliRun.withData(data, "ingest", inputs.toString()).exit()).isZero();
    try (var segments = Files.list(data.resolve("log"))) {
      for (Path s : segments.toList()) Files.delete(s);
    }

    CliRun refused = CliRun.withData(data, "reindex");
    assertThat(refused.exit()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(refused.err()).contains("gives 0 articles but the index holds 2", "--force").doesNotContain("Exception");
    assertThat(total("لافروف")).as("the index is untouched").isEqualTo(1);

    CliRun forced = CliRun.withData(data, "reindex", "--force");
    assertThat(forced.exit()).as(forced.err()).isZero();
    assertThat(total("لافروف")).isZero();
  }

  @Test
  void a_running_writer_keeps_its_index_until_it_has_finished() throws Exception {
    Files.writeString(inputs.resolve("articles.jsonl"), line(LAVROV, "sana"), StandardCharsets.UTF_8);
    assertThat(CliRun.withData(data, "ingest", inputs.toString()).exit()).isZero();
    try (ArticleStore writer = LoggedArticleStore.wrap(ArticleStore.openEmbedded(data), data)) { // as an ingest or a server holds it
      CliRun r = CliRun.withData(data, "reindex");
      assertThat(r.exit()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
      assertThat(r.err()).contains("is in use by another marsad process").doesNotContain("Exception");
      writer.add(new ArticleAnalyzer().analyze(new RawDocument(HEALTH, false, null, null, "was", null, "test")));
      writer.commit();
    }
    assertThat(total("مستشفيات")).as("what the writer stored after the refused reindex is in the index").isEqualTo(1);
    assertThat(CliRun.withData(data, "reindex").exit()).as("once it has finished").isZero();
  }

  @Test
  void the_old_index_is_counted_only_under_the_write_lock() throws Exception {
    Files.writeString(inputs.resolve("articles.jsonl"), line(LAVROV, "sana") + line(HEALTH, "was"), StandardCharsets.UTF_8);
    assertThat(CliRun.withData(data, "ingest", inputs.toString()).exit()).isZero();
    try (var segments = Files.list(data.resolve("log"))) {
      for (Path s : segments.toList()) Files.delete(s);
    }
    try (ArticleStore writer = ArticleStore.openEmbedded(data)) { // a writer that may commit at any moment
      CliRun r = CliRun.withData(data, "reindex");
      assertThat(r.exit()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
      assertThat(r.err()).as("a count taken while another process writes would be stale")
          .contains("is in use by another marsad process").doesNotContain("gives 0 articles");
    }
    CliRun refused = CliRun.withData(data, "reindex");
    assertThat(refused.err()).contains("gives 0 articles but the index holds 2");
    assertThat(total("مستشفيات")).isEqualTo(1);
  }

  @Test
  void a_log_that_gives_every_article_rebuilds_as_before() throws Exception {
    Files.writeString(inputs.resolve("articles.jsonl"), line(LAVROV, "sana") + line(HEALTH, "was"), StandardCharsets.UTF_8);
    assertThat(CliRun.withData(data, "ingest", inputs.toString()).exit()).isZero();
    CliRun r = CliRun.withData(data, "reindex");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("reindexed 2 articles");
    assertThat(total("مستشفيات")).isEqualTo(1);
  }

  private long total(String query) throws Exception {
    CliRun r = CliRun.withData(data, "search", "--json", query);
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode o = ArticleJson.mapper().readTree(r.out());
    return o.get("total").asLong();
  }
}
