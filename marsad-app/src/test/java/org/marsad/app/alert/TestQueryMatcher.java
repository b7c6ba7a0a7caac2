package org.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Article;

/** Alert queries on hand-made records; TestAlertsAgreeWithSearch compares alerts with search on real articles. */
class TestQueryMatcher {
  private static final QueryMatcher MATCHER = new QueryMatcher();

  private static boolean matches(String query, Article a) {
    MATCHER.validate(query);
    return !MATCHER.matching(List.of(new Alert("x", "x", query, null, true, "2026-01-01T00:00:00Z")), a).isEmpty();
  }

  private static void parse(String query) {
    MATCHER.validate(query);
  }

  @Test
  void all_words_must_occur() {
    assertThat(matches("لافروف سورية", AlertArticles.moscow())).isTrue();
    assertThat(matches("لافروف الرياض", AlertArticles.moscow())).isFalse();
  }

  @Test
  void words_match_across_alef_and_teh_marbuta_spellings() {
    assertThat(matches("سوريه", AlertArticles.moscow())).isTrue();     // text has سورية
    assertThat(matches("الامم المتحدة", AlertArticles.moscow())).isTrue(); // text has الأمم
  }

  @Test
  void a_word_matches_with_a_leading_proclitic_but_not_inside_another_word() {
    assertThat(matches("الإرهاب", AlertArticles.moscow())).isTrue();
    assertThat(matches("إرهاب", AlertArticles.moscow())).isTrue();       // الإرهاب = ال + إرهاب
    assertThat(matches("تنظيم", AlertArticles.moscow())).isTrue();       // وتنظيم = و + تنظيم
    assertThat(matches("نظيم", AlertArticles.moscow())).isFalse();       // وتنظيم is not و + ت + نظيم
  }

  @Test
  void scare_quoted_names_match_and_phrases_need_adjacent_words() {
    assertThat(matches("داعش", AlertArticles.moscow())).isTrue();
    assertThat(matches("\"وزير الخارجية الروسي\"", AlertArticles.moscow())).isTrue();
    assertThat(matches("\"وزير الروسي\"", AlertArticles.moscow())).isFalse();
    assertThat(matches("“وزير الخارجية الروسي”", AlertArticles.moscow())).isTrue();
    assertThat(matches("«الأمم المتحدة»", AlertArticles.moscow())).isTrue();
  }

  @Test
  void upper_case_and_and_not_work_as_in_search() {
    assertThat(matches("لافروف AND سورية", AlertArticles.moscow())).isTrue();
    assertThat(matches("لافروف AND الرياض", AlertArticles.moscow())).isFalse();
    assertThat(matches("لافروف NOT سورية", AlertArticles.moscow())).isFalse();
    assertThat(matches("لافروف NOT الرياض", AlertArticles.moscow())).isTrue();
    assertThatThrownBy(() -> parse("لافروف NOT")).hasMessage("NOT needs a word, phrase or filter after it");
  }

  @Test
  void or_and_exclusions() {
    assertThat(matches("الرياض OR موسكو", AlertArticles.moscow())).isTrue();
    assertThat(matches("لافروف -داعش", AlertArticles.moscow())).isFalse();
    assertThat(matches("معرض -داعش", AlertArticles.riyadh())).isTrue();
  }

  @Test
  void arabic_or_and_hashtags_read_as_in_search() {
    assertThat(matches("معرض أو لافروف", AlertArticles.moscow())).as("أو between two terms is OR").isTrue();
    assertThat(matches("معرض او لافروف", AlertArticles.riyadh())).isTrue();
    assertThat(matches("معرض أو", AlertArticles.riyadh())).as("at the end it is the stop word search drops").isTrue();
    assertThat(matches("#لافروف", AlertArticles.moscow())).as("a tag matches its word").isTrue();
    assertThat(matches("#معرض_الكتاب", AlertArticles.riyadh())).as("an underscored tag its words in order").isTrue();
    assertThat(matches("#الكتاب_معرض", AlertArticles.riyadh())).isFalse();
  }

  @Test
  void arabic_or_follows_the_search_rule_next_to_exclusions_and_dates() {
    // the reviewer's three queries: search reads أو as the stop word in each; so must an alert
    var iraqOnly = AlertArticles.article("a4", "العراق", "sana", "بغداد", "2015-07-25T08:00:00Z",
        "قال مسؤول في العراق إن الوضع هادئ.", "international", List.of(), List.of());
    assertThat(matches("سوريا -داعش أو العراق", iraqOnly)).as("not (سوريا OR العراق) -داعش").isFalse();
    assertThat(matches("from:2015-07-24 أو سوريا", iraqOnly)).as("a date is no OR operand").isFalse();
    assertThat(matches("سوريا أو from:2015-07-24", iraqOnly)).isFalse();
    var both = AlertArticles.article("a5", "سوريا والعراق", "sana", "دمشق", "2015-07-25T08:00:00Z",
        "اجتماع بين سوريا والعراق في دمشق.", "international", List.of(), List.of());
    assertThat(matches("سوريا -داعش أو العراق", both)).isTrue();
    assertThat(matches("from:2015-07-24 أو سوريا", both)).isTrue();
    assertThat(matches("\"وزير الخارجية\" أو \"وزير الدفاع\"", AlertArticles.moscow())).as("quoted phrases: their union").isTrue();
  }

