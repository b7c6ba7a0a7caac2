package org.marsad.store.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The size limits of the search box (docs/limits.md). */
class TestQueryLimits {
  private static String words(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) b.append(i % 2 == 0 ? "سورية " : "لبنان ");
    return b.toString().strip();
  }

  @Test
  void sixty_four_parts_are_accepted_and_sixty_five_refused() {
    assertThat(MarsadQueryParser.parse(words(64)).required()).hasSize(64);
    assertThatThrownBy(() -> MarsadQueryParser.parse(words(65)))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessage("query has more than 64 words, phrases and filters");
  }

  @Test
  void a_query_over_2000_characters_is_refused() {
    String phrase = "\"" + "ا".repeat(1998) + "\"";
    assertThat(phrase).hasSize(2000);
    assertThat(MarsadQueryParser.parse(phrase).required()).hasSize(1);
    assertThatThrownBy(() -> MarsadQueryParser.parse(phrase + " "))
        .isInstanceOf(QuerySyntaxException.class)
        .hasMessage("query longer than 2000 characters");
  }
}
