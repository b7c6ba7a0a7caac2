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
  void references_resolve_as_the_examples_of_rfc_3986_section_5_4() {
    URI base = URI.create("http://a/b/c/d;p?q");
    String[][] examples = {
        {"g", "http://a/b/c/g"}, {"./g", "http://a/b/c/g"}, {"g/", "http://a/b/c/g/"}, {"/g", "http://a/g"},
        {"//g", "http://g"}, {"?y", "http://a/b/c/d;p?y"}, {"g?y", "http://a/b/c/g?y"}, {"#s", "http://a/b/c/d;p?q#s"},
        {"g#s", "http://a/b/c/g#s"}, {";x", "http://a/b/c/;x"}, {"", "http://a/b/c/d;p?q"}, {".", "http://a/b/c/"},
        {"./", "http://a/b/c/"}, {"..", "http://a/b/"}, {"../", "http://a/b/"}, {"../g", "http://a/b/g"},
        {"../..", "http://a/"}, {"../../", "http://a/"}, {"../../g", "http://a/g"},
        // abnormal examples (§5.4.2): java.net.URI (RFC 2396) kept the .. that climbs above the root
        {"../../../g", "http://a/g"}, {"../../../../g", "http://a/g"}, {"/./g", "http://a/g"}, {"/../g", "http://a/g"},
        {"g.", "http://a/b/c/g."}, {".g", "http://a/b/c/.g"}, {"g..", "http://a/b/c/g.."}, {"..g", "http://a/b/c/..g"},
        {"./../g", "http://a/b/g"}, {"./g/.", "http://a/b/c/g/"}, {"g/./h", "http://a/b/c/g/h"}, {"g/../h", "http://a/b/c/h"},
        {"g;x=1/./y", "http://a/b/c/g;x=1/y"}, {"g;x=1/../y", "http://a/b/c/y"}, {"g?y/./x", "http://a/b/c/g?y/./x"},
        {"g#s/../x", "http://a/b/c/g#s/../x"}};
    for (String[] e : examples) {
      assertThat(FeedLinks.resolve(base, e[0]).url()).as("\"%s\"", e[0]).hasToString(e[1]);
    }
  }

  @Test
  void dot_segments_of_feed_links_are_removed_as_a_browser_does() {
    // a CMS feed at /feed/rss.xml writing links relative to a deeper template; an absolute link with /./ and /../
    URI feed = URI.create("https://www.alwatan.com.sa/feed/rss.xml");
    assertThat(FeedLinks.resolve(feed, "../../ar/politics/خبر-123.html").url()).hasToString("https://www.alwatan.com.sa/ar/politics/خبر-123.html");
    assertThat(FeedLinks.resolve(feed, "https://www.alwatan.com.sa/ar/./2024/../local/خبر.html?id=5").url())
        .hasToString("https://www.alwatan.com.sa/ar/local/خبر.html?id=5");
    assertThat(FeedLinks.resolve(null, "https://www.sana.sy/./?p=12345").url()).hasToString("https://www.sana.sy/?p=12345");
    assertThat(FeedLinks.resolve(feed, "/ar/%D8%AE%D8%A8%D8%B1/../a.html").url()).hasToString("https://www.alwatan.com.sa/ar/a.html");
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
