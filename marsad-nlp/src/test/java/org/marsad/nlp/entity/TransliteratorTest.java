package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

class TransliteratorTest {

  @Test
  void the_name_list_gives_lavrov() throws Exception {
    Transliterator t = Transliterator.withNameList(SharedData.require("data/anetac-gazetteer/EN-AR Named-entities.txt"));
    assertThat(t.transliterate("لافروف")).contains("Lavrov");
  }

  @Test
  void letter_rules_spell_a_name_that_matches_its_english_form_phonetically() {
    String rules = Transliterator.rulesOnly().transliterate("لافروف");
    assertThat(rules).isEqualTo("Lafrof");
    assertThat(Transliterator.phoneticKey(rules)).isEqualTo(Transliterator.phoneticKey("Lavrov"));
  }

  @Test
  void the_article_is_written_al() {
    assertThat(Transliterator.rulesOnly().transliterate("بشار الأسد")).isEqualTo("Bshar al-Asd");
  }
}
