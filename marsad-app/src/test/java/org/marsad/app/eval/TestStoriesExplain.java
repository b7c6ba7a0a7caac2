package org.marsad.app.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.story.StoryClusterer;

/** The --explain diagnostic: every gold story with its articles' predicted story/event and entity ids. */
class TestStoriesExplain {

  private static Article article(String id, String url, String published, String title, String text, String entityId) {
    return new Article(id, title, null, published, "src", url, null, text, List.of(), List.of(), text, null, null,
        List.of(new Entity("x", "PERS", 0, 1, "x", entityId, null)), List.of(), null, List.of(), null, null);
  }

  @Test
  void groupsGoldStoriesAndCountsPredictedStories() {
    String quake = "زلزال بقوة ست درجات يضرب مدينة في شمال البلاد ويخلف أضرارا في المباني والطرق";
    String cup = "الهلال يفوز بكأس السوبر بعد مباراة مثيرة أمام النصر في لندن بركلات الترجيح";
    List<Article> articles = List.of(
        article("a1", "u1", "2015-08-10T10:00:00", "زلزال يضرب الشمال", quake, "ent-quake"),
        article("a2", "u2", "2015-08-10T11:00:00", "زلزال قوي في الشمال", quake + " والدفاع المدني يتدخل", "ent-quake"),
        article("a3", "u3", "2015-08-10T12:00:00", "الهلال بطل السوبر", cup, "ent-hilal"));
    List<StoriesEvaluation.GoldLabel> gold = List.of(
        new StoriesEvaluation.GoldLabel("u1", "quake", "quake/1"),
        new StoriesEvaluation.GoldLabel("u2", "quake", "quake/1"),
        // labelled as the quake story on purpose: the cup article is clustered apart, so two predicted stories
        new StoriesEvaluation.GoldLabel("u3", "quake", "quake/2"));
    StringWriter w = new StringWriter();
    StoriesEvaluation.explain(articles, gold, StoryClusterer.Settings.defaults(), new PrintWriter(w));
    List<String> lines = w.toString().lines().toList();
    assertEquals("== quake (3 articles, 2 predicted stories)", lines.get(0));
    assertEquals(4, lines.size(), w.toString());
    assertTrue(lines.get(1).contains("quake/1") && lines.get(1).contains("[ent-quake]"), lines.get(1));
    assertTrue(lines.get(3).contains("[ent-hilal]"), lines.get(3));
  }
}
