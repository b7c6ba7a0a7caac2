package org.marsad.app.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Section;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.ArticleStore;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.testkit.SharedData;

/**
 * The entity page's search link ({@code person:pers-…}) and a Latin name ({@code Lavrov}) search
 * by entity id: the registry's names of that entity are what the snippets mark, as they mark the
 * name of {@code person:لافروف}.
 */
class TestEntityNameMarks {
  @Test
  void a_search_by_entity_id_or_latin_name_marks_the_entitys_names_in_the_snippet(@TempDir Path dir) throws Exception {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String lavrov = registry.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 9).id();
    registry.register("PERS", "جون كيري", Set.of("كيري"), 5);
    try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
      store.add(seed(lavrov));
      store.commit();
      for (String typed : List.of("person:" + lavrov, "Lavrov", "speaker:" + lavrov + " OR person:" + lavrov)) {
        SearchRequest request = SearchRequest.of(LatinNameExpansion.expand(typed, registry));
        Hit unmarked = store.search(request).hits().get(0);
        // a Latin name also searches its Arabic word (session 14), which the store marks itself
        if (!typed.equals("Lavrov")) assertThat(unmarked.snippet()).as("%s, store alone", typed).doesNotContain("<mark>");
        Hit marked = store.search(EntityNameMarks.apply(request, registry)).hits().get(0);
        assertThat(marked.snippet()).as(typed).containsPattern("<mark>(سيرغي )?لافروف</mark>");
      }
    }
  }

  @Test
  void a_latin_name_finds_the_articles_that_write_it_where_the_recogniser_did_not_tag_it(@TempDir Path dir) throws Exception {
    // session 14 QA: Obama found the 96 articles tagged with باراك أوباما, أوباما 217; Lavrov 10, لافروف 14
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String lavrov = registry.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 9).id();
    try (ArticleStore store = ArticleStore.openEmbedded(dir)) {
      store.add(seed(lavrov));
      store.add(untagged("untagged1", "وكان وزير الخارجية الروسي لافروف دعا خلال المفاوضات إلى رفع فوري لحظر الأسلحة المفروض على إيران."));
      store.add(untagged("other0002", "بحث وزير الخارجية الأمريكي جون كيري مع نظيره السعودي الأزمة في اليمن."));
      store.commit();
      assertThat(store.search(SearchRequest.of(LatinNameExpansion.expand("Lavrov", registry))).hits())
          .extracting(Hit::id).containsExactlyInAnyOrder("seed0001", "untagged1");
      assertThat(store.search(SearchRequest.of(LatinNameExpansion.expand("-Lavrov", registry))).hits())
          .as("excluded: neither the tagged nor the untagged article").extracting(Hit::id).containsExactly("other0002");
      Hit untagged = store.search(SearchRequest.of(LatinNameExpansion.expand("Lavrov إيران", registry))).hits().get(0);
      assertThat(untagged.snippet()).contains("<mark>لافروف</mark>");
    }
  }

  /** An article of one paragraph with no entity tagged. */
  private static Article untagged(String id, String text) {
    return new Article(id, null, null, "2015-07-21T02:55:33", "aawsat", null, null, text, List.of(new Section(null, List.of(text))),
        List.of(), text, null, null, List.of(), List.of(), null, List.of(), null, null);
  }

  @Test
  void only_required_entity_filters_by_id_give_names() {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    String lavrov = registry.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 9).id();
    String kerry = registry.register("PERS", "جون كيري", Set.of("كيري"), 5).id();
    assertThat(EntityNameMarks.names("person:" + lavrov + " -person:" + kerry, registry)).containsExactlyInAnyOrder("سيرغي لافروف", "لافروف");
    assertThat(EntityNameMarks.names("source:" + lavrov + " person:لافروف", registry)).isEmpty();
    assertThat(EntityNameMarks.names("person:pers-000000000000", registry)).isEmpty();
    assertThat(EntityNameMarks.names("\"لافروف", registry)).as("a malformed query is the store's to report").isEmpty();
    SearchRequest plain = SearchRequest.of("لافروف");
    assertThat(EntityNameMarks.apply(plain, registry)).isSameAs(plain);
  }

  /** The seed story (Lavrov and Kerry on the Syrian truce, SANA), Lavrov tagged with his registry id. */
  private static Article seed(String lavrovId) {
    String text = SharedData.seedText();
    String body = text.substring(text.indexOf('\n') + 1).strip();
    List<String> paragraphs = List.of(body.split("\n"));
    Article a = new Article("seed0001", null, null, "2016-04-12T10:00:00Z", "sana", "https://sana.sy/?p=1",
        new Dateline("موسكو", "سانا", null, "موسكو-سانا"), paragraphs.get(0), List.of(new Section(null, paragraphs)),
        List.of(), body, null, null, List.of(), List.of(), null, List.of(), null, null);
    int at = body.indexOf("لافروف");
    return a.withEntities(List.of(new Entity("لافروف", "PERS", at, at + 6, "سيرغي لافروف", lavrovId, null)));
  }
}
