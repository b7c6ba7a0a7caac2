package org.marsad.store.solr;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.article.RawDocument;
import org.marsad.testkit.SharedData;

/**
 * The articles both backends are loaded with: the SANA seed analysed by {@link ArticleAnalyzer}
 * (with entities, a quote and a near-duplicate copy, as the enrichment steps will add them), and
 * a slice of SaudiNewsNet read by {@link Sources} and analysed the same way.
 */
final class Corpus {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private Corpus() {}

  /** The seed with a person, an organisation, a place, a MISC entity and a quoted speaker. */
  static Article seed() {
    Article a = ANALYZER.analyze(new RawDocument(SharedData.seedText(), false, null, null, "sana", "2016-04-12", "seed"));
    String text = a.text();
    int lavrov = text.indexOf("لافروف");
    int kerry = text.indexOf("كيري");
    int council = text.indexOf("مجلس الأمن");
    int moscow = text.indexOf("موسكو");
    int truce = text.indexOf("وقف الأعمال القتالية");
    return a.withEntities(List.of(
            new Entity("لافروف", "PERS", lavrov, lavrov + 6, "سيرغي لافروف", "pers:sergey-lavrov", null),
            new Entity("كيري", "PERS", kerry, kerry + 4, "جون كيري", "pers:john-kerry", null),
            new Entity("مجلس الأمن", "ORG", council, council + 10, "مجلس الأمن الدولي", "org:unsc", null),
            new Entity("موسكو", "LOC", moscow, moscow + 5, "موسكو", "loc:moscow", null),
            new Entity("وقف الأعمال القتالية", "MISC", truce, truce + 20, "وقف الأعمال القتالية", "misc:truce", null)))
        .withQuotes(List.of(new Quote("إن مثل هذه التسريبات في وسائل الإعلام سيكون لها تأثير سلبي", true, 0, 10,
            "لافروف", "pers:sergey-lavrov", "وتابع", null)));
  }

  /** A wire report of {@code body} dated 2015-08-12, its origin {@code origin}, with no entity of its own. */
  static Article wire(String body, String origin) {
    return ANALYZER.analyze(new RawDocument(body, false, null, null, "wires", "2015-08-12", origin)).withEntities(List.of());
  }

  /** A reworded copy of the seed marked as its near-duplicate (hidden from default searches). */
  static Article seedDuplicate(Article seed) {
    Article copy = ANALYZER.analyze(new RawDocument(SharedData.seedText() + "\nالمصدر: وكالة سانا", false, null, null,
        "sana", "2016-04-12", "seed-copy"));
    return copy.withDuplicateOf(seed.id());
  }

  /**
   * Two wire reports where a word's root decides the order: both say {@code انتقادات} in their
   * body; the first once, with four more words of its root (نقد) in other patterns (انتقد،
   * المنتقدين، النقد، الناقدون), the second twice and no other word of the root. On the words
   * alone the second ranks first (it has the word twice); with the root clause the first does.
   * Dated before the seed, with the query words outside title and lead.
   */
  static List<Article> rootPatterns() {
    return List.of(
        ANALYZER.analyze(new RawDocument("""
            الرياض-واس
            عقدت اللجنة اجتماعها الدوري في مقرها صباح اليوم برئاسة رئيسها وحضور أعضائها كافة.

            وتناول الاجتماع انتقادات وجهها أعضاء إلى الخطة، إذ انتقد أحدهم بطء التنفيذ، وقال آخر إن المنتقدين \
            محقون، ورأى ثالث أن النقد البناء ضروري، فيما يواصل الناقدون مراجعة التقارير الشهرية.
            """, false, null, null, "spa", "2015-08-11", "roots-pattern")),
        ANALYZER.analyze(new RawDocument("""
            جدة-واس
            عقدت الهيئة اجتماعها السنوي في مقرها مساء أمس بحضور أعضائها وممثلين عن الجهات المعنية.

            وتناول الاجتماع انتقادات للخطة الجديدة، ورد المسؤولون على هذه الانتقادات بعرض أرقام التنفيذ \
            ومراحل العمل المقبلة في المشروع خلال الأعوام القادمة.
            """, false, null, null, "spa", "2015-08-11", "roots-repeat")));
  }

