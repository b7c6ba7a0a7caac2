package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * A name written without the chain links after its given name ({@code عادل الجبير} of {@code عادل بن أحمد
 * الجبير}) joins the chain on positive evidence in one article (the full name first, or the same role on
 * both); written first with another role it is another man. The other articles of the short form keep its
 * own entity in every order ({@link ShortFormAcrossArticlesTest}). SaudiNewsNet sentences (2015-07-21..25; aljazirah.com.sa, 3alyoum.com, alyaum.com).
 */
class ShortFormOfChainTest {
  private static final String JUBEIR_IN_FULL_FIRST = "اجتمع معالي وزير الخارجية الأستاذ عادل بن أحمد الجبير أمس في فرع وزارة الخارجية بجدة. "
      + "فيما أكد معالي وزير الخارجية الأستاذ عادل الجبير من جانبه أن مصر جزء أساسي في التحالف الذي تقوده المملكة.";
  private static final String JUBEIR_SHORT_ONLY = "وقال وزير الخارجية عادل الجبير إن المملكة ترحب بالاتفاق.";

  private static List<Entity> persons(EntityRegistry registry, String text) {
    return new EntityEnricher(NerTagger.defaultTagger(), registry).entities(text).stream().filter(e -> e.type().equals("PERS")).toList();
  }

  private static EntityRegistry registry() {
    return EntityRegistry.inMemory(Transliterator.rulesOnly());
  }

  private static Set<String> idsOf(List<Entity> es, String text) {
    Set<String> ids = new TreeSet<>();
    for (Entity e : es) if (e.text().equals(text)) ids.add(e.id());
    return ids;
  }

  @Test
  void the_short_form_after_the_full_name_is_the_same_man() {
    List<Entity> es = persons(registry(), JUBEIR_IN_FULL_FIRST);
    assertThat(es).extracting(Entity::text).contains("عادل بن أحمد الجبير", "عادل الجبير");
    assertThat(idsOf(es, "عادل الجبير")).isEqualTo(idsOf(es, "عادل بن أحمد الجبير"));
  }

  @Test
  void the_short_form_first_with_the_same_role_is_the_same_man() {
    List<Entity> es = persons(registry(), "اطلع وزير الحج الدكتور بندر حجار على تجربة شباب وشابات الأعمال بجدة. وأعرب أعضاء لجنة شباب "
        + "أعمال جدة عن شكرهم لمعالي وزير الحج الدكتور بندر بن محمد حجار لزيارته المعرض.");
    assertThat(es).extracting(Entity::text).contains("بندر حجار", "بندر بن محمد حجار");
    assertThat(idsOf(es, "بندر حجار")).isEqualTo(idsOf(es, "بندر بن محمد حجار"));
  }

  @Test
  void the_short_form_first_with_another_role_is_another_man() {
    // a Shura member and a neighbourhood عمدة of one name, side by side
    List<Entity> es = persons(registry(), "وقد شهدت الساحة الكبرى بمدينة المبرز بحي السياسب وبحضور عضو مجلس الشورى الدكتور سعدون السعدون "
        + "وعمدة حي السياسب سعدون بن عبدالله السعدون وجمع غفير من وجهاء اهالي مدينة المبرز عددا من العروض.");
    assertThat(es).extracting(Entity::text).contains("سعدون السعدون", "سعدون بن عبدالله السعدون");
    assertThat(idsOf(es, "سعدون السعدون")).doesNotContainAnyElementsOf(idsOf(es, "سعدون بن عبدالله السعدون"));
  }

  @Test
  void a_short_form_after_a_chain_particle_is_a_father_not_the_man_named_in_full() {
    List<Entity> es = persons(registry(), "وتم منح سيف التميز للطالب خالد بن سعيد الحارثي لحصوله على المركز الأول في الثانوية العامة فيما تم "
        + "منح خاتم ألماس للطالبة رهف بنت خالد الحارثي كما عبر الطلاب المتفوقون عن بالغ سعادتهم.");
    assertThat(es).extracting(Entity::text).contains("خالد بن سعيد الحارثي", "خالد الحارثي");
    assertThat(idsOf(es, "خالد الحارثي")).doesNotContainAnyElementsOf(idsOf(es, "خالد بن سعيد الحارثي"));
  }

  @Test
  void one_article_naming_both_keeps_the_other_articles_ids_and_the_same_office_reads_them_as_him_in_any_order() {
    List<String> articles = List.of(JUBEIR_SHORT_ONLY, JUBEIR_IN_FULL_FIRST, JUBEIR_SHORT_ONLY);
    for (List<String> order : List.of(articles, List.of(articles.get(1), articles.get(0), articles.get(2)))) {
      EntityRegistry r = registry();
      List<Entity> all = new ArrayList<>();
      for (String text : order) all.addAll(persons(r, text));
      String chain = EntityRegistry.idFor("PERS", "عادل بن أحمد الجبير"), own = EntityRegistry.idFor("PERS", "عادل الجبير");
      // the full article's two mentions are the chain's; the two short-only articles keep the short form's entity
      assertThat(all).filteredOn(e -> e.text().equals("عادل الجبير")).extracting(Entity::id).containsExactlyInAnyOrder(chain, own, own);
      // … which lookups read as the chain: وزير الخارجية next to both (EntityRegistry.shortFormJoins, session 18)
      assertThat(r.resolve("PERS", "عادل الجبير")).get().extracting(x -> x.canonical()).isEqualTo("عادل بن أحمد الجبير");
      assertThat(r.resolve("PERS", "عادل الجبير").get().count()).isEqualTo(4);
      assertThat(r.mergedIds(chain)).contains(own);
    }
  }
}
