package org.marsad.nlp.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.testkit.SharedData;

class TestArticleJson {
  private final Article seed = new ArticleAnalyzer().analyze(RawDocument.ofText(SharedData.seedText(), "seed"),
      ArticleAnalyzer.Options.WITH_TOKENS);

  @Test
  void field_names_are_the_record_components_in_order() throws Exception {
    JsonNode node = ArticleJson.mapper().readTree(ArticleJson.write(seed));
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    List<String> components = new ArrayList<>();
    for (var c : Article.class.getRecordComponents()) components.add(c.getName());
    assertThat(names).isEqualTo(components);
  }

  @Test
  void enums_lower_case_nulls_written_arabic_unescaped() throws Exception {
    String json = ArticleJson.write(seed);
    JsonNode node = ArticleJson.mapper().readTree(json);
    assertThat(node.get("boilerplate").get(0).get("kind").asText()).isEqualTo("promo");
    assertThat(node.get("tokens").get(0).get("type").asText()).isEqualTo("arabic_word");
    assertThat(node.has("title")).isTrue();
    assertThat(node.get("title").isNull()).isTrue();
    assertThat(json).contains("\"city\":\"موسكو\"").doesNotContain("\\u");
    assertThat(json).doesNotContain("\n");
  }

  @Test
  void round_trip() {
    assertThat(ArticleJson.read(ArticleJson.write(seed))).isEqualTo(seed);
    assertThat(ArticleJson.read(ArticleJson.writePretty(seed))).isEqualTo(seed);
  }

  @Test
  void malformed_json_is_an_input_error() {
    assertThatThrownBy(() -> ArticleJson.read("{\"id\": ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("not an article record");
  }
}
