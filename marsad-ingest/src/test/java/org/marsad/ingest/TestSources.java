package org.marsad.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.charset.TextDecoder;
import org.marsad.nlp.article.RawDocument;

class TestSources {
  @TempDir
  Path dir;

  private CollectingSink read(Path... paths) {
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(paths), sink);
    return sink;
  }

  @Test
  void plain_text_file_is_one_document() throws IOException {
    CollectingSink sink = read(Fixtures.copy("riyadh-weather.txt", dir));
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).hasSize(1);
    RawDocument doc = sink.documents.get(0);
    assertThat(doc.html()).isFalse();
    assertThat(doc.body()).startsWith("الرياض-واس\nتوقعت الهيئة العامة للأرصاد");
    assertThat(doc.origin()).isEqualTo(dir.resolve("riyadh-weather.txt").toString());
  }

  @Test
  void windows_1256_text_file_is_decoded() throws IOException {
    String text = new String(Fixtures.bytes("riyadh-weather.txt"), StandardCharsets.UTF_8);
    Path file = Files.write(dir.resolve("legacy.txt"), text.getBytes(TextDecoder.WINDOWS_1256));
    assertThat(read(file).documents.get(0).body()).isEqualTo(text);
  }

  @Test
  void utf16_text_files_without_a_byte_order_mark_are_read_not_quarantined() throws IOException {
    String text = new String(Fixtures.bytes("riyadh-weather.txt"), StandardCharsets.UTF_8);
    Path le = Files.write(dir.resolve("notepad-le.txt"), text.getBytes(StandardCharsets.UTF_16LE));
    Path be = Files.write(dir.resolve("notepad-be"), text.getBytes(StandardCharsets.UTF_16BE));
    CollectingSink sink = read(le, be);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).extracting(RawDocument::body).containsExactly(text, text);
  }

  @Test
  void html_page_with_meta_charset_windows_1256() throws IOException {
    CollectingSink sink = read(Fixtures.copy("damascus-health.html", dir));
    assertThat(sink.failures).isEmpty();
    RawDocument doc = sink.documents.get(0);
    assertThat(doc.html()).isTrue();
    assertThat(doc.body()).contains("<h1>وزارة الصحة تطلق حملة تلقيح وطنية</h1>", "“الحملة تستمر خمسة أيام");
  }

  @Test
  void html_is_sniffed_without_an_extension() throws IOException {
    Path file = Files.writeString(dir.resolve("page"), "<!DOCTYPE html><html><body><p>خبر عاجل من القاهرة</p></body></html>");
    RawDocument doc = read(file).documents.get(0);
    assertThat(doc.html()).isTrue();
  }

  @Test
  void json_lines_map_every_field_name_and_skip_blank_lines() throws IOException {
    CollectingSink sink = read(Fixtures.copy("articles.jsonl", dir));
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).hasSize(3);
    RawDocument spa = sink.documents.get(0);
    assertThat(spa.title()).isEqualTo("افتتاح معرض الكتاب في جدة");
    assertThat(spa.body()).startsWith("جدة-واس\nافتتح أمير منطقة مكة المكرمة");
    assertThat(spa.url()).isEqualTo("https://www.spa.gov.sa/1234567");
    assertThat(spa.source()).isEqualTo("spa");
    assertThat(spa.published()).isEqualTo("2021-12-09T19:30:00+03:00");
    assertThat(spa.origin()).endsWith("articles.jsonl:1");
    RawDocument okaz = sink.documents.get(1);
    assertThat(okaz.body()).startsWith("ارتفعت أسعار النفط");
    assertThat(okaz.published()).isEqualTo("2015-07-21 10:15:00");
    assertThat(sink.extras.get(1)).containsEntry("author", "محمد العتيبي");
    RawDocument tunis = sink.documents.get(2);
    assertThat(tunis.title()).isEqualTo("تونس تستضيف القمة الاقتصادية");
    assertThat(tunis.published()).isEqualTo("2017-03-05");
    assertThat(tunis.origin()).endsWith("articles.jsonl:4");
  }

  @Test
  void json_array_in_saudinewsnet_shape() throws IOException {
    CollectingSink sink = read(Fixtures.copy("articles.json", dir));
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).extracting(RawDocument::source).containsExactly("aawsat", "alriyadh");
    assertThat(sink.documents.get(1).title()).as("empty title is absent").isNull();
    assertThat(sink.documents.get(1).origin()).endsWith("articles.json[1]");
    assertThat(sink.extras.get(0)).doesNotContainKey("author");
    assertThat(sink.extras.get(1)).containsEntry("author", "عبدالله الشهري");
  }

  @Test
  void html_entities_left_in_a_json_headline_are_decoded() throws IOException {
    Path file = Files.writeString(dir.resolve("sabq.jsonl"), "{\"title\": \"رسمياً .. &quot;غرفة مكة&quot; تطلق مركز &quot;القرشي&quot;\", "
        + "\"content\": \"أعلنت غرفة مكة المكرمة إطلاق مركز القرشي لتنمية الأعمال ضمن مراكز التنمية المستدامة.\", \"source\": \"sabq\"}\n"
        + "{\"title\": \"أرامكو & شركاؤها: نمو 5%\", \"content\": \"قالت أرامكو إن أرباحها نمت خمسة في المئة.\"}\n", StandardCharsets.UTF_8);
    CollectingSink sink = read(file);
    assertThat(sink.documents).extracting(RawDocument::title)
        .containsExactly("رسمياً .. \"غرفة مكة\" تطلق مركز \"القرشي\"", "أرامكو & شركاؤها: نمو 5%");
  }

  @Test
  void trec_records_keep_docno_and_category() throws IOException {
    CollectingSink sink = read(Fixtures.copy("jawhara.trec.txt", dir));
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).hasSize(2);
    RawDocument sport = sink.documents.get(0);
    assertThat(sport.title()).isEqualTo("النجم الساحلي يفوز على الترجي \"2-1\"");
    assertThat(sport.source()).isEqualTo("Jawhara FM");
    assertThat(sport.published()).isEqualTo("2017-01-15T18:05:00+01:00");
    assertThat(sport.url()).startsWith("http://www.jawharafm.net/ar/article/النجم-الساحلي");
    assertThat(sport.body()).startsWith("فاز النجم الساحلي").contains("<b>الحسني</b>").endsWith("البلايلي.");
    assertThat(sport.origin()).endsWith("jawhara.trec.txt#JA-sport-12-20170115");
    assertThat(sink.extras.get(0)).containsEntry("docno", "JA-sport-12-20170115").containsEntry("category", "sport")
        .doesNotContainKeys("author", "abstract");
    RawDocument local = sink.documents.get(1);
    assertThat(local.published()).as("DD/MM/YYYY becomes ISO").isEqualTo("2016-07-05");
    assertThat(sink.extras.get(1)).containsEntry("author", "سامي بن علي").containsEntry("abstract", "شهدت ولاية سوسة أمطاراً غزيرة.");
  }

  @Test
  void trec_records_on_one_line_and_a_record_without_its_end() throws IOException {
    Path file = Files.writeString(dir.resolve("mixed.trec"),
        "<DOC><DOCNO>A-1</DOCNO><TITLE>عنوان أول</TITLE><TEXT>نص الخبر الأول عن الانتخابات.</TEXT></DOC>\n"
            + "<DOC>\n<DOCNO>A-2</DOCNO>\n<TEXT>\nنص ناقص بلا نهاية\n"
            + "<DOC>\n<DOCNO>A-3</DOCNO>\n<TEXT>\nنص الخبر الثالث.\n</TEXT></DOC>\n");
    CollectingSink sink = read(file);
    assertThat(sink.documents).extracting(RawDocument::body).containsExactly("نص الخبر الأول عن الانتخابات.", "نص الخبر الثالث.");
    assertThat(sink.documents.get(0).title()).isEqualTo("عنوان أول");
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(file + "#2");
      assertThat(f.reason()).isEqualTo("record at line 2 is truncated (no </DOC>)");
    });
  }

  @Test
  void zip_with_nested_gzip_and_zip_is_read_entry_by_entry() throws IOException {
    byte[] inner = Fixtures.zip("deep/articles.json", Fixtures.bytes("articles.json"));
    byte[] outer = Fixtures.zip(
        "a/riyadh-weather.txt", Fixtures.bytes("riyadh-weather.txt"),
        "b/jawhara.trec.txt.gz", Fixtures.gzip(Fixtures.bytes("jawhara.trec.txt")),
        "c/inner.zip", inner,
        "__MACOSX/._junk", new byte[] {0, 1, 2},
        "d/", new byte[0]);
    Path file = Files.write(dir.resolve("bundle.zip"), outer);
    CollectingSink sink = read(file);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactly(
        file + "!a/riyadh-weather.txt",
        file + "!b/jawhara.trec.txt.gz#JA-sport-12-20170115",
        file + "!b/jawhara.trec.txt.gz#JA-localNews-7-20160705",
        file + "!c/inner.zip!deep/articles.json[0]",
        file + "!c/inner.zip!deep/articles.json[1]");
  }

  @Test
  void gzip_of_json_lines_uses_the_inner_extension() throws IOException {
    Path file = Files.write(dir.resolve("feed.jsonl.gz"), Fixtures.gzip(Fixtures.bytes("articles.jsonl")));
    assertThat(read(file).documents).hasSize(3);
  }

  @Test
  void warc_response_records_with_html_become_documents() throws IOException {
    byte[] page = "<html><head><meta charset=\"utf-8\"></head><body><p>بيروت - أعلن رئيس الحكومة اللبنانية تشكيل لجنة وزارية.</p></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    byte[] legacy = "<html><body><p>عمان - افتتح وزير التربية مدرسة جديدة في الزرقاء.</p></body></html>"
        .getBytes(TextDecoder.WINDOWS_1256);
    byte[] warc = Fixtures.concat(
        Fixtures.warcRecord("warcinfo", "", "2024-05-01T10:00:00Z", "application/warc-fields", "software: test\r\n".getBytes(StandardCharsets.UTF_8)),
        Fixtures.warcRecord("request", "https://www.aljazeera.net/news/1", "2024-05-01T10:00:00Z", "application/http;msgtype=request",
            "GET /news/1 HTTP/1.1\r\nHost: www.aljazeera.net\r\n\r\n".getBytes(StandardCharsets.UTF_8)),
        Fixtures.warcRecord("response", "https://www.aljazeera.net/news/1", "2024-05-01T10:00:01Z", "application/http;msgtype=response",
            Fixtures.httpResponse(200, "text/html", "Tue, 30 Apr 2024 08:00:00 GMT", page)),
        Fixtures.warcRecord("response", "https://www.petra.gov.jo/2", "2024-05-01T10:00:02Z", "application/http;msgtype=response",
            Fixtures.httpResponse(200, "text/html; charset=windows-1256", null, legacy)),
        Fixtures.warcRecord("response", "https://www.aljazeera.net/logo.png", "2024-05-01T10:00:03Z", "application/http;msgtype=response",
            Fixtures.httpResponse(200, "image/png", null, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})),
        Fixtures.warcRecord("response", "https://www.aljazeera.net/old", "2024-05-01T10:00:04Z", "application/http;msgtype=response",
            Fixtures.httpResponse(301, "text/html", null, "<html><body>moved</body></html>".getBytes(StandardCharsets.UTF_8))));
    for (Path file : new Path[] {Files.write(dir.resolve("crawl.warc"), warc), Files.write(dir.resolve("crawl.warc.gz"), Fixtures.gzip(warc))}) {
      CollectingSink sink = read(file);
      assertThat(sink.failures).isEmpty();
      assertThat(sink.documents).hasSize(2);
      RawDocument beirut = sink.documents.get(0);
      assertThat(beirut.html()).isTrue();
      assertThat(beirut.url()).isEqualTo("https://www.aljazeera.net/news/1");
      assertThat(beirut.published()).as("Last-Modified before the capture").isEqualTo("2024-04-30T08:00:00Z");
      assertThat(beirut.body()).contains("أعلن رئيس الحكومة اللبنانية");
      RawDocument amman = sink.documents.get(1);
      assertThat(amman.published()).as("WARC-Date without Last-Modified").isEqualTo("2024-05-01T10:00:02Z");
      assertThat(amman.body()).contains("افتتح وزير التربية مدرسة جديدة");
      assertThat(sink.extras.get(1)).containsKey("warcRecordId");
    }
  }

  @Test
  void directory_with_broken_files_yields_every_good_document_and_one_failure_each() throws IOException {
    Fixtures.copy("riyadh-weather.txt", dir);
    Fixtures.copy("articles.json", dir);
    Files.createDirectories(dir.resolve("sub/.hidden"));
    Fixtures.copy("jawhara.trec.txt", dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/.hidden/ignored.txt"), "نص مخفي");
    Files.write(dir.resolve("image.bin"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13});
    Files.writeString(dir.resolve("empty.html"), "<!DOCTYPE html><html><head><title>فارغ</title></head><body>  </body></html>");
    Files.writeString(dir.resolve("mixed.jsonl"), "{\"text\": \"خبر أول عن الاقتصاد المصري\"}\n{\"text\": \"خبر ناقص\n{\"text\": \"خبر ثالث عن الزراعة في السودان\"}\n");
    // A gzip cut in the middle: the records before the cut are read, then a failure.
    StringBuilder trec = new StringBuilder();
    String record = new String(Fixtures.bytes("jawhara.trec.txt"), StandardCharsets.UTF_8);
    for (int i = 0; i < 200; i++) {
      trec.append(record);
    }
    byte[] gz = Fixtures.gzip(trec.toString().getBytes(StandardCharsets.UTF_8));
    Files.write(dir.resolve("truncated.trec.gz"), Arrays.copyOf(gz, gz.length / 2));

    CollectingSink sink = read(dir);

    assertThat(sink.failures).extracting(CollectingSink.Failure::origin).containsExactlyInAnyOrder(
        dir.resolve("empty.html").toString(),
        dir.resolve("image.bin").toString(),
        dir.resolve("mixed.jsonl") + ":2",
        dir.resolve("truncated.trec.gz").toString());
    assertThat(sink.failures).extracting(CollectingSink.Failure::reason).containsExactlyInAnyOrder(
        "HTML page has no text",
        "binary content (NUL byte at offset 8)",
        "invalid JSON at line 2: Unexpected end-of-input: was expecting closing quote for a string value",
        "truncated or corrupt archive: Unexpected end of ZLIB input stream");
    assertThat(sink.failures).filteredOn(f -> f.origin().endsWith("truncated.trec.gz")).singleElement()
        .satisfies(f -> assertThat(f.bytes()).isEqualTo(Files.readAllBytes(dir.resolve("truncated.trec.gz"))));
    long truncatedDocs = sink.documents.stream().filter(d -> d.origin().contains("truncated.trec.gz")).count();
    assertThat(truncatedDocs).isBetween(10L, 399L);
    assertThat(sink.documents).extracting(RawDocument::origin)
        .contains(dir.resolve("articles.json") + "[0]", dir.resolve("articles.json") + "[1]",
            dir.resolve("mixed.jsonl") + ":1", dir.resolve("mixed.jsonl") + ":3",
            dir.resolve("riyadh-weather.txt").toString(),
            dir.resolve("sub/jawhara.trec.txt") + "#JA-sport-12-20170115",
            dir.resolve("sub/jawhara.trec.txt") + "#JA-localNews-7-20160705")
        .noneMatch(o -> o.contains(".hidden"));
  }

  @Test
  void truncated_zip_yields_the_entries_before_the_cut() throws IOException {
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      big.append("سطر رقم ").append(i).append(" من تقرير طويل عن الموازنة العامة للدولة\n");
    }
    byte[] zip = Fixtures.zip("1.txt", Fixtures.bytes("riyadh-weather.txt"), "2.jsonl", Fixtures.bytes("articles.jsonl"),
        "3.txt", big.toString().getBytes(StandardCharsets.UTF_8));
    Path file = Files.write(dir.resolve("cut.zip"), Arrays.copyOf(zip, zip.length - 4000));
    CollectingSink sink = read(file);
    assertThat(sink.documents).hasSize(4);
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(file + "!3.txt");
      assertThat(f.reason()).startsWith("truncated or corrupt archive: ");
      assertThat(f.bytes()).as("the cut archive is kept for the quarantine").isEqualTo(Files.readAllBytes(file));
    });
  }

  @Test
  void zip_cut_between_entries_reports_the_cut_after_the_entries_before_it() throws IOException {
    byte[] zip = Fixtures.zip("1.txt", Fixtures.bytes("riyadh-weather.txt"), "2.jsonl", Fixtures.bytes("articles.jsonl"));
    int second = indexOf(zip, new byte[] {'P', 'K', 3, 4}, 4);
    Path file = Files.write(dir.resolve("cut-between.zip"), Arrays.copyOf(zip, second + 12)); // inside the second header
    CollectingSink sink = read(file);
    assertThat(sink.documents).extracting(RawDocument::body).singleElement().asString().startsWith("الرياض-واس");
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(file.toString());
      assertThat(f.reason()).isEqualTo("truncated or corrupt archive: "
          + "the archive ends before its central directory (cut between entries, or not a zip)");      assertThat(f.bytes()).isEqualTo(Files.readAllBytes(file));
    });
  }

  @Test
  void bytes_that_only_start_like_a_zip_are_a_failure_not_an_empty_archive() throws IOException {
    Path fake = Files.write(dir.resolve("fake.zip"),
        Fixtures.concat(new byte[] {'P', 'K', 3, 4}, "الرياض-واس".getBytes(StandardCharsets.UTF_8)));
    Path empty = Files.write(dir.resolve("empty.zip"), Fixtures.zip());
    CollectingSink sink = read(fake, empty);
    assertThat(sink.documents).isEmpty();
    assertThat(sink.failures).extracting(CollectingSink.Failure::origin).containsExactly(fake.toString());
  }

  @Test
  void small_gzip_warc_cut_in_its_last_record_yields_the_records_before_the_cut() throws IOException {
    // Under 8 KiB once decompressed: the cut falls inside the bytes the format sniffer reads first.
    byte[] page1 = "<html><body><p>بيروت - أعلن رئيس الحكومة اللبنانية تشكيل لجنة وزارية.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] page2 = "<html><body><p>عمان - افتتح وزير التربية مدرسة جديدة في الزرقاء.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] page3 = "<html><body><p>القاهرة - ارتفعت أسعار الذهب في السوق المصرية اليوم.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] warc = Fixtures.concat(
        Fixtures.gzip(Fixtures.warcRecord("response", "https://www.aljazeera.net/news/1", "2024-05-01T10:00:01Z",
            "application/http;msgtype=response", Fixtures.httpResponse(200, "text/html; charset=utf-8", null, page1))),
        Fixtures.gzip(Fixtures.warcRecord("response", "https://www.petra.gov.jo/2", "2024-05-01T10:00:02Z",
            "application/http;msgtype=response", Fixtures.httpResponse(200, "text/html; charset=utf-8", null, page2))),
        Fixtures.gzip(Fixtures.warcRecord("response", "https://www.youm7.com/3", "2024-05-01T10:00:03Z",
            "application/http;msgtype=response", Fixtures.httpResponse(200, "text/html; charset=utf-8", null, page3))));
    Path file = Files.write(dir.resolve("cut.warc.gz"), Arrays.copyOf(warc, warc.length - 60));
    CollectingSink sink = read(file);
    assertThat(sink.documents).extracting(RawDocument::url).containsExactly("https://www.aljazeera.net/news/1", "https://www.petra.gov.jo/2");
    int third = warc.length - Fixtures.gzip(Fixtures.warcRecord("response", "https://www.youm7.com/3", "2024-05-01T10:00:03Z",
        "application/http;msgtype=response", Fixtures.httpResponse(200, "text/html; charset=utf-8", null, page3))).length;
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).as("the cut member, by its offset").isEqualTo(file + "@" + third);
      assertThat(f.reason()).startsWith("bad WARC record: ").endsWith("no later gzip member starts a record, so the rest of the input was not read");
    });
  }

  /**
   * A feed as SANA publishes it, saved to disk: one item with content:encoded, one with a description only, one with a
   * link only, one with a one-line teaser.
   */
  private static final String SANA_RSS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>"
      + "<title>سانا</title><link>https://sana.sy/</link><description>الوكالة العربية السورية للأنباء</description>"
      + "<item><title>لافروف وكيري يبحثان وقف الأعمال القتالية في سورية</title><link>https://sana.sy/?p=1</link>"
      + "<pubDate>Mon, 08 Aug 2016 09:30:00 +0300</pubDate><description>بحث وزير الخارجية الروسي…</description>"
      + "<content:encoded><![CDATA[<p>موسكو-سانا</p><p>بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري "
      + "في اتصال هاتفي اليوم تعزيز وقف الأعمال القتالية في سورية.</p><p>ونقل موقع روسيا اليوم عن الخارجية الروسية قولها في بيان "
      + "“إن الجانبين تطرقا في الاتصال الهاتفي إلى بحث الخطوات الملموسة بهدف تعزيز وقف الأعمال القتالية ومكافحة الإرهاب في سورية”.</p>"
      + "]]></content:encoded></item>"
      + "<item><title>بيسكوف: الحل يتطلب إشراك كل القوى</title><link>https://sana.sy/?p=2</link>"
      + "<description>&lt;p&gt;أكد المتحدث باسم الرئاسة الروسية ديميتري بيسكوف أن إيجاد حل مستقر للأزمة يتطلب إشراك كل القوى.&lt;/p&gt;"
      + "&lt;p&gt;وأضاف بيسكوف في تصريح للصحفيين في موسكو اليوم أن روسيا ستواصل اتصالاتها مع جميع الأطراف المعنية من أجل التوصل إلى "
      + "تسوية سياسية تحفظ وحدة سورية وسيادتها.&lt;/p&gt;</description></item>"
      + "<item><title>خبر للمشتركين فقط</title><link>https://sana.sy/?p=3</link></item>"
      + "<item><title>الأمم المتحدة تحذر من مجاعة في السودان</title><link>https://sana.sy/?p=4</link>"
      + "<description>حذرت الأمم المتحدة اليوم من خطر مجاعة وشيكة في عدة ولايات سودانية…</description></item>"
      + "</channel></rss>";

  @Test
  void a_saved_rss_feed_gives_one_article_per_item_with_text_and_reports_items_with_only_a_link() throws IOException {
    Path rss = Files.writeString(dir.resolve("sana.rss"), SANA_RSS);
    CollectingSink sink = read(rss);
    assertThat(sink.documents).hasSize(2);
    RawDocument lavrov = sink.documents.get(0);
    assertThat(lavrov.html()).isTrue();
    assertThat(lavrov.body()).as("content:encoded wins over the description").contains("سيرغي لافروف ونظيره الأمريكي جون كيري");
    assertThat(lavrov.title()).isEqualTo("لافروف وكيري يبحثان وقف الأعمال القتالية في سورية");
    assertThat(lavrov.url()).isEqualTo("https://sana.sy/?p=1");
    assertThat(lavrov.published()).isEqualTo("2016-08-08T06:30:00Z");
    assertThat(lavrov.source()).as("the shipped feed list's key for sana.sy").isEqualTo("sana");
    assertThat(lavrov.origin()).isEqualTo(rss + "[0]");
    assertThat(sink.extras.get(0)).containsEntry("feed", rss.toString());
    assertThat(sink.documents.get(1).body()).contains("<p>أكد المتحدث باسم الرئاسة الروسية ديميتري بيسكوف");
    assertThat(sink.failures).hasSize(2);
    assertThat(sink.failures.get(0).origin()).isEqualTo(rss + "[2]");
    assertThat(sink.failures.get(0).reason()).startsWith("feed item without text (only a link: https://sana.sy/?p=3)");
    assertThat(sink.failures.get(1).origin()).isEqualTo(rss + "[3]");
    assertThat(sink.failures.get(1).reason()).as("a teaser has its own reason, not the extractor's 'no article text found'")
        .isEqualTo("feed item text too short (12 words): a teaser of https://sana.sy/?p=4; the watcher fetches the linked page "
            + "(marsad watch or run, docs/feeds.md)");
  }

  @Test
  void a_saved_atom_feed_reads_its_summaries_and_takes_the_host_as_source_of_an_unknown_site() throws IOException {
    Path atom = Files.writeString(dir.resolve("news.xml"), "<?xml version=\"1.0\"?>\n<!-- خلاصة -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"
        + "<title>صحيفة الرياض</title><link href=\"https://www.alriyadh.com/\"/>"
        + "<entry><title>الرياض تستضيف اجتماعاً خليجياً</title><link href=\"https://www.alriyadh.com/1\"/>"
        + "<updated>2021-12-09T19:30:00+03:00</updated><summary>وصل وزراء الخارجية إلى الرياض للمشاركة في الاجتماع التحضيري للقمة الخليجية الثانية والأربعين "
        + "التي تستضيفها المملكة العربية السعودية الثلاثاء المقبل، ويبحث الوزراء خلال الاجتماع ملفات التكامل الاقتصادي والأمن الإقليمي "
        + "وتطورات الأوضاع في اليمن والمنطقة.</summary></entry></feed>");
    CollectingSink sink = read(atom);
    assertThat(sink.failures).isEmpty();
    RawDocument doc = sink.documents.get(0);
    assertThat(doc.body()).as("bare text goes into a block the article extractor reads").startsWith("<div>وصل وزراء الخارجية إلى الرياض للمشاركة في الاجتماع التحضيري").endsWith("في اليمن والمنطقة.</div>");
    assertThat(doc.source()).isEqualTo("alriyadh.com");
    assertThat(doc.published()).isEqualTo("2021-12-09T16:30:00Z");
  }

  @Test
  void a_gzipped_feed_is_read_like_the_file_and_a_broken_feed_or_other_xml_is_refused_with_its_reason() throws IOException {
    Path gz = dir.resolve("sana.rss.gz");
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(SANA_RSS.getBytes(StandardCharsets.UTF_8));
    }
    Path broken = Files.writeString(dir.resolve("cut.rss"), SANA_RSS.substring(0, SANA_RSS.indexOf("<item><title>بيسكوف")));
    Path sitemap = Files.writeString(dir.resolve("sitemap.xml"), "<?xml version=\"1.0\"?><urlset><url><loc>https://www.spa.gov.sa/1</loc></url></urlset>");
    CollectingSink sink = read(gz, broken, sitemap);
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactly(gz + "[0]", gz + "[1]");
    assertThat(sink.failures).extracting(CollectingSink.Failure::origin).containsExactly(gz + "[2]", gz + "[3]", broken.toString(), sitemap.toString());
    assertThat(sink.failures.get(2).reason()).startsWith("not a valid RSS or Atom feed: ");
    assertThat(new String(sink.failures.get(2).bytes(), StandardCharsets.UTF_8)).as("the broken feed is quarantined").contains("لافروف وكيري");
    assertThat(sink.failures.get(3).reason()).isEqualTo("an XML document (<urlset>), not a supported input format (docs/ingest-formats.md)");
  }

  @Test
  void an_unreadable_file_says_permission_denied_not_its_path_again() throws IOException {
    // root reads anything: the check needs an ordinary user (run by hand with setpriv as nobody)
    org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "running as root");
    Path locked = Fixtures.copy("riyadh-weather.txt", dir);
    Path good = Files.writeString(dir.resolve("sana.txt"), "دمشق-سانا\nبحث وزير الخارجية مع نظيره الروسي العلاقات الثنائية.");
    assertThat(locked.toFile().setReadable(false, false)).isTrue();
    CollectingSink sink = read(locked, good);
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactly(good.toString());
    assertThat(sink.failures).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("cannot read: permission denied"));
  }

  @Test
  void an_unreadable_directory_fails_alone_and_the_rest_of_the_walk_is_read() throws IOException {
    // root reads anything: the check needs an ordinary user (run by hand with setpriv as nobody)
    org.junit.jupiter.api.Assumptions.assumeFalse("root".equals(System.getProperty("user.name")), "running as root");
    Path locked = Files.createDirectories(dir.resolve("a-locked"));
    Fixtures.copy("riyadh-weather.txt", locked);
    Path good = Files.writeString(Files.createDirectories(dir.resolve("b-open")).resolve("sana.txt"),
        "دمشق-سانا\nبحث وزير الخارجية مع نظيره الروسي العلاقات الثنائية.");
    assertThat(locked.toFile().setReadable(false, false)).isTrue();
    try {
      CollectingSink sink = read(dir);
      assertThat(sink.documents).extracting(RawDocument::origin).containsExactly(good.toString());
      assertThat(sink.failures).singleElement().satisfies(f -> {
        assertThat(f.origin()).isEqualTo(locked.toString());
        assertThat(f.reason()).isEqualTo("cannot list directory: permission denied");
      });
    } finally {
      locked.toFile().setReadable(true, false);
    }
  }

  @Test
  void a_walk_reads_links_to_files_and_skips_hidden_directories() throws IOException {
    Path target = Fixtures.copy("riyadh-weather.txt", Files.createDirectories(dir.resolve("elsewhere")));
    Path tree = Files.createDirectories(dir.resolve("tree"));
    Path link = Files.createSymbolicLink(tree.resolve("weather.txt"), target);
    Files.writeString(Files.createDirectories(tree.resolve(".cache")).resolve("old.txt"), "دمشق-سانا\nنص قديم في مجلد مخفي.");
    CollectingSink sink = read(tree);
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactly(link.toString());
    assertThat(sink.failures).isEmpty();
  }

  @Test
  void a_corrupt_entry_in_the_middle_of_a_zip_fails_alone_and_the_entries_after_it_are_read() throws IOException {
    byte[] zip = Fixtures.zip("a.txt", Fixtures.bytes("riyadh-weather.txt"),
        "b.txt", "بيروت - أعلن رئيس الحكومة اللبنانية تشكيل لجنة وزارية لمتابعة ملف الكهرباء.".repeat(20).getBytes(StandardCharsets.UTF_8),
        "c.jsonl", Fixtures.bytes("articles.jsonl"));
    int b = indexOf(zip, new byte[] {'P', 'K', 3, 4}, 4);
    int data = b + 30 + (zip[b + 26] & 0xFF) + (zip[b + 28] & 0xFF);
    zip[data] = (byte) 0xFF; // deflate block type 3, which does not exist
    Path file = Files.write(dir.resolve("bundle.zip"), zip);
    CollectingSink sink = read(file);
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(file + "!b.txt");
      assertThat(f.reason()).startsWith("truncated or corrupt archive: ");
    });
    assertThat(sink.documents).extracting(RawDocument::origin).contains(file + "!a.txt");
    assertThat(sink.documents).extracting(RawDocument::origin)
        .as("the entry after the corrupt one, found through the central directory")
        .filteredOn(o -> o.startsWith(file + "!c.jsonl")).hasSize(3);
  }

  @Test
  void two_entries_of_one_name_in_a_zip_are_both_read() throws IOException {
    // ZipOutputStream refuses a repeated name, so the second is renamed in place (local header and directory)
    byte[] zip = Fixtures.zip(
        "news.txt", "بيروت - أعلن رئيس الحكومة اللبنانية تشكيل لجنة وزارية لمتابعة ملف الكهرباء.".getBytes(StandardCharsets.UTF_8),
        "newz.txt", "عمان - افتتح وزير التربية مدرسة جديدة في الزرقاء.".getBytes(StandardCharsets.UTF_8));
    byte[] from = "newz.txt".getBytes(StandardCharsets.US_ASCII);
    int local = indexOf(zip, from, 0);
    zip[local + 3] = 's';
    zip[indexOf(zip, from, local + 1) + 3] = 's'; // its central directory record
    Path file = Files.write(dir.resolve("repeated.zip"), zip);
    CollectingSink sink = read(file);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).extracting(RawDocument::body).hasSize(2)
        .anySatisfy(b -> assertThat(b).contains("بيروت")).anySatisfy(b -> assertThat(b).contains("عمان"));
  }

  @Test
  void a_stored_zip_entry_with_a_wrong_crc_fails_and_the_others_are_read() throws IOException {
    byte[] beirut = "بيروت - أعلن رئيس الحكومة اللبنانية نجيب ميقاتي تشكيل لجنة وزارية.".getBytes(StandardCharsets.UTF_8);
    byte[] amman = "عمان - افتتح وزير التربية مدرسة جديدة في الزرقاء.".getBytes(StandardCharsets.UTF_8);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      for (Object[] e : new Object[][] {{"a.txt", beirut}, {"b.txt", amman}}) {
        byte[] body = (byte[]) e[1];
        java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry((String) e[0]);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body);
        entry.setMethod(java.util.zip.ZipEntry.STORED);
        entry.setSize(body.length);
        entry.setCompressedSize(body.length);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(body);
        zip.closeEntry();
      }
    }
    byte[] zip = out.toByteArray();
    int at = indexOf(zip, "ميقاتي".getBytes(StandardCharsets.UTF_8), 0);
    zip[at + 1] ^= 0x01; // one bit of the stored text flipped: still UTF-8, a wrong letter
    Path file = Files.write(dir.resolve("crc.zip"), zip);
    CollectingSink sink = read(file);
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(file + "!a.txt");
      assertThat(f.reason()).startsWith("truncated or corrupt archive: invalid entry CRC");
    });
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactly(file + "!b.txt");
  }

  @Test
  void a_broken_warc_record_fails_alone_and_the_records_after_it_are_read() throws IOException {
    byte[] page1 = "<html><body><p>بيروت - أعلن رئيس الحكومة اللبنانية تشكيل لجنة وزارية.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] page2 = "<html><body><p>عمان - افتتح وزير التربية مدرسة جديدة في الزرقاء.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] page3 = "<html><body><p>القاهرة - ارتفعت أسعار الذهب في السوق المصرية اليوم.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    String second = new String(Fixtures.warcRecord("response", "https://www.petra.gov.jo/2", "2024-05-01T10:00:02Z",
        "application/http;msgtype=response", Fixtures.httpResponse(200, "text/html", null, page2)), StandardCharsets.UTF_8);
    String fourth = new String(Fixtures.warcRecord("response", "https://www.petra.gov.jo/4", "2024-05-01T10:00:04Z",
        "application/http;msgtype=response", Fixtures.httpResponse(200, "text/html", null, page2)), StandardCharsets.UTF_8);
    byte[] warc = Fixtures.concat(
        Fixtures.warcRecord("response", "https://www.aljazeera.net/news/1", "2024-05-01T10:00:01Z", "application/http;msgtype=response",
            Fixtures.httpResponse(200, "text/html", null, page1)),
        second.replace("WARC/1.1", "WARX/1.1").getBytes(StandardCharsets.UTF_8), // the framing is lost
        Fixtures.warcRecord("response", "https://www.youm7.com/3", "2024-05-01T10:00:03Z", "application/http;msgtype=response",
            Fixtures.httpResponse(200, "text/html", null, page3)),
        fourth.replace("WARC-Date: ", "WARC-Date ").getBytes(StandardCharsets.UTF_8), // framed, but no date
        Fixtures.warcRecord("response", "https://www.youm7.com/5", "2024-05-01T10:00:05Z", "application/http;msgtype=response",
            Fixtures.httpResponse(200, "text/html", null, page3)));
    Path file = Files.write(dir.resolve("crawl.warc"), warc);
    CollectingSink sink = read(file);
    assertThat(sink.documents).extracting(RawDocument::url)
        .containsExactly("https://www.aljazeera.net/news/1", "https://www.youm7.com/3", "https://www.youm7.com/5");
    assertThat(sink.failures).hasSize(2);
    assertThat(sink.failures.get(0)).satisfies(f -> {
      assertThat(f.origin()).startsWith(file + "@");
      assertThat(f.reason()).startsWith("bad WARC record: ").contains("; read on at byte ");
      assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).as("the broken record, quarantined").contains("WARX/1.1").doesNotContain("youm7");
    });
    assertThat(sink.failures.get(1)).satisfies(f -> {
      assertThat(f.origin()).startsWith(file + "@");
      assertThat(f.reason()).startsWith("bad WARC record: ");
    });

    // gzip: the decompressed stream cannot be searched again, so the failure says what was not read
    Path gz = Files.write(dir.resolve("crawl.warc.gz"), Fixtures.gzip(warc));
    CollectingSink gzSink = read(gz);
    assertThat(gzSink.documents).extracting(RawDocument::url).containsExactly("https://www.aljazeera.net/news/1");
    assertThat(gzSink.failures).singleElement().satisfies(f ->
        assertThat(f.reason()).contains("the rest of the input was not read"));
  }

  /** A WARC record written with LF line ends (a hand-made or converted archive), its HTTP block as it is. */
  private static byte[] lfRecord(String typeLine, String uri, int second, String page) {
    byte[] block = Fixtures.httpResponse(200, "text/html", null, page.getBytes(StandardCharsets.UTF_8));
    String header = "WARC/1.0\n" + typeLine + "\nWARC-Record-ID: <urn:uuid:" + java.util.UUID.nameUUIDFromBytes(uri.getBytes(StandardCharsets.UTF_8))
        + ">\nWARC-Date: 2024-05-01T10:00:0" + second + "Z\nWARC-Target-URI: " + uri
        + "\nContent-Type: application/http;msgtype=response\nContent-Length: " + block.length + "\n\n";
    return Fixtures.concat(header.getBytes(StandardCharsets.UTF_8), block, "\n\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_warc_with_lf_line_ends_reads_on_after_a_broken_record() throws IOException {
    // review21/ingest21 F4: resync wanted CRLF CRLF after every block, and refused every record of such a file
    String[] cities = {"الرياض", "جدة", "مكة المكرمة", "الدمام", "أبها", "تبوك"};
    byte[][] records = new byte[6][];
    for (int i = 0; i < 6; i++) {
      String page = "<html><body><p>" + cities[i] + " (واس) - دشن أمير المنطقة اليوم " + (i + 2)
          + " مشاريع تعليمية وصحية بتكلفة إجمالية تجاوزت مئتي مليون ريال.</p></body></html>";
      records[i] = lfRecord(i == 1 ? "WARC-Type response" : "WARC-Type: response", "https://www.spa.gov.sa/" + (i + 1), i, page);
    }
    Path file = Files.write(dir.resolve("lf.warc"), Fixtures.concat(records));
    CollectingSink sink = read(file);
    assertThat(sink.documents).extracting(RawDocument::url).containsExactly("https://www.spa.gov.sa/1", "https://www.spa.gov.sa/3",
        "https://www.spa.gov.sa/4", "https://www.spa.gov.sa/5", "https://www.spa.gov.sa/6");
    // (jwarc also ends such a file with an EOFException after its last record, "truncated or corrupt archive",
    // as it did before: a limit left, docs/ingest.md)
    assertThat(sink.failures).filteredOn(f -> f.reason().startsWith("bad WARC record: ")).singleElement()
        .satisfies(f -> assertThat(f.reason()).contains("; read on at byte "));
  }

  @Test
  void a_warc_header_quoted_in_a_payload_is_not_taken_for_a_record_when_reading_on() throws IOException {
    byte[] page1 = "<html><body><p>بيروت - أعلن رئيس الحكومة اللبنانية تشكيل لجنة وزارية.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] page3 = "<html><body><p>القاهرة - ارتفعت أسعار الذهب في السوق المصرية اليوم.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] page4 = "<html><body><p>عمان - افتتح وزير التربية مدرسة جديدة في الزرقاء.</p></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] third = Fixtures.warcRecord("response", "https://www.youm7.com/3", "2024-05-01T10:00:03Z", "application/http;msgtype=response",
        Fixtures.httpResponse(200, "text/html", null, page3));
    // a page about web archiving shows a record's head; its made-up length would swallow the next real record
    String tail = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>مثال على سجل أرشيف الويب</p>\r\n</pre><p>انتهى المثال.</p></body></html>";
    String quoted = "<html><body><h1>كيف تحفظ المكتبات الوطنية الويب</h1><pre>\r\n"
        + "WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000009>\r\n"
        + "WARC-Date: 2024-05-01T10:00:09Z\r\nWARC-Target-URI: https://example.org/phantom\r\n"
        + "Content-Type: application/http;msgtype=response\r\nContent-Length: " + (tail.getBytes(StandardCharsets.UTF_8).length + 4 + third.length + 20)
        + "\r\n\r\n" + tail;
    String second = new String(Fixtures.warcRecord("response", "https://www.bl.uk/2", "2024-05-01T10:00:02Z",
        "application/http;msgtype=response", Fixtures.httpResponse(200, "text/html", null, quoted.getBytes(StandardCharsets.UTF_8))),
        StandardCharsets.UTF_8);
    byte[] warc = Fixtures.concat(
        Fixtures.warcRecord("response", "https://www.aljazeera.net/news/1", "2024-05-01T10:00:01Z", "application/http;msgtype=response",
            Fixtures.httpResponse(200, "text/html", null, page1)),
        second.replaceFirst("WARC/1.1", "WARX/1.1").getBytes(StandardCharsets.UTF_8), // the framing is lost
        third,
        Fixtures.warcRecord("response", "https://www.petra.gov.jo/4", "2024-05-01T10:00:04Z", "application/http;msgtype=response",
            Fixtures.httpResponse(200, "text/html", null, page4)));
    Path file = Files.write(dir.resolve("crawl.warc"), warc);
    CollectingSink sink = read(file);
    assertThat(sink.documents).extracting(RawDocument::url)
        .containsExactly("https://www.aljazeera.net/news/1", "https://www.youm7.com/3", "https://www.petra.gov.jo/4");
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.reason()).startsWith("bad WARC record: ").contains("; read on at byte " + (warc.length - third.length
          - Fixtures.warcRecord("response", "https://www.petra.gov.jo/4", "2024-05-01T10:00:04Z", "application/http;msgtype=response",
              Fixtures.httpResponse(200, "text/html", null, page4)).length));
      assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).as("the broken record, quoted head and all").contains("WARX/1.1")
          .contains("example.org/phantom").doesNotContain("youm7");
    });
  }

  /** Five short SPA-style pages, one a city, for the gzip WARC tests. */
  private static String[] fiveSpaPages() {
    String[] cities = {"الرياض", "جدة", "مكة المكرمة", "الدمام", "أبها"};
    String[] pages = new String[cities.length];
    for (int i = 0; i < cities.length; i++) {
      pages[i] = "<html><body><p>" + cities[i] + " (واس) - افتتح أمير المنطقة اليوم مشروعاً جديداً للمياه بتكلفة "
          + (i + 3) + " ملايين ريال، ويخدم المشروع أكثر من مئة ألف نسمة في أحياء المدينة.</p></body></html>";
    }
    return pages;
  }

  /** A gzip WARC as crawlers write it (one member a record), by jwarc; the offsets of the members, then the bytes. */
  private static byte[] gzipWarc(List<Long> offsets, String... pages) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(java.nio.channels.Channels.newChannel(out),
        org.netpreserve.jwarc.WarcCompression.GZIP)) {
      for (int i = 0; i < pages.length; i++) {
        offsets.add(writer.position());
        org.netpreserve.jwarc.HttpResponse http = new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK")
            .body(org.netpreserve.jwarc.MediaType.parse("text/html;charset=utf-8"), pages[i].getBytes(StandardCharsets.UTF_8)).build();
        writer.write(new org.netpreserve.jwarc.WarcResponse.Builder("https://www.spa.gov.sa/" + (i + 1))
            .date(java.time.Instant.parse("2024-05-01T10:00:00Z").plusSeconds(i)).body(http).build());
      }
    }
    offsets.add((long) out.size());
    return out.toByteArray();
  }

  @Test
  void a_corrupt_and_a_truncated_member_of_a_gzip_warc_fail_alone_and_the_records_after_them_are_read() throws IOException {
    String[] pages = fiveSpaPages();
    List<Long> at = new java.util.ArrayList<>();
    byte[] whole = gzipWarc(at, pages);
    byte[] bytes = whole.clone();
    // member 2: its deflate data damaged in the middle; member 4: its second half lost (a copy cut short, then appended to)
    long mid2 = (at.get(1) + at.get(2)) / 2;
    for (int i = 0; i < 8; i++) bytes[(int) mid2 + i] ^= (byte) 0x5a;
    long mid4 = (at.get(3) + at.get(4)) / 2;
    byte[] cut = Fixtures.concat(Arrays.copyOfRange(bytes, 0, (int) mid4), Arrays.copyOfRange(bytes, at.get(4).intValue(), bytes.length));
    Path file = Files.write(dir.resolve("crawl.warc.gz"), cut);
    CollectingSink sink = read(file);
    assertThat(sink.documents).extracting(RawDocument::url)
        .containsExactly("https://www.spa.gov.sa/1", "https://www.spa.gov.sa/3", "https://www.spa.gov.sa/5");
    assertThat(sink.failures).hasSize(2);
    assertThat(sink.failures.get(0)).satisfies(f -> {
      assertThat(f.origin()).isEqualTo(file + "@" + at.get(1));
      assertThat(f.reason()).startsWith("bad WARC record: ").endsWith("; read on at the gzip member at byte " + at.get(2));
      assertThat(f.bytes()).as("the broken member, quarantined").isEqualTo(Arrays.copyOfRange(cut, at.get(1).intValue(), at.get(2).intValue()));
    });
    assertThat(sink.failures.get(1)).satisfies(f -> {
      assertThat(f.origin()).isEqualTo(file + "@" + at.get(3));
      assertThat(f.reason()).endsWith("; read on at the gzip member at byte " + (mid4));
    });
  }

  @Test
  void a_gzip_warc_member_whose_data_does_not_match_its_crc_fails_alone_and_its_text_is_not_indexed() throws IOException {
    // review21/ingest21 F3: jwarc checks no gzip trailer; a flipped bit that still inflates was indexed as text
    String[] pages = fiveSpaPages();
    List<Long> at = new java.util.ArrayList<>();
    byte[] whole = gzipWarc(at, pages);
    // member 2: one byte of its CRC-32 damaged; member 4: stored (deflate level 0) with one bit of its text flipped
    byte[] member2 = Arrays.copyOfRange(whole, at.get(1).intValue(), at.get(2).intValue());
    member2[member2.length - 6] ^= 0x01;
    byte[] record4;
    try (java.io.InputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(whole, at.get(3).intValue(),
        (int) (at.get(4) - at.get(3))))) {
      record4 = in.readAllBytes();
    }
    java.io.ByteArrayOutputStream stored = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(stored) {
      {
        def.setLevel(java.util.zip.Deflater.NO_COMPRESSION);
      }
    }) {
      gz.write(record4);
    }
    byte[] member4 = stored.toByteArray();
    int word = Fixtures.indexOf(member4, "للمياه".getBytes(StandardCharsets.UTF_8));
    assertThat(word).as("the text is stored as it is").isPositive();
    member4[word + 1] ^= 0x01; // ل (d9 84) becomes م (d9 85): still UTF-8, still Arabic
    byte[] bytes = Fixtures.concat(Arrays.copyOfRange(whole, 0, at.get(1).intValue()), member2,
        Arrays.copyOfRange(whole, at.get(2).intValue(), at.get(3).intValue()), member4, Arrays.copyOfRange(whole, at.get(4).intValue(), whole.length));
    Path file = Files.write(dir.resolve("crawl.warc.gz"), bytes);
    CollectingSink sink = read(file);
    assertThat(sink.documents).extracting(RawDocument::url)
        .containsExactly("https://www.spa.gov.sa/1", "https://www.spa.gov.sa/3", "https://www.spa.gov.sa/5");
    assertThat(sink.failures).extracting(CollectingSink.Failure::origin).containsExactly(file + "@" + at.get(1), file + "@" + at.get(3));
    assertThat(sink.failures).allSatisfy(f -> {
      assertThat(f.reason()).startsWith("bad WARC record: the gzip member's data does not match its trailer");
      assertThat(f.bytes()).as("the member, quarantined").isNotNull();
    });
    assertThat(sink.failures.get(1).bytes()).isEqualTo(member4);
  }

  /** A zip of six Arabic texts whose entries b, d and e have their deflated data damaged in the middle. */
  private static byte[] zipWithThreeBrokenEntries() throws IOException {
    String[] names = {"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt"};
    String[] cities = {"الرياض", "جدة", "الدمام", "أبها", "تبوك", "حائل"};
    Object[] pairs = new Object[12];
    for (int i = 0; i < 6; i++) {
      StringBuilder text = new StringBuilder();
      for (int j = 0; j < 40; j++) {
        text.append(cities[i]).append(" (واس) - افتتح أمير المنطقة اليوم ").append(j + 2)
            .append(" مشروعاً جديداً للمياه والصرف الصحي بتكلفة تجاوزت ").append(i * 40 + j + 7).append(" مليون ريال. ");
      }
      pairs[2 * i] = names[i];
      pairs[2 * i + 1] = text.toString().getBytes(StandardCharsets.UTF_8);
    }
    byte[] zip = Fixtures.zip(pairs);
    String bytes = new String(zip, StandardCharsets.ISO_8859_1);
    for (String broken : List.of("b.txt", "d.txt", "e.txt")) {
      int header = bytes.indexOf("PK\u0003\u0004");
      while (!bytes.startsWith(broken, header + 30)) header = bytes.indexOf("PK\u0003\u0004", header + 4);
      int data = header + 30 + broken.length() + (zip[header + 28] & 0xFF | (zip[header + 29] & 0xFF) << 8);
      int next = bytes.indexOf("PK", data + 1);
      for (int k = 0; k < 6; k++) zip[(data + next) / 2 + k] ^= (byte) 0xA5;
    }
    return zip;
  }

  private static void assertThreeEntriesFailAlone(CollectingSink sink, String prefix, int zipBytes) {
    assertThat(sink.documents).extracting(RawDocument::origin).containsExactly(prefix + "a.txt", prefix + "c.txt", prefix + "f.txt");
    assertThat(sink.failures).extracting(CollectingSink.Failure::origin).containsExactly(prefix + "b.txt", prefix + "d.txt", prefix + "e.txt");
    long quarantined = sink.failures.stream().mapToLong(f -> f.bytes() == null ? 0 : f.bytes().length).sum();
    assertThat(quarantined).as("each failure quarantines its entry (or a stream's zip once), not the whole input again").isLessThanOrEqualTo(zipBytes);
  }

  @Test
  void a_zip_inside_a_zip_with_three_broken_entries_reads_the_others_and_quarantines_each_entry_alone() throws IOException {
    byte[] inner = zipWithThreeBrokenEntries();
    byte[] outer = Fixtures.zip("before.txt", Fixtures.bytes("riyadh-weather.txt"), "inner.zip", inner);
    Path file = Files.write(dir.resolve("outer.zip"), outer);
    CollectingSink sink = read(file);
    sink.documents.removeIf(d -> d.origin().endsWith("before.txt"));
    assertThreeEntriesFailAlone(sink, file + "!inner.zip!", outer.length);
  }

  @Test
  void a_zip_file_with_three_broken_entries_quarantines_each_entry_not_the_zip_three_times() throws IOException {
    byte[] zip = zipWithThreeBrokenEntries();
    Path file = Files.write(dir.resolve("bundle.zip"), zip);
    assertThreeEntriesFailAlone(read(file), file + "!", zip.length);
  }

  @Test
  void a_zip_on_standard_input_with_three_broken_entries_reads_the_others() throws IOException {
    byte[] zip = zipWithThreeBrokenEntries();
    CollectingSink sink = new CollectingSink();
    Sources.read("stdin", "", new java.io.ByteArrayInputStream(zip), sink, ReadOptions.defaults());
    assertThreeEntriesFailAlone(sink, "stdin!", zip.length);
    assertThat(sink.failures).as("a stream cannot be read again: its bad bytes are kept, once")
        .filteredOn(f -> f.bytes() != null).isNotEmpty();
  }

  @Test
  void a_dangling_link_in_a_directory_is_a_failure_not_dropped_silently() throws IOException {
    Files.write(dir.resolve("a.txt"), Fixtures.bytes("riyadh-weather.txt"));
    Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nonexistent/file.txt"));
    CollectingSink sink = read(dir);
    assertThat(sink.documents).hasSize(1);
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(link.toString());
      assertThat(f.reason()).startsWith("no such file (a link to ").endsWith("nonexistent/file.txt, which does not exist)");
    });
  }

  @Test
  void a_link_loop_in_a_directory_is_a_failure_not_dropped_silently() throws IOException {
    Files.write(dir.resolve("a.txt"), Fixtures.bytes("riyadh-weather.txt"));
    Path self = Files.createSymbolicLink(dir.resolve("loop.txt"), dir.resolve("loop.txt"));
    CollectingSink sink = read(dir);
    assertThat(sink.documents).hasSize(1);
    assertThat(sink.failures).singleElement().satisfies(f -> {
      assertThat(f.origin()).isEqualTo(self.toString());
      assertThat(f.reason()).startsWith("a link that cannot be followed (to ").endsWith("loop.txt: a loop, or no access)");
    });
  }

  private static int indexOf(byte[] haystack, byte[] needle, int from) {
    outer:
    for (int i = from; i <= haystack.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) continue outer;
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  @Test
  void utf16_text_file_and_json_html_field() throws IOException {
    String text = "الخرطوم - أعلنت الحكومة السودانية عن هدنة إنسانية.";
    byte[] utf16 = Fixtures.concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));
    Path txt = Files.write(dir.resolve("sudan.txt"), utf16);
    Path json = Files.writeString(dir.resolve("pages.jsonl"),
        "{\"url\": \"https://www.skynewsarabia.com/1\", \"html\": \"<html><body><p>خبر عاجل من أبوظبي</p></body></html>\"}\n");
    CollectingSink sink = read(txt, json);
    assertThat(sink.documents).extracting(RawDocument::body).containsExactly(text,
        "<html><body><p>خبر عاجل من أبوظبي</p></body></html>");
    assertThat(sink.documents.get(1).html()).isTrue();
  }

  @Test
  void pretty_printed_json_object_without_a_known_extension() throws IOException {
    Path file = Files.writeString(dir.resolve("story.dat"), """
        {
          "headline": "افتتاح خط مترو جديد في الدوحة",
          "body": "افتتحت وزارة المواصلات القطرية اليوم خطاً جديداً لمترو الدوحة يربط المطار بوسط المدينة.",
          "link": "https://www.qna.org.qa/ar/news/1"
        }
        """);
    CollectingSink sink = read(file);
    assertThat(sink.failures).isEmpty();
    assertThat(sink.documents).singleElement().satisfies(d -> {
      assertThat(d.title()).isEqualTo("افتتاح خط مترو جديد في الدوحة");
      assertThat(d.url()).isEqualTo("https://www.qna.org.qa/ar/news/1");
      assertThat(d.origin()).isEqualTo(file.toString());
    });
  }

  @Test
  void directory_order_is_by_path() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/1.txt"), "خبر من بغداد");
    Files.writeString(dir.resolve("a.txt"), "خبر من عمان");
    Files.writeString(dir.resolve("c.txt"), "خبر من القاهرة");
    assertThat(read(dir).documents).extracting(RawDocument::body).containsExactly("خبر من عمان", "خبر من بغداد", "خبر من القاهرة");
  }

  @Test
  void documents_over_the_size_limit_fail_with_the_limit_in_the_reason() throws IOException {
    Path big = Files.writeString(dir.resolve("big.txt"), "كلمة ".repeat(1000));
    // 2,500 chars, 4,500 bytes in UTF-8: over the limit in bytes only.
    Path jsonl = Files.writeString(dir.resolve("big.jsonl"), "{\"text\": \"" + "كلمة ".repeat(500) + "\"}\n{\"text\": \"قصير\"}\n");
    CollectingSink sink = new CollectingSink();
    Sources.read(List.of(big, jsonl), sink, ReadOptions.defaults().withMaxDocumentBytes(4096));
    assertThat(sink.documents).extracting(RawDocument::body).containsExactly("قصير");
    assertThat(sink.failures).extracting(CollectingSink.Failure::reason).containsExactly(
        "larger than the maximum document size of 4 KiB (ReadOptions.maxDocumentBytes)",
        "larger than the maximum document size of 4 KiB (ReadOptions.maxDocumentBytes)");
  }

  @Test
  void json_objects_without_text_fail_alone() throws IOException {
    Path file = Files.writeString(dir.resolve("items.json"),
        "[{\"title\": \"بلا نص\"}, {\"content\": \"   \"}, 42, {\"content\": \"نص صحيح عن الانتخابات\"}]");
    CollectingSink sink = read(file);
    assertThat(sink.documents).extracting(RawDocument::body).containsExactly("نص صحيح عن الانتخابات");
    assertThat(sink.failures).extracting(CollectingSink.Failure::reason).containsExactly(
        "no text field (expected one of text, content, body, article, html, raw_html)",
        "empty text",
        "array element 2 is not an object");
  }

  @Test
  void missing_path_and_empty_file_are_failures() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    CollectingSink sink = read(dir.resolve("nope.txt"), empty);
    assertThat(sink.failures).extracting(CollectingSink.Failure::reason).containsExactly("no such file", "empty file");
  }

  @Test
  void archives_nested_too_deeply_are_refused() throws IOException {
    byte[] data = Fixtures.bytes("riyadh-weather.txt");
    for (int i = 0; i < 5; i++) {
      data = Fixtures.gzip(data);
    }
    Path file = Files.write(dir.resolve("onion.txt.gz"), data);
    CollectingSink sink = read(file);
    assertThat(sink.documents).isEmpty();
    assertThat(sink.failures).extracting(CollectingSink.Failure::reason)
        .containsExactly("archives nested more than 4 deep (ReadOptions.maxArchiveDepth)");
  }
}
