package org.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.app.corpus.QueryExpansion;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * A saved search fires on what the search finds: session 14 QA, an alert {@code Obama} never fired
 * on an article about أوباما that {@code marsad search Obama} finds, as search reads a Latin name as
 * its Arabic name and entity and alerts read it as a Latin word no Arabic article contains.
 */
class TestAlertLatinNames {
  private static final Alert OBAMA = new Alert("al1", "obama", "Obama", null, true, "2026-12-05T00:00:00Z");
  private static final Alert LAVROV = new Alert("al2", "lavrov", "Lavrov", null, true, "2026-12-05T00:00:00Z");

  @Test
  void a_latin_name_alert_fires_on_the_arabic_name_and_on_the_tagged_entity() {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    registry.register("PERS", "باراك أوباما", Set.of("اوباما"), 383);
    String lavrov = registry.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 22).id();
    // untagged: the recogniser found no person in it (as in 121 of the 217 articles on أوباما)
    Article addis = AlertArticles.article("b1", "أوباما يلتقي رئيس وزراء إثيوبيا في أديس أبابا", "qa", null, "2015-07-26T10:00:00Z",
        "التقى الرئيس الأمريكي باراك أوباما اليوم الأحد رئيس الوزراء الإثيوبي هايلي مريام ديسالين في العاصمة أديس أبابا.",
        "politics", List.of(), List.of());
    // tagged with Lavrov's id, and a text that writes him only in full
    Article moscow = AlertArticles.article("b2", "محادثات في موسكو", "sana", "موسكو", "2021-08-09T10:00:00Z",
        "بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي الأزمة في سورية.", "politics",
        List.of(new Entity("سيرغي لافروف", "PERS", 26, 38, "سيرغي لافروف", lavrov, null)), List.of());

    QueryMatcher asTyped = new QueryMatcher();
    assertThat(asTyped.matching(List.of(OBAMA, LAVROV), addis)).as("before: a Latin word no Arabic article contains").isEmpty();

    QueryMatcher asSearched = new QueryMatcher(QueryExpansion.of(registry));
    assertThat(asSearched.matching(List.of(OBAMA, LAVROV), addis)).containsExactly(OBAMA);
    assertThat(asSearched.matching(List.of(OBAMA, LAVROV), moscow)).containsExactly(LAVROV);
    assertThat(asSearched.matching(List.of(OBAMA, LAVROV), AlertArticles.riyadh())).isEmpty();
  }

  @Test
  void a_latin_name_the_registry_learns_after_the_alert_was_saved_is_read_on_the_next_article() {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    QueryMatcher matcher = new QueryMatcher(QueryExpansion.of(registry));
    Article addis = AlertArticles.article("b1", "أوباما في أديس أبابا", "qa", null, "2015-07-26T10:00:00Z",
        "وصل الرئيس الأمريكي باراك أوباما إلى أديس أبابا.", "politics", List.of(), List.of());
    assertThat(matcher.matching(List.of(OBAMA), addis)).isEmpty();
    registry.register("PERS", "باراك أوباما", Set.of("اوباما"), 383); // ingest met him
    assertThat(matcher.matching(List.of(OBAMA), addis)).containsExactly(OBAMA);
  }

  @Test
  void a_rewrite_is_kept_while_what_it_looked_up_is_unchanged_and_redone_when_that_changes() {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    QueryExpansion product = QueryExpansion.of(registry);
    java.util.concurrent.atomic.AtomicInteger rewrites = new java.util.concurrent.atomic.AtomicInteger();
    QueryMatcher matcher = new QueryMatcher(product, q -> {
      rewrites.incrementAndGet();
      return product.recorded(q);
    });
    Article addis = AlertArticles.article("b1", "أوباما في أديس أبابا", "qa", null, "2015-07-26T10:00:00Z",
        "وصل الرئيس الأمريكي باراك أوباما إلى أديس أبابا.", "politics", List.of(), List.of());
    Article moscow = AlertArticles.article("b2", "لافروف في موسكو", "sana", "موسكو", "2021-08-09T10:00:00Z",
        "بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي الأزمة في سورية.", "politics", List.of(), List.of());
    List<Alert> alerts = List.of(OBAMA, LAVROV);
    assertThat(matcher.matching(alerts, addis)).isEmpty();
    assertThat(matcher.matching(alerts, AlertArticles.riyadh())).isEmpty();
    assertThat(rewrites).as("once per query while the registry stays the same").hasValue(2);

    registry.register("PERS", "باراك أوباما", Set.of("اوباما"), 383);
    assertThat(matcher.matching(alerts, addis)).as("the new name reaches the alert").containsExactly(OBAMA);
    assertThat(rewrites).as("Obama's lookup changed, Lavrov's did not").hasValue(3);

    // ingest registers other names between two articles: neither alert looked them up
    registry.register("PERS", "عادل الجبير", Set.of("الجبير"), 3);
    registry.register("LOC", "أديس أبابا", Set.of(), 2);
    registry.register("ORG", "الأمم المتحدة", Set.of(), 4);
    assertThat(matcher.matching(alerts, addis)).containsExactly(OBAMA);
    assertThat(rewrites).as("kept across registrations of other names").hasValue(3);

    registry.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 22);
    assertThat(matcher.matching(alerts, moscow)).containsExactly(LAVROV);
    assertThat(rewrites).hasValue(4);
    registry.register("PERS", "باراك أوباما", Set.of("اوباما"), 1); // a count that ranks a Latin name's entities
    assertThat(matcher.matching(alerts, addis)).containsExactly(OBAMA);
    assertThat(rewrites).hasValue(5);
    for (String q : List.of("Obama", "Lavrov")) {
      assertThat(product.recorded(q).text()).as("the kept rewrite is the one made now").isEqualTo(product.apply(q)).contains("OR");
    }
    assertThat(new QueryMatcher(product).matching(List.of(OBAMA), addis)).as("the product's own wiring").containsExactly(OBAMA);
  }
}
