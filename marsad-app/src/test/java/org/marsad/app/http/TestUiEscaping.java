package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile article text stays data: the API returns it as JSON strings (never as HTML), and the
 * UI code has no path that turns data into markup. (The browser test later checks the rendered DOM.)
 */
class TestUiEscaping {
  static final String PAYLOAD = "عاجل <script>alert('xss')</script> ثم <img src=x onerror=alert(1)> و\"<b onmouseover=alert(2)>\"";
  /** DOM sinks that parse HTML or run strings as code. */
  static final Pattern SINKS = Pattern.compile(
      "innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\beval\\s*\\(|new\\s+Function|setAttribute\\(\\s*['\"]on|srcdoc|createContextualFragment|DOMParser");

  @TempDir Path data;

  @Test
  void an_article_with_script_and_event_handler_payloads_comes_back_as_json_data() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      String text = "الرياض-واس\n\n" + PAYLOAD;
      HttpResponse<String> in = h.send("POST", "/api/ingest?title=" + java.net.URLEncoder.encode("<script>عنوان</script>", StandardCharsets.UTF_8),
          "text/plain; charset=utf-8", text, ServerHarness.TOKEN);
      assertThat(in.statusCode()).isEqualTo(201);
      String id = ServerHarness.json(in).get("article").get("id").asText();

      HttpResponse<String> r = h.get("/api/articles/" + id);
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
      assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      JsonNode a = ServerHarness.json(r);
      assertThat(a.get("text").asText()).isEqualTo(text);
      assertThat(a.get("title").asText()).isEqualTo("<script>عنوان</script>");

      JsonNode hit = ServerHarness.json(h.get("/api/search?q=" + java.net.URLEncoder.encode("عاجل", StandardCharsets.UTF_8))).get("hits").get(0);
      assertThat(hit.get("snippet").asText()).doesNotContain("<script>").doesNotContain("<img").contains("&lt;script&gt;");
    }
  }

  @Test
  void ui_scripts_never_use_an_html_sink() throws Exception {
    List<Path> scripts = files("js", ".js");
    assertThat(scripts).extracting(p -> p.getFileName().toString()).contains("marsad.js", "search.js", "article.js", "entity.js", "alerts.js");
    for (Path js : scripts) {
      String code = stripComments(Files.readString(js));
      Matcher m = SINKS.matcher(code);
      assertThat(m.find()).as(js.getFileName() + " uses " + (m.hitEnd() ? "" : safeGroup(m))).isFalse();
    }
  }

  @Test
  void pages_are_arabic_rtl_and_load_only_their_own_scripts() throws Exception {
    Pattern inlineScript = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);
    Pattern handlerAttr = Pattern.compile("\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    Pattern external = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE);
    UiPages ui = UiPages.load();
    assertThat(UiPages.PAGES).hasSizeGreaterThanOrEqualTo(8);
    for (UiPages.Page p : UiPages.PAGES) {
      String page = p.file();
      String html = new String(ui.page(page).orElseThrow(), StandardCharsets.UTF_8);
      assertThat(html).as(page).contains("<html lang=\"ar\" dir=\"rtl\">");
      assertThat(inlineScript.matcher(html).find()).as(page + " has an inline script").isFalse();
      assertThat(handlerAttr.matcher(html).find()).as(page + " has an on* attribute").isFalse();
      assertThat(external.matcher(html).find()).as(page + " loads from another site").isFalse();
    }
  }

  @Test
  void the_ui_is_served_from_the_jar_with_a_strict_content_security_policy() throws Exception {
    try (ServerHarness h = new ServerHarness(data)) {
      HttpResponse<String> index = h.get("/");
      assertThat(index.statusCode()).isEqualTo(200);
      assertThat(index.body()).contains("data-testid=\"search-input\"").contains("dir=\"rtl\"");
      assertThat(index.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct.replace(" ", "")).isEqualToIgnoringCase("text/html;charset=utf-8"));
      assertThat(index.headers().firstValue("Content-Security-Policy")).hasValue(SecurityHeaders.CSP);
      assertThat(SecurityHeaders.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      HttpResponse<String> js = h.get("/js/article.js");
      assertThat(js.statusCode()).isEqualTo(200);
      assertThat(js.body()).contains("quote-mark");
      assertThat(h.get("/css/marsad.css").body()).contains("Noto Naskh Arabic");
    }
  }

  private static String safeGroup(Matcher m) {
    try {
      return m.group();
    } catch (IllegalStateException e) {
      return "";
    }
  }

  /** Comments may name the forbidden sinks (to explain the rule); code may not. */
  private static String stripComments(String js) {
    return js.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "").replaceAll("\\s//\\s.*$", "");
  }

  private static List<Path> files(String dir, String suffix) throws IOException, URISyntaxException {
    Path web = Path.of(TestUiEscaping.class.getResource("/web/js/marsad.js").toURI()).getParent().getParent().resolve(dir);
    try (Stream<Path> s = Files.list(web)) {
      return s.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    }
  }
}
