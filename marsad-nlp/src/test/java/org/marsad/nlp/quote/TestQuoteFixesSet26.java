package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Quote;

/**
 * Session 26, lane fixquotes26 (bench/RESULTS.md): the findings of the reviews of lanes quotes26
 * and quotesind26. Each rule test holds a real sentence and fails on the merged code this lane
 * started from (main 5c340810); the guards hold what the fix must leave alone.
 */
class TestQuoteFixesSet26 extends QuoteTestBase {

  @Test
  void anUnnamedSourceActingStopsBeforeItsObjectMa() {
    // unseen alyaum 4079651 (review of quotes26 F2): "استغربت مصادر نيابية مطلعة ما وصفته"; start
    // code: speaker "مصادر نيابية مطلعة ما" for the later "كشفت المصادر" and "وأشارت"
    List<Quote> q = quotes("وفيما تواصلت موجة الإدانة والاستنكار لمواقف دشتي، استغربت مصادر نيابية مطلعة ما وصفته بـ "
        + "\"صمت النواب الشيعة\" تجاه هذا السلوك رغم ما فيه من إساءة إلى مشاعر المواطنين، متسائلة عن مغزى ومعنى هذا "
        + "الصمت. وأشارت إلى أن المجلس لم يخاطب النيابة حتى الآن.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isEqualTo("مصادر نيابية مطلعة"));
  }

  @Test
  void aModalQadBeforeTheActNamesNoSpeaker() {
    // unseen alriyadh 1069785 (review of quotes26 F3): "قد يستغرب البعض ان …" and the writer's own
    // "مما يؤكد أن" sentences later; start code: speaker "البعض"
    List<Quote> q = quotes("قد يستغرب البعض ان الكثير من ابناء هذه البلاد وخصوصاً في منطقة نجد وما جاورها عشقهم "
        + "للصحراء. لقد كيفت وسائل التقنية وبعض المصانع آلياتها مع تصنيع وسائل تريح هذا الإنسان المولع في الصحراء "
        + "خلال رحلاته مما يؤكد أن كل شيء من اجله ومن أجل فطرته.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.speaker()).isNull());
  }

  @Test
  void anAdverbOfTimeAfterTheSurnameIsNoGivenName() {
    // review of quotesind26 F3: "غدا" written after "مورينيو" earlier is no given name; start
    // code: the report was cut at "، وسيخوض غدا"
    List<Quote> q = quotes("يصل مورينيو غدا إلى الرياض مع فريقه. وقال مورينيو إن فريقه سيلعب مباراتين في الجولة، "
        + "وسيخوض غدا مباراة ودية أمام الهلال.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.text()).endsWith("أمام الهلال"));
  }

  @Test
  void onlyTheWordBeforeTheSurnameIsItsGivenName() {
    // review of quotesind26 F3: the word after the surname ("مورينيو لاعبيه") is its object, not a
    // given name; start code: the report was cut at "، ووعد لاعبيه"
    List<Quote> q = quotes("التقى مورينيو لاعبيه قبل المباراة. وقال مورينيو إن فريقه جاهز للقاء، ووعد لاعبيه بمكافأة "
        + "كبيرة بعد الفوز.");
    assertThat(q).singleElement().satisfies(x -> assertThat(x.text()).endsWith("بعد الفوز"));
  }
}