  /**
   * Four wire reports whose people have name words the stop list holds (علي, بان, كي) or a
   * listed spelling variant: عبد ربه منصور هادي and then علي عبد الله صالح quoted in Sanaa, بان كي مون quoted in New York,
   * مون جاي إن (another مون) quoted in Seoul, and بنيامين نتانياهو (the variant of the list's
   * نتنياهو) quoted in Jerusalem; each with its person entity and quotation speaker, as the
   * enrichment steps add them. Dated before the seed.
   */
  static List<Article> names() {
    return List.of(
        withPersons(ANALYZER.analyze(new RawDocument("""
            صنعاء-سبأ
            قال الرئيس اليمني السابق علي عبد الله صالح في كلمة ألقاها أمام أنصاره في صنعاء اليوم إن الحوار هو \
            الطريق الوحيد لإنهاء الأزمة، داعيا الأطراف كافة إلى وقف القتال والعودة إلى طاولة المفاوضات.

            وأضاف صالح أن حزب المؤتمر الشعبي العام مستعد للمشاركة في أي تسوية سياسية تحفظ وحدة اليمن.

            وكان الرئيس عبد ربه منصور هادي قد قال أمس إن الحكومة الشرعية منفتحة لكل مبادرة تعيد الأمن إلى المدن.
            """, false, null, null, "saba", "2015-08-11", "names-saleh")),
            List.of("عبد ربه منصور هادي", "علي عبد الله صالح"), List.of("pers:abd-rabbuh-mansur-hadi", "pers:ali-abdullah-saleh"),
            List.of("الحكومة الشرعية منفتحة لكل مبادرة", "الحوار هو الطريق الوحيد لإنهاء الأزمة")),
        withPerson(ANALYZER.analyze(new RawDocument("""
            نيويورك-وكالات
            دعا الأمين العام للأمم المتحدة بان كي مون مجلس الأمن إلى التحرك العاجل لإيصال المساعدات الإنسانية \
            إلى المدنيين المحاصرين، مؤكدا أن الوضع الإنساني يزداد سوءا يوما بعد يوم.

            وقال بان كي مون في بيان إن المنظمة الدولية ستواصل جهودها مع الشركاء لتأمين ممرات آمنة للقوافل.
            """, false, null, null, "wires", "2015-08-11", "names-ban")),
            "بان كي مون", "بان كي مون", "pers:ban-ki-moon", "المنظمة الدولية ستواصل جهودها مع الشركاء"),
        withPerson(ANALYZER.analyze(new RawDocument("""
            سيول-وكالات
            التقى زعيم المعارضة الكورية الجنوبية مون جاي إن اليوم في سيول وفدا من رجال الأعمال، وبحث معهم سبل \
            تعزيز الصادرات إلى الأسواق الخارجية.

            وقال مون إن حزبه سيقترح حوافز جديدة للشركات الصغيرة والمتوسطة خلال العام المقبل.
            """, false, null, null, "wires", "2015-08-11", "names-moon")),
            "مون جاي إن", "مون", "pers:moon-jae-in", "حزبه سيقترح حوافز جديدة للشركات الصغيرة والمتوسطة"),
        withPerson(ANALYZER.analyze(new RawDocument("""
            القدس المحتلة-وكالات
            قال رئيس الوزراء الإسرائيلي بنيامين نتانياهو في مستهل الجلسة الأسبوعية لحكومته اليوم إن حكومته \
            ستواصل البناء في المستوطنات رغم الاعتراضات الدولية.

            وأضاف نتانياهو أن الضغوط الخارجية لن تغير سياسة الحكومة في هذا الملف.
            """, false, null, null, "wires", "2015-08-11", "names-netanyahu")),
            "بنيامين نتانياهو", "نتانياهو", "pers:benjamin-netanyahu", "حكومته ستواصل البناء في المستوطنات"));
  }

  /** {@code a} with the person {@code name} (at its first mention) and a quotation of {@code quote} by {@code speaker}. */
  private static Article withPerson(Article a, String name, String speaker, String id, String quote) {
    return a.withEntities(List.of(entity(a, name, id))).withQuotes(List.of(quote(a, quote, speaker, id)));
  }

