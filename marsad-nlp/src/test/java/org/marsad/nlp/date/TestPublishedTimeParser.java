package org.marsad.nlp.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TestPublishedTimeParser {

  @Test
  void saudinewsnet_crawl_time_keeps_its_precision_without_inventing_a_zone() {
    assertThat(PublishedTimeParser.parse("2015-08-10 20:27:03")).isEqualTo("2015-08-10T20:27:03");
    assertThat(PublishedTimeParser.parse("2015-08-10 20:27")).isEqualTo("2015-08-10T20:27:00");
  }

  @Test
  void iso_with_zone() {
    assertThat(PublishedTimeParser.parse("2016-04-12T13:45:10+03:00")).isEqualTo("2016-04-12T13:45:10+03:00");
    assertThat(PublishedTimeParser.parse("2015-08-09T14:05:00Z")).isEqualTo("2015-08-09T14:05:00Z");
    assertThat(PublishedTimeParser.parse("2015-08-09T14:05:00.123+0300")).isEqualTo("2015-08-09T14:05:00.123+03:00");
  }

  @Test
  void rss_pub_date() {
    assertThat(PublishedTimeParser.parse("Mon, 10 Aug 2015 20:27:03 GMT")).isEqualTo("2015-08-10T20:27:03Z");
    assertThat(PublishedTimeParser.parse("Mon, 10 Aug 2015 20:27:03 +0300")).isEqualTo("2015-08-10T20:27:03+03:00");
  }

  @Test
  void bare_dates_epochs_and_arabic_text() {
    assertThat(PublishedTimeParser.parse("2015-08-10")).isEqualTo("2015-08-10");
    assertThat(PublishedTimeParser.parse("1439238423")).isEqualTo("2015-08-10T20:27:03Z");
    assertThat(PublishedTimeParser.parse("الاثنين 10 أغسطس 2015")).isEqualTo("2015-08-10");
    assertThat(PublishedTimeParser.parse("25 شوال 1436 هـ")).isEqualTo("2015-08-10");
  }

  @Test
  void unreadable_input_is_null_not_an_error() {
    assertThat(PublishedTimeParser.parse(null)).isNull();
    assertThat(PublishedTimeParser.parse("  ")).isNull();
    assertThat(PublishedTimeParser.parse("منذ ساعتين")).isNull();
    assertThat(PublishedTimeParser.parse("2015-13-45")).isNull();
  }
}
