package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.testkit.SharedData;
import picocli.CommandLine;

class TestAnalyzeCommand {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {
    List<JsonNode> records() throws Exception {
      List<JsonNode> out = new java.util.ArrayList<>();
      for (String line : this.out.split("\n")) if (!line.isBlank()) out.add(ArticleJson.mapper().readTree(line));
      return out;
    }
  }

  private static Run run(String... args) {
    CommandLine cl = MarsadCli.commandLine();
    StringWriter out = new StringWriter(), err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static final String SHORT_STORY = "دمشق-سانا\nبحث وزير الخارجية مع نظيره الروسي في اتصال هاتفي اليوم العلاقات الثنائية بين البلدين.\n";

  @Test
  void seed_gives_one_record_and_exit_0() throws Exception {
    Run r = run("analyze", SharedData.seedPath().toString());
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode a = r.records().get(0);
    assertThat(a.get("dateline").get("city").asText()).isEqualTo("موسكو");
    assertThat(a.get("sections")).hasSize(4);
    assertThat(a.get("tokens").isNull()).isTrue();
  }

  @Test
  void tokens_and_pretty() throws Exception {
    Run r = run("analyze", "--tokens", "--pretty", write("a.txt", SHORT_STORY).toString());
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("\n  \"id\" : ");
    JsonNode a = ArticleJson.mapper().readTree(r.out());
    assertThat(a.get("tokens").size()).isGreaterThan(5);
    assertThat(a.get("sentences").size()).isEqualTo(1);
  }

  @Test
  void empty_file() throws Exception {
    Path p = write("empty.txt", "");
    Run r = run("analyze", p.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("marsad: " + p + ": empty file" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void warc_feed_trec_and_archives_are_refused_with_a_pointer_to_ingest_instead_of_analysed_as_one_text() throws Exception {
    String page = "<html><body><p>" + SHORT_STORY + "</p></body></html>";
    String http = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + page;
    Path warc = write("crawl.warc", "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://sana.sy/?p=1\r\n"
        + "Content-Type: application/http; msgtype=response\r\nContent-Length: " + http.getBytes(StandardCharsets.UTF_8).length
        + "\r\n\r\n" + http + "\r\n\r\n");
    Path rss = write("sana.rss", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><title>لافروف وكيري</title>"
        + "<description>" + SHORT_STORY + "</description></item></channel></rss>");
    Path trec = write("ant.txt", "<DOC>\n<DOCNO>SANA-1</DOCNO>\n<TEXT>\n" + SHORT_STORY + "</TEXT>\n</DOC>\n");
    Path gz = dir.resolve("story.txt.gz");
    try (java.io.OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(SHORT_STORY.getBytes(StandardCharsets.UTF_8));
    }
    Run r = run("analyze", warc.toString(), rss.toString(), trec.toString(), gz.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    String tail = ", not one article: read it with marsad ingest (docs/ingest-formats.md)";
    assertThat(r.err().lines()).containsExactly(
        "marsad: " + warc + ": a WARC file" + tail,
        "marsad: " + rss + ": an RSS or Atom feed" + tail,
        "marsad: " + trec + ": TREC <DOC> records" + tail,
        "marsad: " + gz + ": a gzip archive" + tail);
  }

  @Test
  void binary_file() throws Exception {
    Path p = dir.resolve("image.png");
    Files.write(p, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 1, 0});
    Run r = run("analyze", p.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("marsad: " + p + ": binary content (NUL byte at offset 8)" + System.lineSeparator());
  }

  @Test
  void file_over_the_size_limit_is_refused_without_loading_it() throws Exception {
    Path p = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024 + 1); // sparse: no disk or heap needed
    }
    Run r = run("analyze", p.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("marsad: " + p + ": file too large (52428801 bytes; the limit is 52428800 bytes)" + System.lineSeparator());
  }

  @Test
  void invalid_utf8_inside_utf8_text() throws Exception {
    Path p = dir.resolve("broken.txt");
    byte[] head = SHORT_STORY.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(head, head.length + 4);
    bytes[head.length] = (byte) 0xD8;      // a lead byte of an Arabic letter...
    bytes[head.length + 1] = (byte) 0x28;  // ...followed by '(' instead of a continuation byte
    bytes[head.length + 2] = (byte) 0xFF;  // never valid in UTF-8
    bytes[head.length + 3] = '\n';
    Files.write(p, bytes);
    Run r = run("analyze", p.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("marsad: " + p + ": ");
    assertThat(r.err().lines().count()).isEqualTo(1);
    assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void html_page_with_no_article() throws Exception {
    Path p = write("index.html", "<!DOCTYPE html><html><body><nav><a href='/'>الرئيسية</a></nav><ul><li><a href='/1'>خبر أول</a></li></ul></body></html>");
    Run r = run("analyze", p.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("marsad: " + p + ": no article text found in the HTML page" + System.lineSeparator());
  }

  @Test
  void html_is_detected_by_content() throws Exception {
    String page = "<!DOCTYPE html><html><head><title>عنوان الخبر الرئيسي هنا</title></head><body><article><h1>الحكومة تقر الموازنة العامة الجديدة</h1>"
        + "<p>" + SHORT_STORY.replace("\n", "</p><p>") + "وأكد الوزير أن الحكومة ماضية في تنفيذ خطتها الاقتصادية، وأنها ستعرض الموازنة على مجلس النواب خلال الأسبوع المقبل لإقرارها.</p></article></body></html>";
    Run r = run("analyze", write("page.dat", page).toString());
    assertThat(r.exit()).isZero();
    JsonNode a = r.records().get(0);
    assertThat(a.get("title").asText()).isEqualTo("الحكومة تقر الموازنة العامة الجديدة");
    assertThat(a.get("dateline").get("agency").asText()).isEqualTo("سانا");
  }

  @Test
  void batch_goes_on_after_a_bad_file_and_exits_1() throws Exception {
    Path good1 = write("a.txt", SHORT_STORY);
    Path missing = dir.resolve("missing.txt");
    Path empty = write("b.txt", "   \n");
    Path good2 = SharedData.seedPath();
    Run r = run("analyze", good1.toString(), missing.toString(), empty.toString(), good2.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.records()).hasSize(2);
    assertThat(r.err().lines().toList()).containsExactly(
        "marsad: " + missing + ": no such file",
        "marsad: " + empty + ": empty file");
  }

  @Test
  void standard_input() throws Exception {
    InputStream saved = System.in;
    try {
      System.setIn(new ByteArrayInputStream(SHORT_STORY.getBytes(StandardCharsets.UTF_8)));
      Run r = run("analyze", "-");
      assertThat(r.exit()).isZero();
      assertThat(r.records().get(0).get("dateline").get("city").asText()).isEqualTo("دمشق");
    } finally {
      System.setIn(saved);
    }
  }

  @Test
  void json_lines_one_record_per_line_and_bad_lines_reported_with_their_number() throws Exception {
    String jsonl = String.join("\n",
        "{\"source\":\"was\",\"url\":\"http://www.spa.gov.sa/1\",\"date_extracted\":\"2015-08-10 20:27:03\",\"title\":\"عام / مهرجان تمور بريدة يواصل فعالياته\","
            + "\"content\":\" بريدة 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس\\n يواصل مهرجان تمور بريدة فعالياته وأنشطته من خلال عمليات البيع والشراء اليومية.\\n // انتهى //\\n 20:26 ت م \\n \"}",
        "{\"title\": \"no body\"}",
        "{\"title\": \"blank body\", \"content\": \" \"}",
        "this is not json",
        "",
        "{\"text\":\"" + SHORT_STORY.replace("\n", "\\n") + "\",\"published\":\"Mon, 10 Aug 2015 20:27:03 GMT\"}");
    Path p = write("items.jsonl", jsonl);
    Run r = run("analyze", "--jsonl", p.toString());
    assertThat(r.exit()).isEqualTo(1);
    List<JsonNode> recs = r.records();
    assertThat(recs).hasSize(2);
    JsonNode spa = recs.get(0);
    assertThat(spa.get("title").asText()).isEqualTo("مهرجان تمور بريدة يواصل فعالياته");
    assertThat(spa.get("titleCategory").asText()).isEqualTo("عام");
    assertThat(spa.get("source").asText()).isEqualTo("was");
    assertThat(spa.get("published").asText()).isEqualTo("2015-08-10T20:27:03");
    assertThat(spa.get("dateline").get("date").asText()).isEqualTo("2015-08-10");
    assertThat(spa.get("boilerplate").get(0).get("kind").asText()).isEqualTo("other");
    assertThat(recs.get(1).get("published").asText()).isEqualTo("2015-08-10T20:27:03Z");
    List<String> errors = r.err().lines().toList();
    assertThat(errors).hasSize(3);
    assertThat(errors.get(0)).isEqualTo("marsad: " + p + ": line 2: no text, content or body field");
    assertThat(errors.get(1)).isEqualTo("marsad: " + p + ": line 3: empty text");
    assertThat(errors.get(2)).startsWith("marsad: " + p + ": line 4: not valid JSON");
  }

  @Test
  void json_lines_on_two_threads_give_the_same_output_in_the_same_order() throws Exception {
    StringBuilder jsonl = new StringBuilder();
    String[] cities = {"دمشق", "بيروت", "القاهرة", "عمان", "بغداد"};
    for (int i = 0; i < 600; i++) {
      String body = cities[i % cities.length] + "-سانا\\nبحث الوزير في اجتماع رقم " + i + " اليوم سبل تعزيز التعاون الاقتصادي بين البلدين.";
      jsonl.append(i == 300 ? "{\"title\": 1}" : "{\"text\":\"" + body + "\"}").append('\n');
    }
    Path p = write("many.jsonl", jsonl.toString());
    Run one = run("analyze", "--jsonl", p.toString());
    Run two = run("analyze", "--jsonl", "--threads", "2", p.toString());
    assertThat(two.exit()).isEqualTo(1).isEqualTo(one.exit());
    assertThat(two.out()).isEqualTo(one.out());
    assertThat(two.err()).isEqualTo(one.err()).isEqualTo("marsad: " + p + ": line 301: no text, content or body field" + System.lineSeparator());
    assertThat(two.records()).hasSize(599);
    assertThat(two.records().get(2).get("dateline").get("city").asText()).isEqualTo("القاهرة");
  }

  @Test
  void no_file_is_a_usage_error() {
    assertThat(run("analyze").exit()).isEqualTo(2);
  }
}
