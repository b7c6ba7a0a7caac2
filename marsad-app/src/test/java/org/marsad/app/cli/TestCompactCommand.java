package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.article.Section;
import org.marsad.store.ArticleStore;
import org.marsad.testkit.SharedData;

/** {@code marsad compact}: fewer segments, the same search output, clear errors. */
class TestCompactCommand {
  @TempDir Path data;

  @Test
  void merges_segments_and_search_output_is_unchanged() throws Exception {
    String text = SharedData.seedText();
    String body = text.substring(text.indexOf('\n') + 1).strip();
    List<String> paragraphs = List.of(body.split("\n"));
    // Three commits, three segments: what three separate ingests leave behind.
    add(new Article("seed0001", null, null, "2016-04-12T10:00:00Z", "sana", "https://sana.sy/?p=1",
        new Dateline("موسكو", "سانا", null, "موسكو-سانا"), paragraphs.get(0), List.of(new Section(null, paragraphs)),
        List.of(), body, null, null, List.of(), List.of(), null, List.of(), null, null));
    add(plain("other0002", "الجبير يزور موسكو", "was",
        "وصل وزير الخارجية عادل الجبير إلى موسكو اليوم حيث يلتقي نظيره الروسي لافروف."));
    add(plain("other0003", "لافروف يستقبل نظيره التركي", "sabq",
        "استقبل وزير الخارجية الروسي سيرغي لافروف في موسكو نظيره التركي وبحثا الأزمة في سورية."));

    CliRun before = CliRun.withData(data, "search", "لافروف موسكو", "--json");
    assertThat(before.exit()).isZero();
    assertThat(before.out()).contains("seed0001", "other0002", "other0003");

    CliRun compact = CliRun.withData(data, "compact");
    assertThat(compact.exit()).as(compact.err()).isZero();
    assertThat(compact.err()).contains("from 3 to 1 segment in");

    CliRun after = CliRun.withData(data, "search", "لافروف موسكو", "--json");
    assertThat(after.out()).isEqualTo(before.out());
  }

  @Test
  void a_data_directory_without_an_index_is_a_clear_error() throws Exception {
    Files.createDirectories(data);
    CliRun r = CliRun.withData(data, "compact");
    assertThat(r.exit()).isNotZero();
    assertThat(r.err()).contains("no index at").doesNotContain("Exception");
    CliRun bad = CliRun.withData(data, "compact", "--max-segments", "0");
    assertThat(bad.exit()).isNotZero();
    assertThat(bad.err()).contains("--max-segments must be at least 1");
  }

  @Test
  void a_folder_called_index_that_is_no_index_is_refused_and_left_as_it_was() throws Exception {
    Path site = Files.createDirectories(data.resolve("index"));
    Files.writeString(site.resolve("index.html"), "<html dir=\"rtl\"><body>مرحبا</body></html>");
    CliRun r = CliRun.withData(data, "compact");
    assertThat(r.exit()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(r.err()).contains("no index at").doesNotContain("Exception");
    try (var files = Files.list(site)) {
      assertThat(files.map(f -> f.getFileName().toString())).as("no empty index written into it").containsExactly("index.html");
    }
  }

  private void add(Article a) throws Exception {
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      store.add(a);
      store.commit();
    }
  }

  private static Article plain(String id, String title, String source, String text) {
    return new Article(id, title, null, "2015-08-11", source, null, null, text, List.of(), List.of(), text,
        null, null, List.of(), List.of(), null, List.of(), null, null);
  }
}