  @Test
  void a_hashtag_matches_its_word_in_either_hamza_seat() {
    var yehSeat = AlertArticles.article("a6", "تصريح", "okaz", "جدة", "2015-07-22T08:00:00Z",
        "قال مسئول في الوزارة إن العمل مستمر.", "local", List.of(), List.of());
    assertThat(matches("#مسؤول", yehSeat)).isTrue();
    assertThat(matches("#مسؤولية", yehSeat)).isFalse();
  }

  @Test
  void an_unknown_topic_is_refused_and_natural_desk_names_are_taken() {
    assertThatThrownBy(() -> parse("topic:كرة")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown topic 'كرة' (known: politics (سياسة)");
    assertThat(matches("topic:ثقافة", AlertArticles.riyadh())).isTrue();
    assertThat(matches("topic:السياسية لافروف", AlertArticles.moscow())).isTrue();
  }

  @Test
  void a_hamza_before_waw_matches_in_either_seat() {
    var yehSeat = AlertArticles.article("a3", "الشئون الإسلامية", "okaz", "جدة", "2015-07-22T08:00:00Z",
        "أكد مسئول في وزارة الشئون الإسلامية أن الاستعدادات اكتملت.", "local", List.of(), List.of());
    assertThat(matches("مسؤول", yehSeat)).isTrue();
    assertThat(matches("\"وزارة الشؤون الإسلامية\"", yehSeat)).isTrue();
    assertThat(matches("مسؤولية", yehSeat)).isFalse();
  }

  @Test
  void field_filters() {
    assertThat(matches("source:sana لافروف", AlertArticles.moscow())).isTrue();
    assertThat(matches("source:was لافروف", AlertArticles.moscow())).isFalse();
    assertThat(matches("city:موسكو", AlertArticles.moscow())).isTrue();
    assertThat(matches("topic:culture", AlertArticles.riyadh())).isTrue();
    assertThat(matches("topic:سياسة لافروف", AlertArticles.moscow())).as("a topic's Arabic desk name, as in search").isTrue();
    assertThat(matches("topic:السياسة", AlertArticles.riyadh())).isFalse();
    assertThat(matches("person:ent-lavrov", AlertArticles.moscow())).isTrue();
    assertThat(matches("person:\"سيرغي لافروف\"", AlertArticles.moscow())).isTrue();
    assertThat(matches("org:ent-lavrov", AlertArticles.moscow())).isFalse(); // he is a person
    assertThat(matches("speaker:ent-lavrov", AlertArticles.moscow())).isTrue();
    assertThat(matches("speaker:لافروف", AlertArticles.moscow())).isTrue();
    assertThat(matches("speaker:لافروف", AlertArticles.riyadh())).isFalse();
    assertThat(matches("from:2021-08-01 to:2021-08-31 الإرهاب", AlertArticles.moscow())).isTrue();
    assertThat(matches("from:2021-09-01 الإرهاب", AlertArticles.moscow())).isFalse();
    assertThat(matches("from:2021-08 to:2021-08 الإرهاب", AlertArticles.moscow())).isTrue(); // a month is all its days
    assertThat(matches("to:2021 معرض", AlertArticles.riyadh())).isTrue();
    assertThat(matches("from:2021-10 معرض", AlertArticles.riyadh())).isFalse();
  }

  @Test
  void malformed_queries_are_rejected_with_search_s_reason() {
    assertThatThrownBy(() -> parse("  ")).hasMessage("the query is empty");
    assertThatThrownBy(() -> parse("\"لافروف")).hasMessage("unbalanced quote: \"لافروف has no closing \"");
    assertThatThrownBy(() -> parse("lang:ar")).hasMessageStartingWith("unknown field 'lang:' (known: source, city, topic, person,");
    assertThatThrownBy(() -> parse("from:9/8/2021")).hasMessage("from: expects a date like 2015-07-01 (or 2015-07, 2015), got '9/8/2021'");
    assertThatThrownBy(() -> parse("«لافروف")).hasMessage("unbalanced quote: «لافروف has no closing »");
    assertThatThrownBy(() -> parse("OR لافروف")).hasMessage("OR needs a word, phrase or filter on both sides");
    assertThatThrownBy(() -> parse("لافروف OR")).hasMessage("OR needs a word, phrase or filter on both sides");
    assertThatThrownBy(() -> parse("«»")).hasMessage("empty phrase «»");
  }

  @Test
  void a_query_that_asks_for_nothing_is_refused_since_search_would_list_every_article() {
    String nothing = "the query has nothing to look for (only exclusions, stop words or punctuation)";
    assertThatThrownBy(() -> parse("-داعش")).hasMessage(nothing);
    assertThatThrownBy(() -> parse("،؛")).hasMessage(nothing);
    assertThatThrownBy(() -> parse("في من -داعش")).hasMessage(nothing);
    parse("from:2021 -داعش"); // a date is a condition
    parse("source:sana -داعش");
  }
}
