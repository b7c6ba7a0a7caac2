package org.marsad.store.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.request.AbstractUpdateRequest;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;
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
  static List<Article> rootPatterns;

  @BeforeAll
  static void load() throws Exception {
    seed = Corpus.seed();
    List<Article> articles = new ArrayList<>(List.of(seed, Corpus.seedDuplicate(seed)));
    articles.addAll(Corpus.saudiNewsNet("2015-08-10", 300));
    rootPatterns = Corpus.rootPatterns();
    articles.addAll(rootPatterns);
    articles.addAll(Corpus.names());
    articles.addAll(Corpus.printedTagsAndLongCities());
    articles.addAll(Corpus.kunyasAfterWa());
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
        assertSameFacets(s, e, q);
        if (!duplicates && e.total() > 0 && e.total() < corpus.size() - 1) selective++;
      }
      SearchRequest byDate = SearchRequest.of(q).withSort(SearchRequest.SortOrder.DATE).withPage(0, 40)
          .withHistogram(SearchRequest.DateBucket.MONTH);
      SearchResult s = store.search(byDate);
      SearchResult e = embedded.search(byDate);
      assertThat(s.hits().stream().map(Hit::published).toList()).as("date order of %s", q)
          .isEqualTo(e.hits().stream().map(Hit::published).toList());
      assertThat(s.facets().get("date")).as("months of %s", q).isEqualTo(e.facets().get("date"));
    }
    assertThat(selective).isGreaterThan(queries.size() / 2);
  }

  @Test
  @Order(3)
  void relevance_puts_the_same_articles_on_top() throws IOException {
    // Exact shard statistics (ExactStatsCache) make Solr's BM25 global, and both backends score a
    // word over its fields as one (BM25F); the whole order is compared in
    // solr_scores_a_word_over_its_fields_as_one_as_the_embedded_index_does.
    for (String q : List.of("لافروف", "\"وقف الأعمال القتالية\"", "لافروف كيري سورية")) {
      SearchResult s = store.search(SearchRequest.of(q).withPage(0, 1));
      SearchResult e = embedded.search(SearchRequest.of(q).withPage(0, 1));
      assertThat(s.hits().get(0).id()).as(q).isEqualTo(e.hits().get(0).id());
    }
  }

  @Test
  @Order(4)
  void a_words_root_in_other_patterns_ranks_the_same_on_both_backends() throws IOException {
    String rich = rootPatterns.get(0).id(); // انتقادات once, four more words of its root
    String repeat = rootPatterns.get(1).id(); // انتقادات twice
    for (String q : List.of("انتقادات", "انتقادات الاجتماع", "الاجتماع انتقادات")) {
      assertThat(order(embedded.search(all(q)), rich, repeat)).as("embedded: %s", q).containsExactly(rich, repeat);
      assertThat(order(store.search(all(q)), rich, repeat)).as("solr: %s", q).containsExactly(rich, repeat);
      // On the words alone Solr puts them the other way round: the order above is the root clause's doing.
      assertThat(order(wordsOnly(q), rich, repeat)).as("solr without roots: %s", q).containsExactly(repeat, rich);
    }
  }

  /** The ids of {@code r} that are among {@code ids}, in rank order. */
  private static List<String> order(SearchResult r, String... ids) {
    Set<String> wanted = Set.of(ids);
    return r.hits().stream().map(Hit::id).filter(wanted::contains).toList();
  }

  /** Solr's ranking of {@code q} without the root clauses: what the backend did before schema 2. */
  private static SearchResult wordsOnly(String q) throws IOException {
    SolrQueries.Translation t = translation(q);
    String words = t.q().replaceAll(" " + SolrFields.BODY_ROOTS + ":\"[^\"]*\"", "");
    assertThat(words).doesNotContain(SolrFields.BODY_ROOTS);
    return solrSearch(words, t);
  }

  private static SolrQueries.Translation translation(String q) {
    return SolrQueries.translate(org.marsad.store.query.MarsadQueryParser.parse(q), false);
  }

  /**
   * Solr's ranking of {@code q} with each word summed over its fields (title ×2, headings ×1.5,
   * lead ×1.5, body) instead of the marsadWord parser's BM25F: what the backend did before it.
   */
  private static SearchResult summedFields(String q) throws IOException {
    SolrQueries.Translation t = translation(q);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{!marsadWord qf=\\$wf v=\\$(w\\d+)}").matcher(t.q());
    StringBuilder summed = new StringBuilder();
    while (m.find()) {
      String w = t.params().get(m.group(1));
      m.appendReplacement(summed, java.util.regex.Matcher.quoteReplacement("(" + SolrQueries.field(SolrFields.TITLE, w) + "^2 OR "
          + SolrQueries.field(SolrFields.HEADINGS, w) + "^1.5 OR " + SolrQueries.field(SolrFields.LEAD, w) + "^1.5 OR "
          + SolrQueries.field(SolrFields.BODY, w) + ")"));
    }
    m.appendTail(summed);
    assertThat(summed.toString()).doesNotContain("marsadWord");
    return solrSearch(summed.toString(), t);
  }

  /** {@code q} with the filters and parameters of {@code t}. */
  private static SearchResult solrSearch(String q, SolrQueries.Translation t) throws IOException {
    org.apache.solr.common.params.ModifiableSolrParams p = new org.apache.solr.common.params.ModifiableSolrParams();
    p.set("q", q);
    p.set("q.op", "OR");
    for (String fq : t.filters()) p.add("fq", fq);
    t.params().forEach(p::set);
    p.set("sort", "score desc,id asc");
    p.set("rows", 1000);
    p.set("fl", "id,score");
    org.apache.solr.common.util.NamedList<Object> rsp =
        solr.cluster.request(new org.apache.solr.client.solrj.request.QueryRequest(p), "articles");
    List<Hit> hits = new ArrayList<>();
    for (org.apache.solr.common.SolrDocument d : (org.apache.solr.common.SolrDocumentList) rsp.get("response")) {
      hits.add(new Hit((String) d.getFirstValue("id"), null, null, null, null, ((Number) d.getFirstValue("score")).doubleValue(), ""));
    }
    return new SearchResult(hits.size(), hits, Map.of());
  }

  @Test
  @Order(5)
  void the_root_field_holds_the_same_terms_with_the_same_counts_as_the_embedded_index() throws IOException {
    Map<String, long[]> solrTerms = solrRootTerms();
    Map<String, long[]> embeddedTerms = new java.util.TreeMap<>();
    try (org.apache.lucene.index.DirectoryReader reader =
             org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir.resolve("embedded")))) {
      org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(reader, SolrFields.BODY_ROOTS);
      org.apache.lucene.index.TermsEnum it = terms.iterator();
      for (org.apache.lucene.util.BytesRef t; (t = it.next()) != null; ) {
        embeddedTerms.put(t.utf8ToString(), new long[] {it.docFreq(), it.totalTermFreq()});
      }
    }
    assertThat(embeddedTerms).hasSizeGreaterThan(1000).containsKey("نقد");
    assertThat(solrTerms.keySet()).isEqualTo(embeddedTerms.keySet());
    embeddedTerms.forEach((term, stats) -> assertThat(solrTerms.get(term)).as("df, ttf of %s", term).containsExactly(stats));
  }

  /** Every term of Solr's root field with its document frequency and total frequency, over both shards. */
  private static Map<String, long[]> solrRootTerms() throws IOException {
    org.apache.solr.common.params.ModifiableSolrParams p = new org.apache.solr.common.params.ModifiableSolrParams();
    p.set("terms", true);
    p.set("terms.fl", SolrFields.BODY_ROOTS);
    p.set("terms.limit", -1);
    p.set("terms.sort", "index");
    p.set("terms.ttf", true);
    p.set("distrib", true);
    org.apache.solr.client.solrj.request.QueryRequest request = new org.apache.solr.client.solrj.request.QueryRequest(p);
    request.setPath("/terms");
    org.apache.solr.common.util.NamedList<?> field = (org.apache.solr.common.util.NamedList<?>)
        ((org.apache.solr.common.util.NamedList<?>) solr.cluster.request(request, "articles").get("terms")).get(SolrFields.BODY_ROOTS);
    Map<String, long[]> out = new java.util.TreeMap<>();
    for (Map.Entry<String, ?> e : field) {
      org.apache.solr.common.util.NamedList<?> stats = (org.apache.solr.common.util.NamedList<?>) e.getValue();
      out.put(e.getKey(), new long[] {((Number) stats.get("df")).longValue(), ((Number) stats.get("ttf")).longValue()});
    }
    return out;
  }

  @Test
  @Order(5)
  void roots_bring_solr_closer_to_the_embedded_ranking_on_real_queries() throws IOException {
    // Over headline words and pairs: the embedded top hit is Solr's top hit more often with the
    // roots than without, and more of its top 5 are in Solr's. Where the root decides the top hit
    // (the words alone put another article first), Solr with the root clause has the embedded one.
    int n = 0, top1 = 0, top1Words = 0, decided = 0;
    double overlap = 0, overlapWords = 0;
    for (String q : headlineQueries()) {
      List<String> e = embedded.search(SearchRequest.of(q).withPage(0, 5)).hits().stream().map(Hit::id).toList();
      if (e.size() < 2) continue;
      List<String> s = store.search(SearchRequest.of(q).withPage(0, 5)).hits().stream().map(Hit::id).toList();
      List<String> w = wordsOnly(q).hits().stream().map(Hit::id).limit(5).toList();
      n++;
      if (e.get(0).equals(s.get(0))) top1++;
      if (e.get(0).equals(w.get(0))) top1Words++;
      else {
        decided++;
        assertThat(s.get(0)).as("top hit of %s, where the root decides it", q).isEqualTo(e.get(0));
      }
      overlap += s.stream().filter(e::contains).count() / (double) e.size();
      overlapWords += w.stream().filter(e::contains).count() / (double) e.size();
    }
    System.out.printf("roots parity over %d headline queries: top hit equal %d with roots, %d without; top-5 overlap %.3f with, %.3f without%n",
        n, top1, top1Words, overlap / n, overlapWords / n);
    assertThat(n).isGreaterThan(25);
    assertThat(decided).isGreaterThan(0);
    assertThat(top1).isGreaterThan(top1Words);
    assertThat(overlap).isGreaterThan(overlapWords);
  }

  /** The last word, and the last two words, of every 23rd headline, plus the headline words of {@link #parityQueries}. */
  private static List<String> headlineQueries() throws IOException {
    Set<String> qs = new LinkedHashSet<>();
    for (String q : parityQueries()) {
      if (!q.isBlank() && !q.contains(":") && !q.contains("\"") && !q.contains("-") && !q.contains(" OR ")) qs.add(q);
    }
    for (int i = 5; i < corpus.size(); i += 23) {
      String title = corpus.get(i).title();
      if (title == null) continue;
      String[] w = title.strip().split("\\s+");
      if (w.length > 3) qs.add(w[w.length - 2] + " " + w[w.length - 1]);
      if (w.length > 2) qs.add(w[w.length - 1]);
    }
    return new ArrayList<>(qs);
  }

  @Test
  @Order(5)
  void solr_scores_a_word_over_its_fields_as_one_as_the_embedded_index_does() throws IOException {
    // Headline words and pairs where Solr's former sum over fields (title ×2, headings ×1.5,
    // lead ×1.5, body) ranks other articles first than the embedded index's BM25F: with the
    // marsadWord parser Solr gives the embedded top 5 in the embedded order.
    int disagreeing = 0;
    for (String q : headlineQueries()) {
      List<String> e = ids(embedded.search(SearchRequest.of(q).withPage(0, 5)));
      if (e.size() < 2) continue;
      List<String> summed = ids(summedFields(q)).stream().limit(5).toList();
      if (summed.equals(e)) continue;
      disagreeing++;
      assertThat(ids(store.search(SearchRequest.of(q).withPage(0, 5)))).as("solr's top 5 for %s", q).isEqualTo(e);
    }
    System.out.printf("BM25F parity: %d headline queries where summed fields and BM25F order the top 5 differently%n", disagreeing);
    assertThat(disagreeing).as("queries where the two scorings disagree").isGreaterThan(5);
  }

  @Test
  @Order(5)
  void exact_stats_give_the_combined_word_query_the_statistics_of_both_shards() throws IOException {
    // Words whose document frequency differs between the two shards: with shard-local statistics
    // their IDF, and the field lengths BM25F averages, would differ per shard and so would the
    // scores (by several per cent here); with ExactStatsCache every article scores as in the one
    // embedded index. Exactly (to float precision) when each of the four fields holds the word
    // somewhere; a field in which it occurs nowhere (انتقادات: no title, no heading) gets no
    // global length statistics from Solr and the shard averages it in with its own, which moves
    // the scores by a fraction of a per cent (docs/solr.md, "Scores").
    int exact = 0, partial = 0;
    for (String q : List.of("لافروف", "سورية", "الرياض", "انتقادات", "الملك سلمان")) {
      SolrQueries.Translation t = translation(q);
      long one = shardCount(t, "shard1");
      long two = shardCount(t, "shard2");
      if (one == two) continue;
      boolean everyField = List.of(q.split(" ")).stream().allMatch(TestSolrArticleStore::inEveryWordField);
      if (everyField) exact++;
      else partial++;
      Map<String, Double> e = new LinkedHashMap<>();
      for (Hit h : embedded.search(SearchRequest.of(q).withPage(0, 10)).hits()) e.put(h.id(), h.score());
      List<Hit> s = store.search(SearchRequest.of(q).withPage(0, 10)).hits();
      for (Hit h : s) {
        assertThat(h.score()).as("score of %s for %s (%d and %d hits on the shards, in every field: %s)", h.id(), q, one, two, everyField)
            .isCloseTo(e.get(h.id()), org.assertj.core.api.Assertions.withinPercentage(everyField ? 0.0001 : 0.5));
      }
      assertThat(s.stream().map(Hit::id).toList()).as(q).isEqualTo(List.copyOf(e.keySet()));
    }
    System.out.printf("exact stats: %d words checked to float precision, %d within 0.5 %%%n", exact, partial);
    // Headings are rare (13 of the 304 articles have any), so few words are in all four fields.
    assertThat(exact).isGreaterThanOrEqualTo(1);
    assertThat(exact + partial).isGreaterThanOrEqualTo(4);
  }

  /** True when each of title, headings, lead and body holds {@code word} in some article (over both shards). */
  private static boolean inEveryWordField(String word) {
    for (String field : List.of(SolrFields.TITLE, SolrFields.HEADINGS, SolrFields.LEAD, SolrFields.BODY)) {
      org.apache.solr.common.params.ModifiableSolrParams p = new org.apache.solr.common.params.ModifiableSolrParams();
      p.set("q", "*:*");
      p.add("fq", SolrQueries.field(field, word));
      p.set("rows", 0);
      try {
        org.apache.solr.common.util.NamedList<Object> rsp =
            solr.cluster.request(new org.apache.solr.client.solrj.request.QueryRequest(p), "articles");
        if (((org.apache.solr.common.SolrDocumentList) rsp.get("response")).getNumFound() == 0) return false;
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return true;
  }

  /**
   * How many articles of one shard match the words of {@code t}. As a filter, not a scored query:
   * a shard's query result cache keys on the query, not on the statistics it was scored with, so
   * a scored one-shard query (shard-local statistics) would leave its scores for the next
   * distributed request of the same query to reuse.
   */
  private static long shardCount(SolrQueries.Translation t, String shard) throws IOException {
    org.apache.solr.common.params.ModifiableSolrParams p = new org.apache.solr.common.params.ModifiableSolrParams();
    p.set("q", "*:*");
    p.set("shards", shard);
    p.set("q.op", "OR");
    p.add("fq", t.q());
    for (String fq : t.filters()) p.add("fq", fq);
    t.params().forEach(p::set);
    p.set("rows", 0);
    org.apache.solr.common.util.NamedList<Object> rsp =
        solr.cluster.request(new org.apache.solr.client.solrj.request.QueryRequest(p), "articles");
    return ((org.apache.solr.common.SolrDocumentList) rsp.get("response")).getNumFound();
  }

  private static List<String> ids(SearchResult r) {
    return r.hits().stream().map(Hit::id).toList();
  }

  @Test
  @Order(6)
  void a_collection_of_the_schema_1_configset_is_refused_until_it_is_upgraded() throws Exception {
    // The configset as sessions 1-4 shipped it: schema name "marsad", no root field, names as text_exact.
    String old = schema2().replace("<schema name=\"marsad-2\"", "<schema name=\"marsad\"")
        .replaceAll("(?s)\\s*<fieldType name=\"text_roots\".*?</fieldType>", "")
        .replaceAll("\\s*<field name=\"body_roots\"[^>]*/>", "");
    assertThat(old).doesNotContain("<field name=\"body_roots\"").contains("<schema name=\"marsad\"");
    Article upgradedArticle = rootPatterns.get(0);
    try (SolrArticleStore upgraded = refusedThenUpgraded(old, "articles_v1", "Marsad's Solr schema 1 (made before the root field")) {
      upgraded.add(upgradedArticle);
      upgraded.commit();
      assertThat(upgraded.search(all("انتقادات")).hits()).extracting(Hit::id).containsExactly(upgradedArticle.id());
    }
  }

  @Test
  @Order(6)
  void a_collection_of_the_schema_2_configset_is_refused_until_it_is_upgraded_and_reindexed() throws Exception {
    // Schema 2 analysed names with the standard tokenizer and no spelling variants: نتنياهو did not find نتانياهو.
    Article netanyahu = Corpus.names().get(3);
    SolrSetup.createCollection(solr.cluster, "articles_v2", uploadOldConfigset(schema2(), "marsad_v2"), 1, 1);
    UpdateRequest session12 = new UpdateRequest(); // what an ingest of the previous version wrote
    session12.add(SolrDocuments.toDocument(netanyahu));
    session12.setAction(AbstractUpdateRequest.ACTION.COMMIT, true, true);
    solr.cluster.request(session12, "articles_v2");
    try (SolrArticleStore upgraded = refusedThenUpgraded(null, "articles_v2", "Marsad's Solr schema 2 (made before the name analysis")) {
      // the reload changes the analysis of what is written from now on; a stored document keeps its terms until reindexed
      assertThat(upgraded.search(all("person:نتنياهو")).hits()).isEmpty();
      upgraded.add(netanyahu); // what marsad reindex --backend solr does for every logged article
      upgraded.commit();
      assertThat(upgraded.search(all("person:نتنياهو")).hits()).extracting(Hit::id).containsExactly(netanyahu.id());
    }
  }

  @Test
  @Order(6)
  void solr_setup_upgrades_an_existing_collection_through_the_configset_it_uses() throws Exception {
    // A collection made by hand (bin/solr create) uses a configset of its own name, not "marsad":
    // the upgrade steps the refusal names (marsad solr setup, reload) must upload to that one.
    String old = new String(MarsadConfigset.read("managed-schema.xml"), StandardCharsets.UTF_8)
        .replace("<schema name=\"marsad-5\"", "<schema name=\"marsad-3\"");
    SolrSetup.createCollection(solr.cluster, "news", uploadOldConfigset(old, "news_conf"), 1, 1);
    assertThatThrownBy(() -> SolrArticleStore.over(solr.cluster, "news", 10)).hasMessageContaining("Marsad's Solr schema 3");
    SolrSetup.Outcome outcome = SolrSetup.setup(solr.cluster, "news", 1, 1);
    assertThat(outcome.created()).isFalse();
    assertThat(outcome.configset()).isEqualTo("news_conf");
    solr.cluster.request(CollectionAdminRequest.reloadCollection("news"), null);
    try (SolrArticleStore upgraded = SolrArticleStore.over(solr.cluster, "news", 10)) {
      assertThat(upgraded.count()).isZero();
    }
    // a configset that is not Marsad's may serve other collections: refused, left as it is
    String foreign = old.replace("<schema name=\"marsad-3\"", "<schema name=\"products\"");
    SolrSetup.createCollection(solr.cluster, "products", uploadOldConfigset(foreign, "products_conf"), 1, 1);
    assertThatThrownBy(() -> SolrSetup.setup(solr.cluster, "products", 1, 1)).isInstanceOf(IOException.class)
        .hasMessageContaining("configset products_conf").hasMessageContaining("not Marsad's");
    assertThat(SolrSetup.schemaName(solr.cluster, "products_conf")).isEqualTo("products");
  }

  @Test
  @Order(6)
  void solr_setup_neither_downgrades_a_newer_schema_nor_rewrites_a_configset_other_collections_use() throws Exception {
    String current = new String(MarsadConfigset.read("managed-schema.xml"), StandardCharsets.UTF_8);
    String schema3 = current.replace("<schema name=\"marsad-5\"", "<schema name=\"marsad-3\"");
    SolrSetup.createCollection(solr.cluster, "prod", uploadOldConfigset(schema3, "shared_conf"), 1, 1);
    SolrSetup.createCollection(solr.cluster, "trial", "shared_conf", 1, 1);
    assertThatThrownBy(() -> SolrSetup.setup(solr.cluster, "trial", 1, 1)).isInstanceOf(IOException.class)
        .hasMessageContaining("configset shared_conf (schema 'marsad-3') is also used by collection(s) prod")
        .hasMessageContaining("--rewrite-shared-configset");
    assertThat(SolrSetup.schemaName(solr.cluster, "shared_conf")).isEqualTo("marsad-3");
    SolrSetup.Outcome together = SolrSetup.setup(solr.cluster, "trial", 1, 1, true); // the operator upgrades both
    assertThat(together.configset()).isEqualTo("shared_conf");
    assertThat(SolrSetup.schemaName(solr.cluster, "shared_conf")).isEqualTo(SchemaVersion.name(SchemaVersion.CURRENT));
    assertThat(SolrSetup.setup(solr.cluster, "prod", 1, 1).created()).isFalse(); // already this schema: nothing changes for trial

    String schema6 = current.replace("<schema name=\"marsad-5\"", "<schema name=\"marsad-6\"");
    SolrSetup.createCollection(solr.cluster, "next", uploadOldConfigset(schema6, "future_conf"), 1, 1);
    assertThatThrownBy(() -> SolrSetup.setup(solr.cluster, "next", 1, 1, true)).isInstanceOf(IOException.class)
        .hasMessageContaining("the configset future_conf holds Marsad's Solr schema 6, newer than this marsad's 5");
    assertThat(SolrSetup.schemaName(solr.cluster, "future_conf")).isEqualTo("marsad-6");
  }

  @Test
  @Order(6)
  void a_value_split_over_two_shards_keeps_its_place_in_the_top_values() throws Exception {
    // The qa16 case, built on purpose: يوسف is in 4 articles of shard1 and 1 of shard2, where
    // 120 persons of 2 articles fill what shard2 sends (limit 10 + 100 over-requested), so the
    // coordinator first sees يوسف with 4, tied with 20 persons of 4 (shard1 only) that sort before
    // it. Solr's default refinement window (limit + 10 × 0.1 + 4 = 15 partial sums) leaves يوسف
    // out, with 4; SolrFacets' overrefine asks shard2 for its count: 5, the top value.
    String a = "يوسف العلي";
    List<String> tied = new ArrayList<>();
    for (int i = 0; i < 20; i++) tied.add("باسم " + (char) ('ا' + i));
    List<String> fill = new ArrayList<>();
    for (int i = 0; i < 120; i++) fill.add("تامر " + i);
    SolrSetup.createCollection(solr.cluster, "refine", MarsadConfigset.NAME, 2, 1);
    org.apache.solr.common.cloud.DocCollection collection = solr.cluster.stateReader().getClusterState().getCollection("refine");
    List<List<String>> shard1 = new ArrayList<>();
    shard1.addAll(List.of(withA(tied, a), withA(tied, a), withA(tied, a), withA(tied, a)));
    List<List<String>> shard2 = new ArrayList<>(List.of(fill, fill, List.of(a)));
    String shard1Name = collection.getSlices().stream().map(org.apache.solr.common.cloud.Slice::getName).sorted().findFirst().orElseThrow();
    try (SolrArticleStore refine = SolrArticleStore.over(solr.cluster, "refine", 10)) {
      for (int n = 0; !shard1.isEmpty() || !shard2.isEmpty(); n++) {
        Article report = Corpus.wire("أعلنت الأطراف اليوم عن جولة مفاوضات جديدة في جنيف، وهي الجولة رقم " + n + " هذا العام.", "refine-" + n);
        String shard = collection.getRouter().getTargetSlice(report.id(), null, null, null, collection).getName();
        List<List<String>> todo = shard.equals(shard1Name) ? shard1 : shard2;
        if (todo.isEmpty()) continue;
        refine.add(report.withEntities(persons(report, todo.remove(0))));
      }
      refine.commit();
      List<FacetValue> top = refine.search(SearchRequest.of("مفاوضات").withPage(0, 10)).facets().get("person");
      assertThat(top).hasSize(SearchRequest.DEFAULT_FACET_LIMIT);
      assertThat(top.get(0)).isEqualTo(new FacetValue(a, 5));
      assertThat(top.subList(1, top.size())).allMatch(v -> v.count() == 4 && tied.contains(v.value()));
    }
  }

  private static List<String> withA(List<String> names, String a) {
    List<String> out = new ArrayList<>(names);
    out.add(a);
    return out;
  }

  /** Persons of the given canonical names, each on the report's first word. */
  private static List<org.marsad.nlp.article.Entity> persons(Article report, List<String> names) {
    String first = report.text().split(" ")[0];
    return names.stream().map(n -> new org.marsad.nlp.article.Entity(first, "PERS", 0, first.length(), n, null, null)).toList();
  }

  @Test
  @Order(3)
  void snippets_are_the_embedded_snippets() throws IOException {
    // Solr picks the passages with the embedded settings and the embedded formatter writes them:
    // one line, <mark>, "…" where the body goes on. One difference is left: where the embedded
    // highlighter cuts touching text into two passages, Solr keeps one, so the embedded snippet has
    // a " … " there (the same words either way).
    int compared = 0, identical = 0;
    for (String q : List.of("سوريا", "لافروف", "وزير الخارجية", "\"وقف الأعمال القتالية\"", "الملك سلمان", "person:لافروف",
        "from:2015-08-10 to:2015-08-10", "source:" + corpus.get(10).source())) {
      SearchRequest request = SearchRequest.of(q).withPage(0, 20);
      Map<String, String> e = new HashMap<>();
      embedded.search(request).hits().forEach(h -> e.put(h.id(), h.snippet()));
      for (Hit h : store.search(request).hits()) {
        if (!e.containsKey(h.id())) continue;
        compared++;
        assertThat(h.snippet()).as("snippet of %s in %s", h.id(), q).doesNotContain("\n")
            .isEqualTo(h.snippet().strip());
        if (h.snippet().equals(e.get(h.id()))) identical++;
        else assertThat(h.snippet()).as("snippet of %s in %s", h.id(), q).isEqualTo(e.get(h.id()).replace(" … ", " "));
      }
    }
    assertThat(compared).isGreaterThan(60);
    assertThat(identical).isGreaterThan(compared * 8 / 10);
  }

  @Test
  @Order(3)
  void facets_of_headline_queries_are_the_embedded_top_values() throws IOException {
    // The top 10 values of every facet, as the UI shows them: the same values and counts, ties in
    // the same order, also where a value's articles are spread over both shards.
    for (String q : headlineQueries()) {
      SearchRequest request = SearchRequest.of(q).withPage(0, 10);
      assertSameFacets(store.search(request), embedded.search(request), q);
    }
  }

  /**
   * The same facets, empty ones included: both backends give every dimension, also one no article
   * of the index has (no story in this corpus; session 16).
   */
  private static void assertSameFacets(SearchResult solrResult, SearchResult embeddedResult, String q) {
    assertThat(solrResult.facets()).as("facets of %s", q).isEqualTo(embeddedResult.facets());
  }

  @Test
  @Order(3)
  void a_filter_only_search_scores_its_hits_zero_as_the_embedded_index() throws IOException {
    SearchRequest request = SearchRequest.of("source:" + corpus.get(10).source()).withPage(0, 5);
    assertThat(store.search(request).hits()).isNotEmpty().allSatisfy(h -> assertThat(h.score()).isZero());
    assertThat(embedded.search(request).hits()).allSatisfy(h -> assertThat(h.score()).isZero());
  }

  /**
   * The configset as sessions 5-12 shipped it: schema name "marsad-2", the name fields of type
   * text_exact, and text_exact with the standard tokenizer, no stop words and no spelling variants.
   */
  private static String schema2() throws IOException {
    String current = new String(MarsadConfigset.read("managed-schema.xml"), StandardCharsets.UTF_8);
    String old = current.replace("<schema name=\"marsad-5\"", "<schema name=\"marsad-2\"")
        .replaceAll("(?s)\\s*<fieldType name=\"text_names\".*?</fieldType>", "")
        .replace("type=\"text_names\"", "type=\"text_exact\"")
        .replaceAll("(?s)<fieldType name=\"text_exact\".*?</fieldType>", """
            <fieldType name="text_exact" class="solr.TextField" positionIncrementGap="0">
                <analyzer>
                  <tokenizer name="standard"/>
                  <filter name="lowercase"/>
                  <filter name="marsadArabicNormalization"/>
                </analyzer>
              </fieldType>""");
    assertThat(old).doesNotContain("type=\"text_names\"").doesNotContain("<fieldType name=\"text_names\"")
        .contains("<schema name=\"marsad-2\"").contains("<tokenizer name=\"standard\"/>");
    return old;
  }

  private static String uploadOldConfigset(String schema, String name) throws Exception {
    for (String file : MarsadConfigset.FILES) {
      byte[] data = file.equals("managed-schema.xml") ? schema.getBytes(StandardCharsets.UTF_8) : MarsadConfigset.read(file);
      solr.cluster.zkClient().makePath("/configs/" + name + "/" + file, data, true);
    }
    return name;
  }

  /**
   * Creates {@code collection} with the old {@code schema} (unless it exists: schema null), checks
   * that the store refuses it with the upgrade steps, does the documented upgrade in place (the new
   * configset uploaded over the old, the collection reloaded) and opens it.
   */
  private static SolrArticleStore refusedThenUpgraded(String schema, String collection, String refusal) throws Exception {
    String configset = collection.replace("articles", "marsad");
    if (schema != null) SolrSetup.createCollection(solr.cluster, collection, uploadOldConfigset(schema, configset), 1, 1);
    assertThatThrownBy(() -> SolrArticleStore.over(solr.cluster, collection, 10))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("collection " + collection + " has " + refusal)
        .hasMessageContaining("marsad solr setup --zk " + solr.zk() + " --collection " + collection)
        .hasMessageContaining("action=RELOAD&name=" + collection)
        .hasMessageContaining("marsad reindex --backend solr");
    SolrSetup.uploadConfigset(solr.cluster, configset);
    solr.cluster.request(CollectionAdminRequest.reloadCollection(collection), null);
    return SolrArticleStore.over(solr.cluster, collection, 10);
  }

  /** Queries of every kind, with words and filter values taken from the data itself. */
  private static List<String> parityQueries() throws IOException {
    Set<String> queries = new LinkedHashSet<>(List.of("", "سوريا", "لافروف", "\"وقف الأعمال القتالية\"", "-سوريا",
        "الرياض OR جدة", "في", "في لافروف", "from:2015-08-10 to:2015-08-10", "to:2015-08-09", "person:لافروف",
        "speaker:pers:sergey-lavrov", "org:مجلس", "الملك سلمان", "وزير الخارجية -لافروف", "person:علي",
        "person:\"علي لافروف\"", "person:\"بان كي مون\"", "speaker:كي", "person:مون -person:كي", "person:نتنياهو",
        "\"سوريا\"", "\"في سوريا\"", "\"وزير الخارجية السوري\"", "\"على\"",
        // session 13 syntax: hashtags, أو, hamza seats, topic desk names (one rewrite, both backends)
        "#سوريا", "سوريا -#سوريا", "لافروف أو الجبير", "سوريا -داعش أو العراق", "from:2015-08-10 أو سوريا",
        "\"وزير الخارجية\" أو \"وزير الدفاع\"", "مسئول", "#مسؤول", "topic:رياضة", "topic:ثقافة", "url:*"));
    Map<String, List<FacetValue>> facets = embedded.search(SearchRequest.of("").withPage(0, 0)).facets();
    for (String dim : List.of("source", "city", "topic", "person", "org", "place")) {
      for (FacetValue v : facets.getOrDefault(dim, List.of()).stream().limit(3).toList()) {
        queries.add(dim + ":\"" + v.value() + "\"");
      }
    }
    // stored links: as printed (one with « » if the slice has one) and percent-encoded
    embedded.search(SearchRequest.of("").withPage(0, 1000)).hits().stream().map(Hit::url)
        .filter(u -> u != null && u.startsWith("http")).sorted(java.util.Comparator.comparing((String u) -> !u.contains("«")))
        .limit(2).forEach(u -> {
          queries.add(u);
          queries.add("url:" + u);
          queries.add(java.net.URLEncoder.encode(u, java.nio.charset.StandardCharsets.UTF_8).replace("%3A", ":").replace("%2F", "/"));
        });
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

  @Test
  @Order(Integer.MAX_VALUE) // last: it stops a node
  void an_ingest_survives_losing_a_node_with_two_replicas() throws Exception {
    SolrSetup.createCollection(solr.cluster, "articles_rf2", MarsadConfigset.NAME, 2, 2);
    // and a collection whose only replica is on the node that will stop
    solr.cluster.request(CollectionAdminRequest.createCollection("stranded", MarsadConfigset.NAME, 1, 1)
        .setCreateNodeSet(solr.mini.getJettySolrRunner(1).getNodeName()), null);
    SolrSetup.waitUntilActive(solr.cluster, "stranded", 1);
    // a store as serve opens it, reads with a short retry window and writes with a long one (both shortened here)
    SolrCluster windows = SolrCluster.connect(solr.zk(), java.time.Duration.ofSeconds(6), java.time.Duration.ofSeconds(2));
    SolrArticleStore strandedStore = SolrArticleStore.over(windows, "stranded", 1);
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
    // No live node holds it: the store is unavailable (503 backend-unavailable in the API), not failing (500).
    try (SolrCluster quick = SolrCluster.connect(solr.zk(), java.time.Duration.ofSeconds(2))) {
      assertThatThrownBy(() -> quick.request(new org.apache.solr.client.solrj.request.QueryRequest(
              new org.apache.solr.common.params.MapSolrParams(Map.of("q", "*:*"))), "stranded"))
          .isInstanceOf(org.marsad.store.StoreUnavailableException.class)
          .hasMessageContaining("on collection stranded failed on every live node for 2 s");
    }
    // serve's reads answer "unavailable" after the read window (they waited the whole minute before: session 16 QA)
    try (windows) { // the store is not closed: it would commit the add that failed, for another 6 s
      assertThatThrownBy(() -> strandedStore.search(SearchRequest.of("لافروف")))
          .isInstanceOf(org.marsad.store.StoreUnavailableException.class).hasMessageContaining("failed on every live node for 2 s");
      assertThatThrownBy(() -> strandedStore.get(seed.id()))
          .isInstanceOf(org.marsad.store.StoreUnavailableException.class).hasMessageContaining("for 2 s");
      // the status page's count (it waited the long window until the session 17 review)
      assertThatThrownBy(strandedStore::countNow)
          .isInstanceOf(org.marsad.store.StoreUnavailableException.class).hasMessageContaining("for 2 s");
      // ingest's own questions (is it stored? how many now?) and its writes keep the long window
      assertThatThrownBy(strandedStore::count)
          .isInstanceOf(org.marsad.store.StoreUnavailableException.class).hasMessageContaining("for 6 s");
      assertThatThrownBy(() -> strandedStore.contains(seed.id()))
          .isInstanceOf(org.marsad.store.StoreUnavailableException.class).hasMessageContaining("for 6 s");
      assertThatThrownBy(() -> strandedStore.add(seed))
          .isInstanceOf(org.marsad.store.StoreUnavailableException.class).hasMessageContaining("for 6 s");
    }
  }
}
