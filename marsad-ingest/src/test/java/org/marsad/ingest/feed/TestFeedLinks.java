package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestFeedLinks {
  private static final URI BASE = URI.create("http://127.0.0.1:8713/news/feed.xml?x=1");

  @Test
  void an_arabic_host_is_requested_in_its_ascii_form_and_the_arabic_path_kept() {
    FeedLinks.Resolved r = FeedLinks.resolve(BASE, "http://مثال.السعودية/خبر.html");
    assertThat(r.url()).isNotNull();
    assertThat(r.url().getHost()).isEqualTo("xn--mgbh0fb.xn--mgberp4a5d4ar");
    assertThat(r.url().getPath()).isEqualTo("/خبر.html");
  }

  @Test
  void a_host_java_net_uri_cannot_read_is_a_problem_not_a_null_host() {
    FeedLinks.Resolved r = FeedLinks.resolve(BASE, "http://my_site.example.com/خبر.html");
    assertThat(r.url()).isNull();
    assertThat(r.problem()).contains("no host name");
    assertThat(FeedLinks.resolve(BASE, "mailto:news@spa.gov.sa").problem()).isEqualTo("not an http(s) link");
  }

  @Test
  void a_query_only_reference_keeps_the_path_as_rfc_3986_says() {
    assertThat(FeedLinks.resolve(BASE, "?page=2").url()).hasToString("http://127.0.0.1:8713/news/feed.xml?page=2");
    assertThat(FeedLinks.resolve(URI.create("http://h.example/news/a.html#top"), "?page=2").url()).hasToString("http://h.example/news/a.html?page=2");
    assertThat(FeedLinks.resolve(BASE, "../ar/خبر.html").url()).hasToString("http://127.0.0.1:8713/ar/خبر.html");
  }

  @Test
  void a_no_break_space_and_a_second_hash_are_percent_encoded_in_utf8() {
    assertThat(FeedLinks.resolve(BASE, "/ar/خبر\u00A0جديد.html").url()).hasToString("http://127.0.0.1:8713/ar/خبر%C2%A0جديد.html");
    assertThat(FeedLinks.resolve(BASE, "/ar/a.html#x#y").url()).hasToString("http://127.0.0.1:8713/ar/a.html#x%23y");
    // already-encoded Arabic is not encoded twice; a stray % is
    assertThat(FeedLinks.escape("/%D8%AE 100%")).isEqualTo("/%D8%AE%20100%25");
    String thin = FeedLinks.escape("/ar/\u2009x");
    assertThat(thin).isEqualTo("/ar/%E2%80%89x");
    assertThat(java.net.URLDecoder.decode(thin, StandardCharsets.UTF_8)).isEqualTo("/ar/\u2009x");
  }
}
