package org.marsad.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.store.lucene.LuceneArticleStore;

/**
 * The store on a real two-node SolrCloud (embedded ZooKeeper, collection of 2 shards created
 * with Marsad's configset by {@link SolrSetup}): the backend contract, the same results as the
 * embedded index on the same articles, and an ingest that survives losing a node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestSolrArticleStore extends ArticleStoreContract {
  @TempDir static Path dir;
  static SolrTestCluster solr;
  static SolrArticleStore store;
  static LuceneArticleStore embedded;
  static Article seed;
  static List<Article> corpus;

  @BeforeAll
  static void load() throws Exception {
    seed = Corpus.seed();
    List<Article> articles = new ArrayList<>(List.of(seed, Corpus.seedDuplicate(seed)));
    articles.addAll(Corpus.saudiNewsNet("2015-08-10", 300));
    corpus = List.copyOf(articles);

    solr = SolrTestCluster.start(2, dir.resolve("solr"));
    SolrSetup.Outcome outcome = SolrSetup.setup(solr.cluster, "articles", 2, 1);
    assertThat(outcome.created()).isTrue();
    store = SolrArticleStore.over(solr.cluster, "articles", 50);
    embedded = LuceneArticleStore.open(dir.resolve("embedded"));
    for (Article a : corpus) {
      store.add(a);
      embedded.add(a);
    }
    store.commit();
    embedded.commit();
  }

  @AfterAll
  static void close() throws Exception {
    try {
      if (embedded != null) embedded.close();
    } finally {
      if (solr != null) solr.close();
    }
  }

  @Override
  ArticleStore store() {
    return store;
  }

  @Override
  Article seed() {
    return seed;
  }

  @Test
  @Order(1)
  void both_backends_hold_every_article_once() throws IOException {
    assertThat(store.count()).isEqualTo(corpus.stream().map(Article::id).distinct().count()).isEqualTo(embedded.count());
    assertThat(solr.cluster.stateReader().getClusterState().getCollection("articles").getSlices()).hasSize(2);
  }

  @Test
  @Order(2)
  void searches_give_the_same_hits_totals_and_facets_as_the_embedded_index() throws IOException {
    List<String> queries = parityQueries();
    assertThat(queries).hasSizeGreaterThan(15);
    int selective = 0; // queries that match some articles but not all: the comparison means something
    for (String q : queries) {
      // With and without near-duplicates for a few queries (the rule is one filter; no need to double every query).
      boolean[] duplicateModes = q.isEmpty() || q.contains("لافروف") ? new boolean[] {false, true} : new boolean[] {false};
      for (boolean duplicates : duplicateModes) {
        SearchRequest request = SearchRequest.of(q).withPage(0, 1000).withDuplicates(duplicates);
        SearchResult s = store.search(request);
        SearchResult e = embedded.search(request);
        assertThat(s.total()).as("total of %s", q).isEqualTo(e.total());
        assertThat(idSet(s)).as("hits of %s", q).isEqualTo(idSet(e));
        assertThat(nonEmpty(s.facets())).as("facets of %s", q).isEqualTo(nonEmpty(e.facets()));
        if (!duplicates && e.total() > 0 && e.total() < corpus.size() - 1) selective++;
      }
      SearchRequest byDate = SearchRequest.of(q).withSort(SearchRequest.SortOrder.DATE).withPage(0, 40)
          .withHistogram(SearchRequest.DateBucket.MONTH);
      SearchResult s = store.search(byDate);
      SearchResult e = embedded.search(byDate);
      assertThat(s.hits().stream().map(Hit::published).toList()).as("date order of %s", q)
          .isEqualTo(e.hits().stream().map(Hit::published).toList());
      assertThat(nonEmpty(s.facets()).get("date")).as("months of %s", q).isEqualTo(nonEmpty(e.facets()).get("date"));
    }
    assertThat(selective).isGreaterThan(queries.size() / 2);
  }

  @Test
  @Order(3)
  void relevance_puts_the_same_articles_on_top() throws IOException {
    // Exact shard statistics (ExactStatsCache) make Solr's BM25 global; the embedded index scores
    // words over its fields as one (BM25F), Solr as a sum, so only the head of the list is compared.
    for (String q : List.of("لافروف", "\"وقف الأعمال القتالية\"", "لافروف كيري سورية")) {
      SearchResult s = store.search(SearchRequest.of(q).withPage(0, 1));
      SearchResult e = embedded.search(SearchRequest.of(q).withPage(0, 1));
      assertThat(s.hits().get(0).id()).as(q).isEqualTo(e.hits().get(0).id());
    }
  }

  /** Queries of every kind, with words and filter values taken from the data itself. */
  private static List<String> parityQueries() throws IOException {
    Set<String> queries = new LinkedHashSet<>(List.of("", "سوريا", "لافروف", "\"وقف الأعمال القتالية\"", "-سوريا",
        "الرياض OR جدة", "في", "في لافروف", "from:2015-08-10 to:2015-08-10", "to:2015-08-09", "person:لافروف",
        "speaker:pers:sergey-lavrov", "org:مجلس", "الملك سلمان", "وزير الخارجية -لافروف"));
    Map<String, List<FacetValue>> facets = embedded.search(SearchRequest.of("").withPage(0, 0)).facets();
    for (String dim : List.of("source", "city", "topic", "person", "org", "place")) {
      for (FacetValue v : facets.getOrDefault(dim, List.of()).stream().limit(3).toList()) {
        queries.add(dim + ":\"" + v.value() + "\"");
      }
    }
    // A word from every 30th headline (the second word: the first is often a place or a verb).
    for (int i = 2; i < corpus.size(); i += 30) {
      String title = corpus.get(i).title();
      if (title == null) continue;
      String[] words = title.strip().split("\\s+");
      if (words.length > 1 && words[1].chars().allMatch(Character::isLetter)) queries.add(words[1]);
    }
    return new ArrayList<>(queries);
  }

  private static Set<String> idSet(SearchResult r) {
    return r.hits().stream().map(Hit::id).collect(Collectors.toSet());
  }

  private static Map<String, List<FacetValue>> nonEmpty(Map<String, List<FacetValue>> facets) {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    facets.forEach((k, v) -> {
      if (!v.isEmpty()) out.put(k, v);
    });
    return out;
  }

  @Test
  @Order(Integer.MAX_VALUE) // last: it stops a node
  void an_ingest_survives_losing_a_node_with_two_replicas() throws Exception {
    SolrSetup.createCollection(solr.cluster, "articles_rf2", MarsadConfigset.NAME, 2, 2);
    try (SolrArticleStore rf2 = SolrArticleStore.over(solr.cluster, "articles_rf2", 20)) {
      int stopAt = corpus.size() / 3;
      for (int i = 0; i < corpus.size(); i++) {
        if (i == stopAt) solr.mini.stopJettySolrRunner(1);
        rf2.add(corpus.get(i));
      }
      rf2.commit();
      assertThat(solr.cluster.stateReader().getClusterState().getLiveNodes()).hasSize(1);
      Set<String> expected = corpus.stream().map(Article::id).collect(Collectors.toSet());
      assertThat(rf2.count()).isEqualTo(expected.size());
      SearchResult all = rf2.search(SearchRequest.of("").withPage(0, 1000).withDuplicates(true));
      assertThat(idSet(all)).isEqualTo(expected);
      assertThat(Stream.of(seed.id()).allMatch(id -> {
        try {
          return rf2.get(id).isPresent();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      })).isTrue();
    }
  }
}
