package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TestRobotsRules {
  private static final String ROBOTS = """
      User-agent: *
      Disallow: /search
      Disallow: /*.pdf$
      Allow: /search/about
      Crawl-delay: 5

      User-agent: Googlebot
      User-agent: Bingbot
      Disallow: /

      User-agent: Marsad
      Disallow: /ar/video/
      Allow: /ar/video/transcripts/
      """;

  @Test
  void our_own_group_wins_over_the_star_group() {
    RobotsRules r = RobotsRules.parse(ROBOTS, "Marsad");
    assertThat(r.allows("/search?q=غزة")).as("star rule does not apply to us").isTrue();
    assertThat(r.allows("/ar/video/123")).isFalse();
    assertThat(r.allows("/ar/video/transcripts/123")).as("longer Allow wins").isTrue();
    assertThat(r.crawlDelay()).isNull();
  }

  @Test
  void star_group_with_wildcards_anchors_and_crawl_delay() {
    RobotsRules r = RobotsRules.parse(ROBOTS, "OtherAgent");
    assertThat(r.allows("/search?q=x")).isFalse();
    assertThat(r.allows("/search/about")).isTrue();
    assertThat(r.allows("/files/report.pdf")).isFalse();
    assertThat(r.allows("/files/report.pdf?download=1")).isTrue();
    assertThat(r.allows("/news/1.html")).isTrue();
    assertThat(r.crawlDelay()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void agents_listed_together_share_their_rules() {
    assertThat(RobotsRules.parse(ROBOTS, "bingbot").allows("/news/1.html")).isFalse();
  }

  @Test
  void empty_disallow_and_no_matching_group_allow_everything() {
    assertThat(RobotsRules.parse("User-agent: *\nDisallow:\n", "Marsad").allows("/any")).isTrue();
    assertThat(RobotsRules.parse("User-agent: Googlebot\nDisallow: /\n", "Marsad").allows("/any")).isTrue();
    assertThat(RobotsRules.disallowAll().allows("/")).isFalse();
  }
}
