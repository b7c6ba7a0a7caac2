package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.topic.TopicLabel;

/**
 * The UI shows a topic by its desk name (سياسة, not politics) from its own translation table: every
 * label of the taxonomy has an Arabic name there, the one docs/topics.md and TopicLabel give, and an
 * English one, so a label added to TopicLabel cannot reach readers as a bare key.
 */
class TestUiTopicNames {
  @Test
  void every_topic_label_has_its_arabic_desk_name_and_an_english_name() throws Exception {
    String js;
    try (InputStream in = TestUiTopicNames.class.getResourceAsStream("/web/js/marsad.js")) {
      js = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int english = js.indexOf("en: {");
    assertThat(english).isPositive();
    String ar = js.substring(0, english);
    String en = js.substring(english);
    for (TopicLabel label : TopicLabel.values()) {
      assertThat(nameIn(ar, label)).as(label.key() + " in Arabic").isEqualTo(label.arabic());
      assertThat(nameIn(en, label)).as(label.key() + " in English").isNotBlank().isNotEqualTo(label.key());
    }
  }

  private static String nameIn(String table, TopicLabel label) {
    Matcher m = Pattern.compile("'topic\\." + Pattern.quote(label.key()) + "': '([^']*)'").matcher(table);
    return m.find() ? m.group(1) : null;
  }
}
