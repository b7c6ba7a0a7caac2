package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.http.service.EntityService.EntityProfile;
import org.marsad.app.http.service.EntityService.EntitySummary;
import org.marsad.app.http.service.PageRequest;
import org.marsad.app.listing.CollectionEntities;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.ArticleStore;

/** Article counts and timelines of entity pages come from the index for every entity type, MISC included. */
class TestEntityArticleCounts {
  @TempDir Path data;

  private static final String GENEVA_1 = "جنيف-سانا\n\nانطلقت اليوم الجولة الثالثة من مؤتمر جنيف للسلام بمشاركة وفد الحكومة السورية "
      + "ووفود المعارضة برعاية الأمم المتحدة.";
  private static final String GENEVA_2 = "موسكو-سانا\n\nأكد سيرغي لافروف أن مؤتمر جنيف للسلام هو السبيل الوحيد لحل الأزمة "
      + "وأن بلاده تدعم استئناف المحادثات.";
  private static final String OTHER = "الرياض-واس\n\nأعلنت وزارة الصحة افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية.";

  @Test
  void misc_entities_count_the_articles_that_mention_them() throws Exception {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    EntityRecord geneva = registry.register("MISC", "مؤتمر جنيف للسلام", Set.of("مؤتمر جنيف"), 2);
    EntityRecord lavrov = registry.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 1);
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      store.add(withEntities(GENEVA_1, "2016-04-12T09:00:00Z", misc(GENEVA_1, geneva)));
      store.add(withEntities(GENEVA_2, "2016-04-13T09:00:00Z", misc(GENEVA_2, geneva), person(GENEVA_2, lavrov)));
      store.add(withEntities(OTHER, "2016-04-13T10:00:00Z"));
      store.commit();

      CollectionEntities entities = new CollectionEntities(registry, store);
      List<EntitySummary> misc = entities.list(null, "MISC", new PageRequest(1, 10)).items();
      assertThat(misc).singleElement().satisfies(e -> {
        assertThat(e.id()).isEqualTo(geneva.id());
        assertThat(e.articles()).isEqualTo(2);
      });

      EntityProfile profile = entities.profile(geneva.id()).orElseThrow();
      assertThat(profile.articles()).isEqualTo(2);
      assertThat(profile.timeline()).extracting(d -> d.date() + "=" + d.count()).containsExactly("2016-04-12=1", "2016-04-13=1");
      assertThat(profile.cooccurring()).extracting(r -> r.name()).contains("سيرغي لافروف");

      // a person still counts only the articles that name him
      assertThat(entities.profile(lavrov.id()).orElseThrow().articles()).isEqualTo(1);
    }
  }

  private static Entity misc(String text, EntityRecord e) {
    int at = text.indexOf("مؤتمر جنيف للسلام");
    return new Entity("مؤتمر جنيف للسلام", "MISC", at, at + "مؤتمر جنيف للسلام".length(), e.canonical(), e.id(), null);
  }

  private static Entity person(String text, EntityRecord e) {
    int at = text.indexOf("سيرغي لافروف");
    return new Entity("سيرغي لافروف", "PERS", at, at + "سيرغي لافروف".length(), e.canonical(), e.id(), null);
  }

  private static Article withEntities(String text, String published, Entity... entities) {
    return TestArticles.article(null, "sana", null, published, text, List.of(entities), List.of());
  }
}
