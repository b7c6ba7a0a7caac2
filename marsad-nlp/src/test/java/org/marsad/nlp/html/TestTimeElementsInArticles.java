package org.marsad.nlp.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

/**
 * A {@code <time>} element in an article's header is a date stamp, not text (session 17 QA, F8:
 * every simulated page's text began "2026-12-04T09:42:00+03:00 أعلن…"). On the first article of
 * SaudiNewsNet 2015-07-21 (Asharq Al-Awsat) wrapped as a news site serves it.
 */
class TestTimeElementsInArticles {
  private static String title;
  private static List<String> paragraphs;
  private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

  @BeforeAll
  static void firstArticleOfTheDay() throws Exception {
    try (InputStream in = java.nio.file.Files.newInputStream(SharedData.require("data/saudinewsnet/2015-07-21.zip"));
        ZipInputStream zip = new ZipInputStream(in)) {
      zip.getNextEntry();
      JsonNode first = new ObjectMapper().readTree(zip).get(0);
      title = first.get("title").asText();
      paragraphs = Arrays.stream(first.get("content").asText().split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
  }

  private static String page(String header, List<String> body) {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title></head><body><article><h1>").append(title).append("</h1>").append(header);
    body.forEach(p -> html.append("<p>").append(p).append("</p>"));
    return html.append("</article></body></html>").toString();
  }

  @Test
  void a_machine_date_under_the_headline_is_the_published_time_not_the_first_words() {
    String stamp = "<time datetime=\"2015-07-21T02:51:32+03:00\">2015-07-21T02:51:32+03:00</time>";
    ExtractedPage p = extractor.extract(page(stamp, paragraphs), "http://aawsat.com/home/article/410826");
    assertThat(p.published()).isEqualTo("2015-07-21T02:51:32+03:00");
    assertThat(p.blocks().get(0)).isEqualTo(paragraphs.get(0)).startsWith("حدد رئيس الوزراء البريطاني ديفيد كاميرون");
    assertThat(String.join("\n", p.blocks())).doesNotContain("2015-07-21");
  }

  @Test
  void a_readable_date_line_with_its_label_loses_the_date_and_a_time_inside_a_sentence_stays() {
    String first = paragraphs.get(0);
    assertThat(first).contains("اليوم (الاثنين)");
    List<String> body = new ArrayList<>(paragraphs);
    body.set(0, first.replace("اليوم (الاثنين)", "اليوم (<time datetime=\"2015-07-20\">الاثنين</time>)"));
    String dateLine = "<div class=\"meta\"><span>نشر في:</span> <time datetime=\"2015-07-21T02:51:32+03:00\">الثلاثاء 5 شوال 1436</time></div>";
    ExtractedPage p = extractor.extract(page(dateLine, body), null);
    assertThat(p.published()).isEqualTo("2015-07-21T02:51:32+03:00");
    assertThat(String.join("\n", p.blocks())).doesNotContain("شوال 1436");
    assertThat(p.blocks()).as("the sentence keeps its day").contains(first);
  }
}
