package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.testkit.SharedData;

/**
 * TEST ONLY: what the Solr command tests ingest (the seed, a republication of it by another
 * paper the next day, and two unrelated wires), and the backend options naming a collection of
 * the in-JVM test cluster.
 */
final class SolrInputs {
  private SolrInputs() {}

  /** Writes the articles as one JSON Lines file in {@code dir}. */
  static Path write(Path dir) throws Exception {
    String seed = SharedData.seedText();
    String copy = seed.replace("موسكو-سانا", "موسكو - وكالات").replace("اليوم", "أمس");
    Path file = dir.resolve("articles.jsonl");
    Files.writeString(file, line(null, seed, "sana", "2016-04-12")
        + line("لافروف يتهم واشنطن بنشر معلومات مضللة", copy, "alwatan", "2016-04-13")
        + line(null, "الرياض-واس\n\nأعلنت وزارة الصحة السعودية اليوم افتتاح ثلاثة مستشفيات جديدة في المنطقة الشرقية "
            + "بسعة إجمالية تبلغ ستمائة سرير، وقال وزير الصحة إن المستشفيات ستخدم أكثر من مليون مواطن.", "was", "2016-04-13")
        + line(null, "دمشق-سانا\n\nبحث الرئيس السوري مع المبعوث الأممي ستافان دي ميستورا في دمشق اليوم التحضيرات لجولة جديدة "
            + "من المحادثات في جنيف، وأكد دي ميستورا أن الأمم المتحدة ملتزمة بدعم الحل السياسي.", "sana", "2016-04-14"),
        StandardCharsets.UTF_8);
    return file;
  }

  private static String line(String title, String text, String source, String published) {
    var o = ArticleJson.mapper().createObjectNode();
    if (title != null) o.put("title", title);
    return o.put("text", text).put("source", source).put("published", published) + "\n";
  }

  /** {@code --backend solr --zk ZK --collection NAME}. */
  static String[] backend(String zk, String collection) {
    return new String[] {"--backend", "solr", "--zk", zk, "--collection", collection};
  }

  /** Creates a collection of 2 shards, 1 replica each, through {@code marsad solr setup}. */
  static void createCollection(String zk, String collection) {
    CliRun r = CliRun.of("solr", "setup", "--zk", zk, "--collection", collection, "--shards", "2", "--replicas", "1");
    assertThat(r.exit()).as(r.err()).isZero();
  }

  /** Joins option arrays and single arguments into one argument list. */
  static String[] args(Object... parts) {
    java.util.List<String> out = new java.util.ArrayList<>();
    for (Object p : parts) {
      if (p instanceof String[] a) out.addAll(java.util.List.of(a));
      else out.add(p.toString());
    }
    return out.toArray(String[]::new);
  }
}
