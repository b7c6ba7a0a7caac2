package org.marsad.nlp.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.marsad.nlp.ner.MentionGroups;

/**
 * The words two offices share ({@code EntityRegistry.sameOffice}) on the review of lane entities20's wordings: a
 * country adjective and its country's name after a construct noun say one office (F7: the {@code articleDiffers}
 * guard dropped {@code وزير الخارجيه القطري ~ وزير خارجيه قطر}, both خالد العطية's own offices in the 5-day registry;
 * a lost match is a contrary office when a join is weighed); different former words say different holders (F1).
 */
class OfficeWordsTest {
  @Test
  void different_former_words_are_different_holders() {
    // المعزول is Morsi, المخلوع Mubarak (alriyadh 1067010, al-jazirah 20150731); السابق the last holder, الأسبق one before
    assertThat(words("الرئيس المصري المعزول", "الرئيس المصري المخلوع")).isZero();
    assertThat(words("رئيس الوزراء اللبناني السابق", "رئيس الوزراء اللبناني الأسبق")).isZero();
    assertThat(words("الرئيس الراحل", "الرئيس السابق للنادي")).isZero();
    assertThat(words("الرئيس المصري المعزول", "الرئيس المصري المعزول")).isEqualTo(3);
  }

  @Test
  void a_country_adjective_matches_its_country_named_in_construct() {
    assertThat(words("وزير خارجية قطر", "وزير الخارجية القطري")).isEqualTo(3);
    assertThat(words("وزير خارجية الإمارات", "وزير الخارجية الإماراتي")).isEqualTo(3);
    assertThat(words("وزير خارجية بريطانيا", "وزير الخارجية البريطاني")).isEqualTo(3);
    assertThat(words("وزير خارجية النمسا", "وزير الخارجية النمساوي")).isEqualTo(3);
    assertThat(words("نائب رئيس جمهورية العراق", "نائب رئيس الجمهورية العراقي")).isEqualTo(4);
  }

  @Test
  void another_country_or_a_closed_office_still_does_not_match() {
    assertThat(words("وزير خارجية قطر", "وزير الخارجية البريطاني")).isZero();
    assertThat(words("وزير خارجية إسبانيا", "وزير الخارجية الأردني")).isZero();
    assertThat(words("نائب رئيس الوزراء", "نائب الرئيس الأمريكي")).isZero();
  }

  private static int words(String a, String b) {
    return EntityRegistry.sameOffice(MentionGroups.officeKey(a), MentionGroups.officeKey(b));
  }
}
