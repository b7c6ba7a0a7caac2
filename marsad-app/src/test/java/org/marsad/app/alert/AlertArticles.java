package org.marsad.app.alert;

import java.util.List;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.article.Topic;

/** TEST ONLY: Article records for matching tests. */
final class AlertArticles {
  private AlertArticles() {}

  static Article article(String id, String title, String source, String city, String published, String text, String topic,
      List<Entity> entities, List<Quote> quotes) {
    return new Article(id, title, null, published, source, null, city == null ? null : new Dateline(city, null, null, city),
        text, List.of(), List.of(), text, null, null, entities, quotes, topic == null ? null : new Topic(topic, 0.8),
        List.of(), null, null);
  }

  /** A SANA-style story: Lavrov in Moscow, with scare-quoted “داعش” and spelling variants. */
  static Article moscow() {
    String text = "موسكو-سانا\nأكد وزير الخارجية الروسي سيرغي لافروف أن بلاده ستواصل دعم سورية في مكافحة الإرهاب "
        + "وتنظيم “داعش”، مشيراً إلى أن الأمم المتحدة مدعوة للقيام بدورها.";
    return article("a1", "لافروف يؤكد استمرار الدعم", "sana", "موسكو", "2021-08-09T10:00:00Z", text, "politics",
        List.of(new Entity("سيرغي لافروف", "PERS", 40, 52, "سيرغي لافروف", "ent-lavrov", "وزير الخارجية الروسي")),
        List.of(new Quote("ستواصل دعم سورية", false, 60, 76, "لافروف", "ent-lavrov", "أكد", null)));
  }

  static Article riyadh() {
    return article("a2", "معرض الرياض للكتاب", "was", "الرياض", "2021-09-30T08:00:00Z",
        "انطلقت في الرياض فعاليات معرض الكتاب الدولي بمشاركة واسعة.", "culture-arts", List.of(), List.of());
  }
}
