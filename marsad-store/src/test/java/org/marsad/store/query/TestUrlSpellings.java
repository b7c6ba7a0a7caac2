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
  void a_link_with_a_direction_mark_finds_the_url_stored_with_only_the_mark_encoded() {
    // SaudiNewsNet has 9 such addresses (al-madina, alweeam, aawsat); ingest keeps the Arabic
    // letters and percent-encodes only the bidi controls (review of fixqa18, F1)
    String stored = "http://www.al-madina.com/node/620570/مقال%E2%80%8F";
    String raw = "http://www.al-madina.com/node/620570/مقال‏";
    String encoded = "http://www.al-madina.com/node/620570/%D9%85%D9%82%D8%A7%D9%84%E2%80%8F";
    assertThat(UrlSpellings.of(raw)).contains(stored);
    assertThat(UrlSpellings.of(encoded)).contains(stored);
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

  @Test
  void scheme_and_host_case_a_fragment_and_tracking_parameters_are_normalised_but_a_real_query_is_kept() {
    assertThat(UrlSpellings.of("HTTP://WWW.ALRIYADH.COM/1066869")).contains("http://www.alriyadh.com/1066869");
    assertThat(UrlSpellings.of("http://www.alriyadh.com/1066869#comments")).contains("http://www.alriyadh.com/1066869");
    assertThat(UrlSpellings.of("http://www.alriyadh.com/1066869?utm_source=twitter&fbclid=x")).contains("http://www.alriyadh.com/1066869");
    assertThat(UrlSpellings.of("http://www.al-madina.com/node/1?live&utm_medium=social")).contains("http://www.al-madina.com/node/1?live");
    assertThat(UrlSpellings.of("www.alriyadh.com/1066869")).contains("http://www.alriyadh.com/1066869");
    assertThat(UrlSpellings.isUrl("www.alriyadh.com/1066869")).isTrue();
    assertThat(UrlSpellings.isUrl("www.")).isFalse();
    assertThat(UrlSpellings.of("http://x.com/Path/A")).as("the path keeps its case").contains("http://x.com/Path/A");
  }
}
