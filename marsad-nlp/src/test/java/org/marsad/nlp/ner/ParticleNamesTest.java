package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParticleNamesTest {
  private static String[] tag(String text, String tags) {
    String[] t = tags.split(" ");
    ParticleNames.apply(List.<String[]>of(text.split(" ")), List.<String[]>of(t));
    return t;
  }

  @Test
  void a_name_with_a_particle_after_a_title_is_a_person() {
    assertThat(tag("ومنسق الاتحاد الأوروبي لشؤون مكافحة الإرهاب جيل دي كيرشوف .",
        "O B-ORG I-ORG O O O O O O O"))
        .containsExactly("O", "B-ORG", "I-ORG", "O", "O", "O", "B-PERS", "I-PERS", "I-PERS", "O");
  }

  @Test
  void the_given_name_joins_a_surname_the_tagger_found() {
    assertThat(tag("قال المبعوث الأممي جيل دي كيرشوف", "O O O O B-PERS I-PERS"))
        .containsExactly("O", "O", "O", "B-PERS", "I-PERS", "I-PERS");
  }

  @Test
  void two_particles() {
    assertThat(tag("السفير جان دو لا سابليير", "O O O O O"))
        .containsExactly("O", "B-PERS", "I-PERS", "I-PERS", "I-PERS");
  }

  @Test
  void no_title_no_person() {
    assertThat(tag("وكان فان دير سار", "O O O O")).containsExactly("O", "O", "O", "O");
    assertThat(tag("الشهور الاثني عشر القادمة فإن هذا يقل", "O O O O O O O")).containsOnly("O");
  }

  @Test
  void a_title_word_or_an_article_word_is_not_a_name_word() {
    assertThat(tag("وزير الخارجية فان الوضع", "O O O O")).containsOnly("O");
    assertThat(tag("نائب الرئيس وزير دي ميستورا", "O O O O O")).containsOnly("O");
  }

  @Test
  void function_words_and_the_conjunction_fa_inna_are_not_names() {
    // Seen in SaudiNewsNet before the function-word check (bench/run NerParticleAudit).
    assertThat(tag("وأوضح المتحدث أن دي ميستورا سيرفع", "O O O B-PERS I-PERS O")).containsExactly("O", "O", "O", "B-PERS", "I-PERS", "O");
    assertThat(tag("الرئيس أوباما فإن ذلك يستلزم", "O O O O O")).containsOnly("O");
    assertThat(tag("الرئيس اوباما فان اوروبا", "O B-PERS O O")).containsExactly("O", "B-PERS", "O", "O");
  }

  @Test
  void other_entities_are_left_alone() {
    assertThat(tag("رئيس الوزراء جيل دي كيرشوف", "O O B-ORG I-ORG I-ORG")).containsExactly("O", "O", "B-ORG", "I-ORG", "I-ORG");
  }
}
