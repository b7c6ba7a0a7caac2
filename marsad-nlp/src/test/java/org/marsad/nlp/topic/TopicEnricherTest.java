package org.marsad.nlp.topic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Article;

class TopicEnricherTest {
  static Article article(String title, String text) {
    return new Article("id", title, null, null, null, null, null, null, List.of(), List.of(), text,
        null, null, List.of(), List.of(), null, List.of(), null, null);
  }

  @Test
  void sets_the_topic_from_title_and_text() {
    Article a = new TopicEnricher().enrich(article("الترجي يفوز على الأفريقي في الدربي",
        "فاز الترجي الرياضي على النادي الإفريقي بهدفين دون رد في مباراة الدربي ضمن الرابطة المحترفة الأولى لكرة القدم."));
    assertThat(a.topic().label()).isEqualTo("sports");
    assertThat(a.title()).isEqualTo("الترجي يفوز على الأفريقي في الدربي");
  }

  @Test
  void an_empty_article_gets_no_topic() {
    assertThat(new TopicEnricher().enrich(article(null, "")).topic()).isNull();
  }
}
