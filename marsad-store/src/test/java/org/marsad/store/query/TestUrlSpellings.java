package org.marsad.store.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The spellings a pasted link is looked up under: decoded Arabic path, scheme, www., final slash. */
class TestUrlSpellings {
  @Test
  void an_address_bar_link_with_a_percent_encoded_arabic_path_includes_the_stored_arabic_one() {
    String stored = "http://aawsat.com/home/article/411296/وزير-الدفاع-الأميركي";
    String pasted = "https://aawsat.com/home/article/411296/%D9%88%D8%B2%D9%8A%D8%B1-%D8%A7%D9%84%D8%AF%D9%81%D8%A7%D8%B9-%D8%A7%D9%84%D8%A3%D9%85%D9%8A%D8%B1%D9%83%D9%8A/";
    assertThat(UrlSpellings.of(pasted)).contains(stored, pasted);
  }

  @Test
  void www_and_a_final_slash_are_tried_both_ways() {
    assertThat(UrlSpellings.of("http://www.alriyadh.com/1066869"))
        .contains("http://www.alriyadh.com/1066869", "https://alriyadh.com/1066869/", "http://alriyadh.com/1066869");
  }

  @Test
  void a_stray_percent_or_bytes_that_are_not_utf8_leave_the_link_as_typed() {
    assertThat(UrlSpellings.of("http://sabq.org/100%")).contains("http://sabq.org/100%").noneMatch(u -> u.contains("\uFFFD"));
    assertThat(UrlSpellings.of("http://sabq.org/%E0%A4")).noneMatch(u -> u.contains("\uFFFD"));
  }

  @Test
  void only_web_addresses_are_links() {
    assertThat(UrlSpellings.isUrl("https://sana.sy/?p=1")).isTrue();
    assertThat(UrlSpellings.isUrl("HTTP://SANA.SY")).isTrue();
    assertThat(UrlSpellings.isUrl("https://")).isFalse();
    assertThat(UrlSpellings.isUrl("sana.sy")).isFalse();
    assertThat(UrlSpellings.isUrl("لافروف:")).isFalse();
  }
}
