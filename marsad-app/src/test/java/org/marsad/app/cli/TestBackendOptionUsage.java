package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A missing or contradictory store option is a usage error (exit 2) before anything is read or opened. */
class TestBackendOptionUsage {
  @TempDir Path data;

  private void assertUsage(String expected, String... args) {
    CliRun r = CliRun.withData(data, args);
    assertThat(r.exit()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElse("")).isEqualTo(expected);
    assertThat(r.out()).isEmpty();
  }

  @Test
  void solr_without_zk_is_a_usage_error_for_every_store_command() throws Exception {
    Assumptions.assumeTrue(System.getenv("MARSAD_ZK") == null, "MARSAD_ZK supplies --zk");
    Path story = Files.writeString(data.resolve("sana.txt"), "دمشق-سانا\nبحث وزير الخارجية مع نظيره الروسي في اتصال هاتفي اليوم العلاقات الثنائية.");
    String expected = "--backend solr needs --zk HOST:PORT[/chroot] (or MARSAD_ZK)";
    assertUsage(expected, "search", "--backend", "solr", "لافروف");
    assertUsage(expected, "ingest", "--backend", "solr", story.toString());
    assertUsage(expected, "get", "--backend", "solr", "000_10efc35c20210809");
    assertUsage(expected, "stories", "--backend", "solr");
    assertUsage(expected, "reindex", "--backend", "solr", "--collection", "x");
    assertThat(data.resolve("index")).as("nothing was opened").doesNotExist();
  }

  @Test
  void an_unknown_backend_or_solr_options_without_it_are_usage_errors() {
    assertUsage("--backend: unknown backend 'sorl' (known: embedded, solr)", "search", "--backend", "sorl", "لافروف");
    assertUsage("--zk needs --backend solr", "search", "--zk", "zk1:2181", "لافروف");
    assertUsage("--collection needs --backend solr", "quotes", "--collection", "marsad");
    assertUsage("--backend solr needs --collection NAME (or MARSAD_COLLECTION)", "search", "--backend", "solr", "--zk", "zk1:2181", "--collection", " ", "x");
  }
}
