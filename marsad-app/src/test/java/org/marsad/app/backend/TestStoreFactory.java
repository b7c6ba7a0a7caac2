package org.marsad.app.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;

class TestStoreFactory {
  @TempDir Path dir;

  @Test
  void the_embedded_backend_opens_the_index_of_the_data_directory() throws Exception {
    try (ArticleStore store = StoreFactory.openForWriting(StoreOptions.embedded(dir))) {
      assertThat(store.count()).isZero();
    }
    try (ArticleStore store = StoreFactory.openForReading(StoreOptions.embedded(dir))) {
      assertThat(store.search(SearchRequest.of("سورية")).total()).isZero();
    }
  }

  @Test
  void a_locked_logged_store_counts_now_on_the_index_it_wraps() throws Exception {
    // serve's Solr store is Locked(Logged(Solr)): a wrapper that forgot countNow would count on Solr's long window
    ArticleStore index = new ArticleStore() {
      @Override public boolean contains(String id) { return false; }
      @Override public void add(org.marsad.nlp.article.Article a) {}
      @Override public void commit() {}
      @Override public java.util.Optional<org.marsad.nlp.article.Article> get(String id) { return java.util.Optional.empty(); }
      @Override public org.marsad.store.SearchResult search(SearchRequest r) { throw new UnsupportedOperationException(); }
      @Override public long count() { return 60; }
      @Override public long countNow() { return 5; }
      @Override public void close() {}
    };
    try (ArticleStore store = new LockedStore(org.marsad.store.log.LoggedArticleStore.wrap(index, dir), DataDirLock.acquire(dir))) {
      assertThat(store.countNow()).isEqualTo(5);
      assertThat(store.count()).isEqualTo(60);
    }
  }

  @Test
  void the_solr_backend_needs_a_zookeeper_address_and_a_collection() {
    assertThatThrownBy(() -> StoreOptions.solr(dir, null, "news")).hasMessage("--backend solr needs --zk HOST:PORT[/chroot]");
    assertThatThrownBy(() -> StoreOptions.solr(dir, "zk1:2181", " ")).hasMessage("--backend solr needs --collection NAME");
    assertThatThrownBy(() -> StoreOptions.solr(dir, "zk1:x", "news")).hasMessageContaining("bad ZooKeeper host");
  }

  @Test
  void backend_names_parse_in_any_case() {
    assertThat(Backend.parse("SOLR")).isEqualTo(Backend.SOLR);
    assertThat(Backend.parse(" embedded ")).isEqualTo(Backend.EMBEDDED);
    assertThatThrownBy(() -> Backend.parse("elastic")).hasMessage("unknown backend 'elastic' (known: embedded, solr)");
  }

  @Test
  void reads_retry_a_failing_cluster_for_seconds_unless_the_variable_says_otherwise() {
    assertThat(StoreFactory.readRetry(null)).isEqualTo(java.time.Duration.ofSeconds(5));
    assertThat(StoreFactory.readRetry(" 12 ")).isEqualTo(java.time.Duration.ofSeconds(12));
    assertThat(StoreFactory.readRetry("0")).isZero();
    assertThatThrownBy(() -> StoreFactory.readRetry("5s")).hasMessage("MARSAD_SOLR_READ_RETRY must be whole seconds from 0 to 3600, not '5s'");
    assertThatThrownBy(() -> StoreFactory.readRetry("-1")).hasMessageContaining("not '-1'");
  }
}
