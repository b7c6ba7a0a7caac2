package org.marsad.app.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Dateline;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.article.Section;
import org.marsad.nlp.article.Topic;

/** TEST ONLY: builds Article records from real-looking Arabic wire copy. */
final class TestArticles {
  private TestArticles() {}

  static final String MOSCOW_TEXT = "موسكو-سانا\n\nأكد وزير الخارجية الروسي سيرغي لافروف أن بلاده ستواصل دعم سورية في مكافحة الإرهاب.\n\n"
      + "وقال لافروف في مؤتمر صحفي: “لن نسمح بعودة تنظيم داعش إلى المنطقة”.";

  /** An article with the given identity and text; entities and quotes as given. */
  static Article article(String title, String source, String city, String published, String text,
      List<Entity> entities, List<Quote> quotes) {
    String lead = text.split("\n\n")[0];
    return new Article(contentId(text), title, null, published, source, null,
        city == null ? null : new Dateline(city, source, null, city + "-" + source), lead,
        List.of(new Section(null, List.of(text.split("\n\n")))), List.of(), text, null, null,
        entities, quotes, new Topic("politics", 0.9), List.of(lead), null, null);
  }

  /** The Moscow wire story with Lavrov as an entity and his quotation marked. */
  static Article moscow() {
    String t = MOSCOW_TEXT;
    int lav = t.indexOf("سيرغي لافروف");
    int q = t.indexOf("لن نسمح");
    int qEnd = t.indexOf("”");
    return article("لافروف: سنواصل دعم سورية في مكافحة الإرهاب", "sana", "موسكو", "2021-08-09T10:00:00Z", t,
        List.of(new Entity("سيرغي لافروف", "PERS", lav, lav + "سيرغي لافروف".length(), "سيرغي لافروف", "ent-lavrov", "وزير الخارجية الروسي")),
        List.of(new Quote(t.substring(q, qEnd), true, q, qEnd, "لافروف", "ent-lavrov", "وقال", null)));
  }

  /** Another story from another source, city and day. */
  static Article riyadh() {
    return article("انطلاق معرض الرياض الدولي للكتاب", "was", "الرياض", "2021-09-30T08:00:00Z",
        "الرياض-واس\n\nانطلقت اليوم فعاليات معرض الرياض الدولي للكتاب بمشاركة أكثر من ألف دار نشر.", List.of(), List.of());
  }

  static String contentId(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8))).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