  /** {@code a} with several persons, each quoted by its whole name, in the order given. */
  private static Article withPersons(Article a, List<String> names, List<String> ids, List<String> quotes) {
    List<Entity> entities = new java.util.ArrayList<>();
    List<Quote> said = new java.util.ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      entities.add(entity(a, names.get(i), ids.get(i)));
      said.add(quote(a, quotes.get(i), names.get(i), ids.get(i)));
    }
    return a.withEntities(entities).withQuotes(said);
  }

  private static Entity entity(Article a, String name, String id) {
    int at = a.text().indexOf(name);
    if (at < 0) throw new IllegalStateException("not in the text of " + a.id() + ": " + name);
    return new Entity(name, "PERS", at, at + name.length(), name, id, null);
  }

  private static Quote quote(Article a, String quote, String speaker, String id) {
    int quoted = a.text().indexOf(quote);
    if (quoted < 0) throw new IllegalStateException("not in the text of " + a.id() + ": " + quote);
    return new Quote(quote, false, quoted, quoted + quote.length(), speaker, id, "قال", null);
  }

  private static final Map<String, List<Article>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The first {@code limit} distinct articles of one SaudiNewsNet day (the test is skipped without
   * the data); analysed once per test JVM, as every backend's test loads the same slice.
   */
  static List<Article> saudiNewsNet(String day, int limit) {
    Path zip = SharedData.require("data/saudinewsnet/" + day + ".zip");
    return CACHE.computeIfAbsent(day + "/" + limit, k -> read(zip, day, limit));
  }

  private static List<Article> read(Path zip, String day, int limit) {
    Map<String, Article> byId = new LinkedHashMap<>();
    List<String> failures = new ArrayList<>();
    Sources.read(List.of(zip), new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        if (byId.size() >= limit || document.body() == null || document.body().isBlank()) return;
        try {
          Article a = ANALYZER.analyze(document);
          byId.putIfAbsent(a.id(), a);
        } catch (org.marsad.nlp.NoArticleException e) {
          // boilerplate only: ingest quarantines it too
        }
      }

      @Override
      public void failed(String origin, String reason, byte[] bytes) {
        if (!reason.equals("empty text")) failures.add(origin + ": " + reason); // SaudiNewsNet has a few empty items
      }
    });
    if (!failures.isEmpty()) throw new IllegalStateException("SaudiNewsNet " + day + " did not read cleanly: " + failures);
    return List.copyOf(byId.values());
  }

  /** A dateline naming one of the two holy cities by two words, as sabq and SPA write it ({@code سبق - مكة المكرمة:}). */
  private static final java.util.regex.Pattern LONG_CITY_DATELINE = java.util.regex.Pattern.compile("(مكة المكرمة|المدينة المنورة)\\s*:");
  private static final java.util.regex.Pattern PRINTED_TAG = java.util.regex.Pattern.compile("#[\\p{IsArabic}][\\p{IsArabic}_]*");

  /**
   * SaudiNewsNet 2015-07-21 articles that print an Arabic hashtag (the first 4) and articles whose
   * dateline city is two words (مكة المكرمة, المدينة المنورة: the first 3), analysed like the rest.
   */
  static List<Article> printedTagsAndLongCities() {
    Path zip = SharedData.require("data/saudinewsnet/2015-07-21.zip");
    return CACHE.computeIfAbsent("tags-and-cities", k -> {
      List<RawDocument> tagged = new ArrayList<>();
      List<RawDocument> cities = new ArrayList<>();
      Sources.read(List.of(zip), new DocumentSink() {
        @Override
        public void accept(RawDocument d) {
          String body = d.body() == null ? "" : d.body();
          if (tagged.size() < 4 && PRINTED_TAG.matcher(body).find()) tagged.add(d);
          String opening = body.substring(0, Math.min(80, body.length()));
          if (cities.size() < 12 && LONG_CITY_DATELINE.matcher(opening).find()) cities.add(d);
        }

        @Override
        public void failed(String origin, String reason, byte[] bytes) {}
      });
      List<Article> out = new ArrayList<>();
      for (RawDocument d : tagged) out.add(ANALYZER.analyze(d));
      int longCities = 0;
      for (RawDocument d : cities) {
        Article a = ANALYZER.analyze(d);
        if (longCities < 3 && a.dateline() != null && a.dateline().city() != null && a.dateline().city().strip().contains(" ")) {
          out.add(a);
          longCities++;
        }
      }
      return List.copyOf(out);
    });
  }

  /** The hashtags an article prints (Arabic letters and underscores after #). */
  static List<String> printedTags(Article a) {
    List<String> out = new ArrayList<>();
    java.util.regex.Matcher m = PRINTED_TAG.matcher(a.text());
    while (m.find()) out.add(m.group());
    return out;
  }

  /** A kunya after و ({@code وأبو قتادة}): the name's first word with the conjunction, then its second word. */
  static final java.util.regex.Pattern KUNYA_AFTER_WA = java.util.regex.Pattern.compile("(?<![\\p{IsArabic}])وأبو (\\p{IsArabic}{3,})(?![\\p{IsArabic}])");

  /**
   * SaudiNewsNet 2015-07-21 articles that write a kunya after و ({@code وأبو بكر}, {@code وأبو اليمان},
   * {@code وأبو ظبي}; the first 3), analysed like the rest: وأبو was a stop word until index schema 5.
   */
  static List<Article> kunyasAfterWa() {
    Path zip = SharedData.require("data/saudinewsnet/2015-07-21.zip");
    return CACHE.computeIfAbsent("kunyas-after-wa", k -> {
      List<RawDocument> found = new ArrayList<>();
      Sources.read(List.of(zip), new DocumentSink() {
        @Override
        public void accept(RawDocument d) {
          if (found.size() < 3 && d.body() != null && KUNYA_AFTER_WA.matcher(d.body()).find()) found.add(d);
        }

        @Override
        public void failed(String origin, String reason, byte[] bytes) {}
      });
      return found.stream().map(ANALYZER::analyze).toList();
    });
  }
}
