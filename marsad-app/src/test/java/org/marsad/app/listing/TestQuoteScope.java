package org.marsad.app.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.lucene.LuceneArticleStore;

/**
 * The quotation listing reads at most {@link QuoteFinder#ARTICLES_READ} articles, the newest; its
 * count must say when it is the count of those only (`marsad quotes` printed "483 quotations" on
 * 8,124 SaudiNewsNet articles, as if the collection had no more).
 */
class TestQuoteScope {
  private static final String SAID = "قال المتحدث باسم وزارة الصحة إن \"الوضع الصحي في المحافظة مستقر ولا داعي للقلق\".";
  private static final String JUBEIR = "قال وزير الخارجية عادل الجبير إن \"المملكة ستواصل دعم الشعب اليمني\".";

  @Test
  void a_count_over_the_newest_articles_only_says_so(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      int n = QuoteFinder.ARTICLES_READ + 1;
      for (int i = 0; i < n; i++) store.add(ArticleJson.read(article(i, i < 3 ? JUBEIR : SAID, i < 3 ? "عادل الجبير" : "المتحدث باسم وزارة الصحة")));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, null);

      QuoteFinder.Found all = finder.find(null, "", null, null, 0, 20);
      assertThat(all.articlesMatched()).isEqualTo(n);
      assertThat(all.articlesRead()).isEqualTo(QuoteFinder.ARTICLES_READ);
      assertThat(all.complete()).isFalse();
      assertThat(all.total()).as("one quotation in each article read").isEqualTo(QuoteFinder.ARTICLES_READ);

      QuoteFinder.Found jubeir = finder.find("الجبير", "", null, null, 0, 20);
      assertThat(jubeir.complete()).as("three articles quote him, all read").isTrue();
      assertThat(jubeir.total()).isEqualTo(3);
      assertThat(jubeir.quotes()).allSatisfy(q -> assertThat(q.speaker()).isEqualTo("عادل الجبير"));

      // the API's page says the same
      var page = new CollectionQuotes(store, null).find(null, null, null, null, new org.marsad.app.http.service.PageRequest(2, 20));
      assertThat(page.complete()).isFalse();
      assertThat(page.articlesMatched()).isEqualTo(n);
      assertThat(page.articlesRead()).isEqualTo(QuoteFinder.ARTICLES_READ);
      assertThat(page.total()).isEqualTo(QuoteFinder.ARTICLES_READ);
      assertThat(page.items()).hasSize(20);
    }
  }

  @Test
  void the_articles_read_are_asked_for_without_snippets(@TempDir Path dir) throws Exception {
    // QuoteFinder reads each hit whole; a snippet would be highlighting (and on Solr a body) for nothing
    try (LuceneArticleStore lucene = LuceneArticleStore.open(dir)) {
      for (int i = 0; i < 3; i++) lucene.add(ArticleJson.read(article(i, JUBEIR, "عادل الجبير")));
      lucene.commit();
      java.util.List<org.marsad.store.SearchRequest> asked = new java.util.ArrayList<>();
      org.marsad.store.ArticleStore recording = (org.marsad.store.ArticleStore) java.lang.reflect.Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {org.marsad.store.ArticleStore.class}, (proxy, method, args) -> {
            if (args != null && args.length == 1 && args[0] instanceof org.marsad.store.SearchRequest r) asked.add(r);
            try {
              return method.invoke(lucene, args);
            } catch (java.lang.reflect.InvocationTargetException e) {
              throw e.getCause();
            }
          });
      QuoteFinder.Found jubeir = new QuoteFinder(recording, null).find("الجبير", "", null, null, 0, 20);
      assertThat(jubeir.total()).isEqualTo(3);
      assertThat(asked).isNotEmpty().allSatisfy(r -> assertThat(r.snippets()).isFalse());
    }
  }

  @Test
  void the_entity_pages_link_by_speaker_id_finds_the_same_quotations_as_the_name(@TempDir Path dir) throws Exception {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String jubeir = registry.register("PERS", "عادل الجبير", Set.of("الجبير"), 3).id();
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      for (int i = 0; i < 3; i++) {
        ObjectNode o = (ObjectNode) ArticleJson.mapper().readTree(article(i, JUBEIR, "عادل الجبير"));
        ((ObjectNode) o.get("quotes").get(0)).put("speakerId", jubeir);
        store.add(ArticleJson.read(o.toString()));
      }
      store.add(ArticleJson.read(article(3, SAID, "المتحدث باسم وزارة الصحة")));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, registry);
      QuoteFinder.Found byId = finder.find(jubeir, "", null, null, 0, 20);
      assertThat(byId.total()).as("quotes.html?speaker=" + jubeir).isEqualTo(3);
      assertThat(byId.quotes()).extracting(q -> q.speakerId()).containsOnly(jubeir);
      assertThat(finder.find("الجبير", "", null, null, 0, 20).total()).isEqualTo(3);
    }
  }

  @Test
  void quotation_words_match_either_seat_of_a_hamza_before_waw(@TempDir Path dir) throws Exception {
    String yehSeat = "قال وكيل الوزارة إن \"المسئولين في الشئون الصحية يتابعون الحالات\".";
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      store.add(ArticleJson.read(article(0, yehSeat, "وكيل الوزارة")));
      store.add(ArticleJson.read(article(1, SAID, "المتحدث باسم وزارة الصحة")));
      store.commit();
      QuoteFinder finder = new QuoteFinder(store, null);
      assertThat(finder.find(null, "المسؤولين الشؤون", null, null, 0, 20).total()).as("typed with the hamza on و").isEqualTo(1);
      assertThat(finder.find(null, "المسئولين", null, null, 0, 20).total()).isEqualTo(1);
      assertThat(finder.find(null, "المسؤولية", null, null, 0, 20).total()).isZero();
    }
  }

  private static String article(int i, String text, String speaker) {
    ObjectNode o = ArticleJson.mapper().createObjectNode();
    o.put("id", String.format("%032x", i + 1)).put("source", "spa").put("text", text)
        .put("published", String.format("2015-07-%02dT%02d:%02d:00Z", 1 + i / 100, (i / 60) % 24, i % 60));
    int start = text.indexOf('"') + 1;
    int end = text.lastIndexOf('"');
    o.putArray("quotes").addObject().put("text", text.substring(start, end)).put("direct", true).put("start", start).put("end", end)
        .put("speaker", speaker).putNull("speakerId").put("verb", "قال").putNull("via");
    return o.toString();
  }
}
