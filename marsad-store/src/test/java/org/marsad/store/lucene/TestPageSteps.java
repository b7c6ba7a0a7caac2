package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.article.Entity;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest.DateBucket;
import org.marsad.store.TestArticles;
import org.marsad.store.query.MarsadQueryParser;

/**
 * The results page's facet counts and snippets are computed more cheaply than Lucene's stock
 * classes do (one pass over the hits' ordinals; bodies read once, one match weight per page):
 * they must equal what the stock classes give, on an index of several segments (global
 * ordinals) and with facet lists short enough that ties in count decide what is shown.
 */
class TestPageSteps {
  private static final Locale ARABIC = Locale.forLanguageTag("ar");
  @TempDir static Path dir;
  static FSDirectory directory;
  static DirectoryReader reader;
  static List<String> queries;

  @BeforeAll
  static void build() throws IOException {
    List<Article> articles = new ArrayList<>();
    articles.add(TestArticles.seed());
    List<Article> day = TestArticles.saudiNewsNet("2015-08-11");
    day = day.subList(0, Math.min(360, day.size()));
    for (int i = 0; i < day.size(); i++) articles.add(varied(day.get(i), i));
    directory = FSDirectory.open(dir);
    ArticleDocuments documents = new ArticleDocuments(ArticleDocuments.facetsConfig());
    try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(IndexAnalyzers.create())
        .setSimilarity(LuceneArticleStore.SIMILARITY).setMergePolicy(NoMergePolicy.INSTANCE))) {
      int n = 0;
      for (Article a : articles) {
        w.updateDocument(new Term(ArticleFields.ID, a.id()), documents.toDocument(a));
        if (++n % 90 == 0) w.commit(); // several segments: facet ordinals go through an ordinal map
      }
      w.commit();
    }
    reader = DirectoryReader.open(directory);
    queries = new ArrayList<>(List.of("", "لافروف", "\"وقف الأعمال القتالية\"", "السعودية", "الرياض OR جدة",
        "source:spa", "مجلس الوزراء -الملك", "from:2015-08-11", "المملكة",
        // a repeated word and readings shared by two words (clauses merged or overlapping), a phrase with words
        "السعودية السعودية سعودي", "المملكة العربية \"مجلس الوزراء\""));
    for (Article a : articles.subList(0, 80)) {
      if (a.title() != null) queries.add(a.title().replaceAll("[\"“”«»:()]", " ").replaceAll("(^|\\s)-", " ").replace(" OR ", " "));
    }
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @Test
  void facet_counts_equal_lucenes_sorted_set_facet_counts() throws IOException {
    assertThat(reader.leaves()).hasSizeGreaterThan(2);
    IndexSearcher searcher = searcher();
    SortedSetDocValuesReaderState state = new DefaultSortedSetDocValuesReaderState(reader, ArticleDocuments.facetsConfig());
    LuceneQueryBuilder builder = new LuceneQueryBuilder(IndexAnalyzers.create());
    int compared = 0;
    for (String q : queries) {
      Query query = builder.searchQuery(MarsadQueryParser.parse(q), false);
      var hits = FacetsCollectorManager.search(searcher, query, 10, Sort.RELEVANCE, false, new FacetsCollectorManager())
          .facetsCollector();
      for (int top : new int[] {1, 3, 10, 1000}) {
        for (DateBucket bucket : DateBucket.values()) {
          Map<String, List<FacetValue>> ours = FacetCounts.count(state, hits, bucket, top);
          assertThat(ours).as(q + " top " + top + " " + bucket).isEqualTo(stock(state, hits, bucket, top));
          compared += ours.values().stream().mapToInt(List::size).sum();
        }
      }
    }
    assertThat(compared).isGreaterThan(5000);
  }

  @Test
  void page_queries_equal_the_separately_built_ones() {
    LuceneQueryBuilder builder = new LuceneQueryBuilder(IndexAnalyzers.create());
    for (String q : queries) {
      var parsed = MarsadQueryParser.parse(q);
      LuceneQueryBuilder.PageQueries both = builder.pageQueries(parsed, false);
      assertThat(both.search()).as(q).isEqualTo(builder.searchQuery(parsed, false));
      assertThat(both.highlight()).as(q).isEqualTo(builder.highlightQuery(parsed));
    }
  }

  @Test
  void snippets_equal_the_stock_highlighters() throws IOException {
    IndexSearcher searcher = searcher();
    Analyzer analyzer = IndexAnalyzers.create();
    LuceneQueryBuilder builder = new LuceneQueryBuilder(analyzer);
    Sort sort = new Sort(SortField.FIELD_SCORE, new SortField(ArticleFields.ID_ORDER, SortField.Type.STRING));
    int marked = 0;
    for (String q : queries) {
      var parsed = MarsadQueryParser.parse(q);
      Query highlight = builder.highlightQuery(parsed);
      ScoreDoc[] page = searcher.search(builder.searchQuery(parsed, false), 12, sort).scoreDocs;
      int[] docs = new int[page.length];
      String[] bodies = new String[page.length];
      for (int i = 0; i < page.length; i++) {
        docs[i] = page[i].doc;
        bodies[i] = searcher.storedFields().document(docs[i], Set.of(ArticleFields.BODY)).get(ArticleFields.BODY);
      }
      String[] ours = Snippets.forHits(searcher, analyzer, highlight, docs, bodies);
      UnifiedHighlighter stock = UnifiedHighlighter.builder(searcher, analyzer)
          .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(BreakIterator.getWordInstance(ARABIC),
              Snippets.PASSAGE_CHARS, 0.4f))
          .withFormatter(new SnippetFormatter())
          .withMaxNoHighlightPassages(1)
          .build();
      String[] expected = stock.highlightFields(new String[] {ArticleFields.BODY}, highlight != null ? highlight : new MatchNoDocsQuery(),
          docs, new int[] {Snippets.PASSAGES}).get(ArticleFields.BODY);
      assertThat(ours).as(q).containsExactly(expected);
      // words only: matched from the page's postings, not the weight (a phrase, typed or a compound name's
      // other spelling, عبدالعزيز → "عبد العزيز" since session 15, takes the weight's path)
      if (highlight != null && !hasPhrase(parsed)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        assertThat(Snippets.WordMatches.of(new IndexSearcher(leaf).rewrite(highlight), leaf)).as(q).isNotNull();
      }
      for (String s : ours) if (s != null && s.contains("<mark>")) marked++;
    }
    assertThat(marked).isGreaterThan(100); // real highlights were compared, not just openings
  }

  private static boolean hasPhrase(org.marsad.store.query.MarsadQuery q) {
    return java.util.stream.Stream.concat(q.required().stream(), q.excluded().stream()).anyMatch(TestPageSteps::hasPhrase);
  }

  private static boolean hasPhrase(org.marsad.store.query.QueryNode n) {
    return n instanceof org.marsad.store.query.QueryNode.Phrase
        || (n instanceof org.marsad.store.query.QueryNode.AnyOf any && any.options().stream().anyMatch(TestPageSteps::hasPhrase));
  }

  @Test
  void page_docs_read_the_fields_the_hits_show() throws IOException {
    IndexSearcher searcher = searcher();
    int[] docs = {5, 0, reader.maxDoc() - 1, 42};
    PageDocs.Stored[] stored = PageDocs.read(searcher.storedFields(), docs);
    for (int i = 0; i < docs.length; i++) {
      var d = searcher.storedFields().document(docs[i]);
      assertThat(stored[i]).isEqualTo(new PageDocs.Stored(d.get(ArticleFields.ID), d.get(ArticleFields.TITLE),
          d.get(ArticleFields.SOURCE), d.get(ArticleFields.URL), d.get(ArticleFields.PUBLISHED), d.get(ArticleFields.DUPLICATE_OF),
          d.get(ArticleFields.BODY)));
      assertThat(stored[i].body()).isNotEmpty();
    }
  }

  /**
   * The article with facet values to count (the test records have none): words of its title as
   * person, org and place names (many values, most with equal counts), one of five cities and
   * seven stories, and one of 20 days.
   */
  private static Article varied(Article a, int i) {
    String[] words = a.title() == null ? new String[0] : a.title().replaceAll("[^\\p{L}\\s]", " ").strip().split("\\s+");
    String[] types = {"PERS", "PERS", "ORG", "LOC", "LOC"};
    List<Entity> entities = new ArrayList<>();
    for (int w = 0; w < Math.min(words.length, types.length); w++) {
      if (words[w].length() >= 3) entities.add(new Entity(words[w], types[w], 0, 0, words[w], null, null));
    }
    String[] cities = {"الرياض", "جدة", "مكة المكرمة", "الدمام", "أبها"};
    String published = String.format(Locale.ROOT, "2015-08-%02dT10:00:00", 1 + i % 20);
    return new Article(a.id(), a.title(), a.titleCategory(), published, a.source(), a.url(),
        new Dateline(cities[i % cities.length], null, null, null), a.lead(), a.sections(), a.boilerplate(), a.text(),
        a.tokens(), a.sentences(), entities, a.quotes(), a.topic(), a.summary(), a.duplicateOf(), "story-" + i % 7);
  }

  private static IndexSearcher searcher() {
    IndexSearcher s = new IndexSearcher(reader);
    s.setSimilarity(LuceneArticleStore.SIMILARITY);
    return s;
  }

  /** What the store computed before: Lucene's sorted-set facet counts. */
  private static Map<String, List<FacetValue>> stock(SortedSetDocValuesReaderState state,
                                                    org.apache.lucene.facet.FacetsCollector hits, DateBucket bucket, int top)
      throws IOException {
    Map<String, List<FacetValue>> out = new LinkedHashMap<>();
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
    for (String dim : new String[] {ArticleFields.FACET_SOURCE, ArticleFields.FACET_CITY, ArticleFields.FACET_TOPIC,
        ArticleFields.FACET_PERSON, ArticleFields.FACET_ORG, ArticleFields.FACET_PLACE, ArticleFields.FACET_STORY}) {
      // a dimension no article has is an empty list, as FacetCounts gives it (every key present)
      out.put(dim, state.getOrdRange(dim) == null ? List.of() : values(counts.getTopChildren(top, dim)));
    }
    String dateDim = bucket == DateBucket.MONTH ? ArticleFields.FACET_MONTH : ArticleFields.FACET_DAY;
    List<FacetValue> histogram = new ArrayList<>();
    if (state.getOrdRange(dateDim) != null) histogram.addAll(values(counts.getAllChildren(dateDim)));
    histogram.sort(Comparator.comparing(FacetValue::value));
    out.put("date", histogram);
    return out;
  }

  private static List<FacetValue> values(FacetResult result) {
    List<FacetValue> list = new ArrayList<>();
    if (result == null) return list;
    for (LabelAndValue lv : result.labelValues) {
      if (lv.value.longValue() > 0) list.add(new FacetValue(lv.label, lv.value.longValue()));
    }
    return list;
  }
}
