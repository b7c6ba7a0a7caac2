package org.marsad.app.cli;

import org.marsad.nlp.article.ArticleJson;

/** TEST ONLY: two short real-style wire stories the ingest tests feed to {@code marsad ingest}, and their JSON Lines form. */
final class ShortWires {
  private ShortWires() {}

  /** A SANA wire: Lavrov and Kerry on the Syrian ceasefire. */
  static final String LAVROV = "موسكو-سانا\n\nبحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الأمريكي جون كيري "
      + "في اتصال هاتفي اليوم تطورات الأوضاع في سورية وسبل تثبيت وقف الأعمال القتالية.";

  /** A Saudi Press Agency wire on an unrelated subject. */
  static final String HEALTH = "الرياض-واس\n\nأعلنت وزارة الصحة السعودية اليوم افتتاح ثلاثة مستشفيات جديدة "
      + "في المنطقة الشرقية بسعة إجمالية تبلغ ستمائة سرير.";

  /** One JSON Lines record with its text and source. */
  static String line(String text, String source) {
    return ArticleJson.mapper().createObjectNode().put("text", text).put("source", source).toString() + "\n";
  }
}
