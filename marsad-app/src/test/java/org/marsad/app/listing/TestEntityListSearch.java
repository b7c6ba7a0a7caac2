package org.marsad.app.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * The entity list's search box ({@code GET /api/entities?q=}, entities.html): session 11 QA on the
 * SaudiNewsNet data dir found عادل الجبير for {@code عادل} and {@code الجبير} only, nothing for
 * {@code جبير} (a name without its article) or {@code Jubeir}, which search and quotes accept.
 */
class TestEntityListSearch {
  static EntityRegistry registry;
  static String adel;
  static String ahmed;
  static String lavrov;
  static String abdullah;
  static String mbs;

  @BeforeAll
  static void registry() {
    registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    adel = registry.register("PERS", "عادل الجبير", Set.of("الجبير"), 98).id();
    ahmed = registry.register("PERS", "أحمد الجبير", Set.of(), 8).id();
    lavrov = registry.register("PERS", "سيرغي لافروف", Set.of("لافروف"), 9).id();
    registry.register("ORG", "الأمم المتحدة", Set.of("للأمم المتحدة"), 40);
    abdullah = registry.register("PERS", "عبد الله بن زايد", Set.of(), 6).id();
    mbs = registry.register("PERS", "محمد بن سلمان", Set.of(), 30).id();
    registry.register("LOC", "السعودية", Set.of(), 300);
  }

  static java.util.List<String> ids(String q) {
    return EntityRanking.ranked(registry, null, q).stream().map(EntityRecord::id).toList();
  }

  @Test
  void a_word_of_the_name_with_or_without_its_article_finds_it() {
    assertThat(ids("عادل")).containsExactly(adel);
    assertThat(ids("الجبير")).containsExactly(adel, ahmed);
    assertThat(ids("جبير")).as("without ال").containsExactly(adel, ahmed);
    assertThat(ids("احمد")).as("hamza folded").containsExactly(ahmed);
    assertThat(ids("لافروف")).containsExactly(lavrov);
    assertThat(ids("أمم")).as("a word of an organisation's name").hasSize(1);
    assertThat(ids("بير")).as("the middle of a word is no start").isEmpty();
  }

  @Test
  void the_box_reads_a_name_as_the_quotation_speaker_box_does() {
    // session 11 review: startsAWord found محمد بن سلمان for سلمان (his father's name) and any
    // word start (سعود: السعودية), where the speaker box matched inside words; now NameMatch for both
    assertThat(ids("عبدالله بن زايد")).as("عبد written apart or joined").containsExactly(abdullah);
    assertThat(ids("سلمان")).as("a father's name is not his name").isEmpty();
    assertThat(ids("محمد بن سلمان")).containsExactly(mbs);
    assertThat(ids("سعود")).as("a word, not the start of السعودية").isEmpty();
    assertThat(ids("عادل الجبير")).containsExactly(adel);
    assertThatThrownBy(() -> ids("ال")).as("no name word").isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_latin_name_finds_its_entity() {
    assertThat(ids("Lavrov")).containsExactly(lavrov);
    assertThat(ids("Lāvrov")).as("diacritics").containsExactly(lavrov);
    assertThat(ids("qqq")).as("noise finds no one").isEmpty();
  }
}
