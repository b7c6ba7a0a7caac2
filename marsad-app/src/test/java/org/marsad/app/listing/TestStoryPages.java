package org.marsad.app.listing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.http.service.EntityService;
import org.marsad.app.http.service.Page;
import org.marsad.app.http.service.PageRequest;
import org.marsad.app.http.service.StoryService;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.app.corpus.RegistryBeforeTheSaudiJoin;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.lucene.LuceneArticleStore;

/**
 * The API's story pages: the listing shows each story's label, size, sources and span from the
 * search hits alone (reading every article's whole record made the first page of 20 stories cost
 * most of a second on 9,500 SaudiNewsNet articles), and a story's own page still says which of
 * its articles repeats which.
 */
class TestStoryPages {
  private static final String NUCLEAR = "story-00000000a001";
  private static final String HAJJ = "story-00000000b002";

  @Test
  void the_listing_reads_no_article_record_and_shows_label_sources_and_span(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      fill(store);
      AtomicInteger recordsRead = new AtomicInteger();
      Page<StoryService.StorySummary> page = new CollectionStories(countingGets(store, recordsRead), EntityRegistry.inMemory(Transliterator.rulesOnly())).list(new PageRequest(1, 20));

      assertThat(recordsRead.get()).as("records read for a listing").isZero();
      assertThat(page.total()).isEqualTo(2);
      StoryService.StorySummary first = page.items().get(0);
      assertThat(first.id()).isEqualTo(NUCLEAR);
      assertThat(first.title()).as("the first title in publication order").isEqualTo("مجلس الأمن يصادق على الاتفاق النووي مع إيران");
      assertThat(first.articles()).as("the republication counts in its story").isEqualTo(3);
      assertThat(first.sources()).containsExactly("aleqtisadiya", "aawsat");
      assertThat(first.first()).isEqualTo("2015-07-21T02:47:09");
      assertThat(first.last()).isEqualTo("2015-07-21T09:10:00");
      assertThat(page.items().get(1).title()).isEqualTo("وصول أولى طلائع الحجاج إلى المدينة المنورة");
    }
  }

  /**
   * {@code /api/stories?days=N} asks for the newest day on every request: a match-all search with
   * the day histogram (review of session 17). It is read again only after a commit searches see.
   */
  @Test
  void the_newest_day_is_read_once_per_index_generation(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      fill(store);
      AtomicInteger searches = new AtomicInteger();
      CollectionStories stories = new CollectionStories(counting(store, "search", searches), EntityRegistry.inMemory(Transliterator.rulesOnly()));
      assertThat(stories.newestDay()).contains(java.time.LocalDate.of(2015, 7, 23));
      assertThat(stories.newestDay()).contains(java.time.LocalDate.of(2015, 7, 23));
      assertThat(searches.get()).as("the second request reads no index").isEqualTo(1);

      store.add(ArticleJson.read(article(6, "أمير منطقة مكة المكرمة يدشن مشروعات الحج الجديدة", "okaz", "2015-07-24T10:00:00", "story-00000000d004", null)));
      assertThat(stories.newestDay()).as("not committed: searches do not see it yet").contains(java.time.LocalDate.of(2015, 7, 23));
      store.commit();
      assertThat(stories.newestDay()).as("after the commit").contains(java.time.LocalDate.of(2015, 7, 24));
      assertThat(searches.get()).isEqualTo(2);
    }
  }

  /**
   * A desk's stories page (session 17 QA): after a week the whole-index ranking led with a
   * 30-article story that had ended three days before. A window ranks by the articles in it.
   */
  @Test
  void a_window_lists_the_stories_of_its_days_summarised_over_them(@TempDir Path dir) throws Exception {
    String mecca = "story-00000000d004";
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      fill(store);
      store.add(ArticleJson.read(article(6, "أمير منطقة مكة المكرمة يدشن مشروعات الحج الجديدة", "okaz", "2015-07-23T10:00:00", mecca, null)));
      store.add(ArticleJson.read(article(7, "تدشين مشروعات جديدة لخدمة الحجاج في مكة المكرمة", "alriyadh", "2015-07-23T12:30:00", mecca, null)));
      store.commit();
      CollectionStories stories = new CollectionStories(store, EntityRegistry.inMemory(Transliterator.rulesOnly()));

      assertThat(stories.newestDay()).contains(java.time.LocalDate.of(2015, 7, 23));
      assertThat(stories.list(new PageRequest(1, 20)).items()).extracting(StoryService.StorySummary::id)
          .as("the whole index: largest first").containsExactly(NUCLEAR, HAJJ, mecca);

      Page<StoryService.StorySummary> lastDay = stories.list(new PageRequest(1, 20), java.time.LocalDate.of(2015, 7, 23), java.time.LocalDate.of(2015, 7, 23));
      assertThat(lastDay.total()).as("the Hajj story has one article that day: not listed").isEqualTo(1);
      assertThat(lastDay.items().get(0).title()).isEqualTo("أمير منطقة مكة المكرمة يدشن مشروعات الحج الجديدة");

      Page<StoryService.StorySummary> twoDays = stories.list(new PageRequest(1, 20), java.time.LocalDate.of(2015, 7, 22), null);
      assertThat(twoDays.items()).extracting(StoryService.StorySummary::id).as("the nuclear story ended on the 21st").containsExactlyInAnyOrder(HAJJ, mecca);
      StoryService.StorySummary hajj = twoDays.items().stream().filter(s -> s.id().equals(HAJJ)).findFirst().orElseThrow();
      assertThat(hajj.first()).isEqualTo("2015-07-22T08:00:00");
      assertThat(hajj.sources()).containsExactly("almadina", "okaz");
    }
  }

  @Test
  void a_storys_page_names_the_original_of_each_republication(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      fill(store);
      StoryService.StoryDetail d = new CollectionStories(store, EntityRegistry.inMemory(Transliterator.rulesOnly())).get(NUCLEAR).orElseThrow();
      assertThat(d.articles()).extracting(StoryService.StoryArticle::id)
          .containsExactly(id(1), id(2), id(3));
      assertThat(d.articles()).extracting(StoryService.StoryArticle::duplicateOf).containsExactly(null, null, id(1));
      assertThat(d.articles().get(2).title()).isEqualTo("الأمم المتحدة تصادق على الاتفاق النووي");
    }
  }

  @Test
  void a_storys_page_lists_its_entities_with_their_registry_ids(@TempDir Path dir) throws Exception {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String obama = registry.register("PERS", "باراك أوباما", Set.of("أوباما"), 2).id();
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      fill(store);
      StoryService.StoryDetail d = new CollectionStories(store, registry).get(NUCLEAR).orElseThrow();
      assertThat(d.entities()).as("article 2 names Obama; its republication is not counted again")
          .contains(new EntityService.RelatedEntity(obama, "باراك أوباما", "PERS", 1));
      assertThat(d.entities()).as("a name the registry does not know has no id: its made-up id had no entity page")
          .contains(new EntityService.RelatedEntity(null, "إيران", "LOC", 2));
      assertThat(d.entities()).extracting(EntityService.RelatedEntity::name).contains("إيران").doesNotContain("المدينة المنورة");
      assertThat(d.entities().get(0).articles()).isGreaterThanOrEqualTo(d.entities().get(d.entities().size() - 1).articles());
    }
  }

  @Test
  void a_story_of_more_than_500_articles_starts_at_its_first_article(@TempDir Path dir) throws Exception {
    // a wire story followed for 520 days: the listing read the newest 500, and its start date
    // and label were those of the 21st article
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      java.time.LocalDate day = java.time.LocalDate.of(2014, 3, 1);
      for (int i = 0; i < 520; i++) {
        String title = i == 0 ? "مجلس الأمن يصادق على الاتفاق النووي مع إيران" : "متابعة الاتفاق النووي مع إيران في يومه " + i;
        store.add(ArticleJson.read(article(100 + i, title, "aawsat", day.plusDays(i) + "T08:00:00", NUCLEAR, null)));
      }
      store.commit();
      StoryFinder.Listed s = new StoryFinder(store).story(NUCLEAR).orElseThrow();
      assertThat(s.size()).isEqualTo(520);
      assertThat(s.articles()).hasSize(StoryFinder.MAX_ARTICLES);
      assertThat(s.first()).isEqualTo("2014-03-01T08:00:00");
      assertThat(s.last()).isEqualTo(day.plusDays(519) + "T08:00:00");
      assertThat(s.label()).isEqualTo("مجلس الأمن يصادق على الاتفاق النووي مع إيران");
      StoryService.StorySummary listed = new CollectionStories(store, EntityRegistry.inMemory(Transliterator.rulesOnly())).list(new PageRequest(1, 20)).items().get(0);
      assertThat(listed.first()).isEqualTo("2014-03-01T08:00:00");
      assertThat(new StoryFinder(store).labels(java.util.List.of(NUCLEAR))).containsEntry(NUCLEAR, s.label());
    }
  }

  @Test
  void a_searchs_story_facet_shows_each_storys_label_and_keeps_its_id(@TempDir Path dir) throws Exception {
    try (LuceneArticleStore store = LuceneArticleStore.open(dir)) {
      fill(store);
      org.marsad.store.SearchResult r = StoryFacetLabels.apply(store.search(org.marsad.store.SearchRequest.of("")), store);
      assertThat(r.facets().get("story")).extracting(org.marsad.store.FacetValue::value).containsExactlyInAnyOrder(NUCLEAR, HAJJ);
      for (org.marsad.store.FacetValue v : r.facets().get("story")) {
        assertThat(v.label()).as(v.value()).isEqualTo(new StoryFinder(store).story(v.value()).orElseThrow().label());
      }
      assertThat(r.facets().get("story")).extracting(org.marsad.store.FacetValue::label)
          .contains("مجلس الأمن يصادق على الاتفاق النووي مع إيران", "وصول أولى طلائع الحجاج إلى المدينة المنورة");
      assertThat(r.facets().get("source")).extracting(org.marsad.store.FacetValue::label).containsOnlyNulls();
      String json = ArticleJson.mapper().writeValueAsString(r.facets());
      assertThat(json).contains("\"label\":\"وصول أولى طلائع الحجاج إلى المدينة المنورة\"")
          .doesNotContain("\"label\":null");
    }
  }

  @Test
  void an_entity_written_two_ways_is_one_row_counted_once_per_article_also_under_its_old_id(@TempDir Path dir) throws Exception {
    String saudi = RegistryBeforeTheSaudiJoin.SAUDI, kingdom = RegistryBeforeTheSaudiJoin.KINGDOM;
    EntityRegistry registry = RegistryBeforeTheSaudiJoin.open(dir);
    assertThat(registry.mergedIds(saudi)).containsExactly(kingdom);
    try (LuceneArticleStore store = LuceneArticleStore.open(dir.resolve("index"))) {
      String both = "وأكدت المملكة أن السعودية ماضية في دعم اليمن.", kingdomOnly = "وقالت المملكة إنها ترحب بالقرار.";
      store.add(ArticleJson.read(saudiArticle(7, both, new String[] {"المملكة", kingdom}, new String[] {"السعودية", saudi})));
      store.add(ArticleJson.read(saudiArticle(8, kingdomOnly, new String[] {"المملكة", kingdom})));
      store.commit();
      StoryService.StoryDetail d = new CollectionStories(store, registry).get(YEMEN).orElseThrow();
      assertThat(d.entities()).as("one row, the canonical name, two articles (not 1 + 2)")
          .containsExactly(new EntityService.RelatedEntity(saudi, "السعودية", "LOC", 2));
      EntityService.EntityProfile p = new CollectionEntities(registry, store).profile(saudi).orElseThrow();
      assertThat(p.articles()).as("articles under the old id count").isEqualTo(2);
      assertThat(p.cooccurring()).as("not co-occurring with itself").extracting(EntityService.RelatedEntity::id).doesNotContain(saudi);
      assertThat(store.search(SearchRequest.of(org.marsad.app.corpus.MergedIdExpansion.expand("place:" + saudi, registry))).total()).isEqualTo(2);
      assertThat(store.search(SearchRequest.of(org.marsad.app.corpus.MergedIdExpansion.expand("ترحب -place:" + saudi, registry))).total()).isZero();
    }
  }

  private static final String YEMEN = "story-00000000c003";

  private static String saudiArticle(int n, String text, String[]... namesAndIds) {
    ObjectNode o = ArticleJson.mapper().createObjectNode();
    o.put("id", id(n)).put("title", text).put("source", "spa").put("published", "2015-07-2" + (n % 10) + "T08:00:00")
        .put("text", text).put("storyId", YEMEN);
    var entities = o.putArray("entities");
    for (String[] e : namesAndIds) {
      int at = text.indexOf(e[0]);
      entities.addObject().put("text", e[0]).put("type", "LOC").put("start", at).put("end", at + e[0].length())
          .put("canonical", e[0]).put("id", e[1]);
    }
    return o.toString();
  }

  private static void fill(LuceneArticleStore store) throws Exception {
    store.add(ArticleJson.read(article(1, "مجلس الأمن يصادق على الاتفاق النووي مع إيران", "aleqtisadiya", "2015-07-21T02:47:09", NUCLEAR, null)));
    store.add(ArticleJson.read(article(2, "أوباما: قرار الأمم المتحدة يظهر تأييدا واسعا للاتفاق النووي", "aawsat", "2015-07-21T05:00:00", NUCLEAR, null)));
    store.add(ArticleJson.read(article(3, "الأمم المتحدة تصادق على الاتفاق النووي", "aawsat", "2015-07-21T09:10:00", NUCLEAR, id(1))));
    store.add(ArticleJson.read(article(4, "وصول أولى طلائع الحجاج إلى المدينة المنورة", "almadina", "2015-07-22T08:00:00", HAJJ, null)));
    store.add(ArticleJson.read(article(5, "استعدادات لاستقبال ضيوف الرحمن في المدينة", "okaz", "2015-07-23T08:00:00", HAJJ, null)));
    store.commit();
  }

  private static String id(int n) {
    return String.format("%032x", n);
  }

  private static String article(int n, String title, String source, String published, String story, String duplicateOf) {
    ObjectNode o = ArticleJson.mapper().createObjectNode();
    String text = title + ". وقال مصدر مطلع إن الموضوع سيبحث في الأيام المقبلة مع إيران.";
    o.put("id", id(n)).put("title", title).put("source", source).put("published", published)
        .put("text", text).put("storyId", story);
    var entities = o.putArray("entities");
    if (story.equals(NUCLEAR)) {
      entity(entities, text, "إيران", "LOC", "إيران");
      if (n != 1) entity(entities, text, "أوباما", "PERS", "باراك أوباما"); // article 2 and its republication (3)
    } else {
      entity(entities, text, "المدينة", "LOC", "المدينة المنورة");
    }
    if (duplicateOf != null) o.put("duplicateOf", duplicateOf);
    return o.toString();
  }

  private static void entity(com.fasterxml.jackson.databind.node.ArrayNode entities, String text, String surface, String type, String canonical) {
    int at = Math.max(0, text.indexOf(surface));
    entities.addObject().put("text", surface).put("type", type).put("start", at).put("end", at + surface.length())
        .put("canonical", canonical);
  }

  private static ArticleStore countingGets(ArticleStore store, AtomicInteger gets) {
    return counting(store, "get", gets);
  }

  private static ArticleStore counting(ArticleStore store, String methodName, AtomicInteger calls) {
    return (ArticleStore) Proxy.newProxyInstance(ArticleStore.class.getClassLoader(), new Class<?>[] {ArticleStore.class},
        (proxy, method, args) -> {
          if (method.getName().equals(methodName)) calls.incrementAndGet();
          try {
            return method.invoke(store, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
