package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.RawDocument;

/**
 * {@code POST /api/analyze} and {@code /api/ingest} decode a text or HTML body as
 * {@code marsad ingest} decodes a file: an Arabic article in a legacy charset, posted without a
 * charset or with a wrong one, arrives as Arabic, not as U+FFFD replacement characters.
 */
class TestDocumentBodyCharsets {
  private static final Charset WINDOWS_1256 = Charset.forName("windows-1256");
  private static final Charset ISO_8859_6 = Charset.forName("ISO-8859-6");
  private static final String TEXT = "موسكو-سانا\n"
      + "بحث وزير الخارجية الروسي سيرغي لافروف ونظيره الأمريكي جون كيري في اتصال هاتفي اليوم سبل تعزيز وقف الأعمال القتالية في سورية.";
  private final DocumentBody body = new DocumentBody(JsonMapping.mapper());

  private RawDocument post(String contentType, byte[] bytes) throws Exception {
    return body.read(contentType, "/api/analyze", bytes, Map.<String, String>of("source", "sana")::get);
  }

  @Test
  void windows_1256_text_without_a_charset_is_detected() throws Exception {
    RawDocument doc = post("text/plain", TEXT.getBytes(WINDOWS_1256));
    assertThat(doc.body()).isEqualTo(TEXT);
    assertThat(doc.source()).isEqualTo("sana");
  }

  @Test
  void a_wrong_utf8_declaration_does_not_turn_windows_1256_into_replacement_characters() throws Exception {
    assertThat(post("text/plain; charset=utf-8", TEXT.getBytes(WINDOWS_1256)).body()).isEqualTo(TEXT);
  }

  @Test
  void declared_and_utf8_bodies_are_read_as_before() throws Exception {
    assertThat(post("text/plain; charset=windows-1256", TEXT.getBytes(WINDOWS_1256)).body()).isEqualTo(TEXT);
    assertThat(post("text/plain; charset=utf-8", TEXT.getBytes(StandardCharsets.UTF_8)).body()).isEqualTo(TEXT);
    assertThat(post(null, TEXT.getBytes(StandardCharsets.UTF_8)).body()).isEqualTo(TEXT);
  }

  @Test
  void iso_8859_6_html_without_a_charset_is_detected() throws Exception {
    String page = "<html><body><p>" + TEXT + "</p></body></html>";
    RawDocument doc = post("text/html", page.getBytes(ISO_8859_6));
    assertThat(doc.html()).isTrue();
    assertThat(doc.body()).isEqualTo(page);
  }

  @Test
  void binary_bytes_are_a_400_that_says_why() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    assertThatThrownBy(() -> post("text/plain", png)).isInstanceOfSatisfying(ApiException.class, e -> {
      assertThat(e.problem().status()).isEqualTo(400);
      assertThat(e.getMessage()).isEqualTo("the body is not readable text: binary content (NUL byte at offset 8)");
    });
  }
}
