package org.marsad.ingest.feed;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.net.URI;
import org.marsad.testkit.fuzz.Documented;

/**
 * Fuzz target for feed and sitemap bodies (RSS, Atom, sitemap, sitemap index) as a server
 * would send them. Documented refusal: {@link FetchException} with a one-line message. Every
 * item and child sitemap is an absolute http(s) URL. Regression inputs:
 * src/test/resources/org/marsad/ingest/feed/FeedParserFuzzTestInputs/parse/.
 */
class FeedParserFuzzTest {
  private static final URI BASE = URI.create("https://news.example.org/rss/");
  private static final Documented REFUSALS = Documented.refusals(FetchException.class);

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) throws Exception {
    FeedParser.Parsed parsed = REFUSALS.call(() -> FeedParser.parse(input, BASE));
    if (parsed == null) {
      return;
    }
    for (FeedItem item : parsed.items()) {
      checkUrl(item.url());
    }
    parsed.sitemaps().forEach(FeedParserFuzzTest::checkUrl);
  }

  private static void checkUrl(URI url) {
    if (url == null || !url.isAbsolute() || !("http".equals(url.getScheme()) || "https".equals(url.getScheme()))) {
      throw new AssertionError("not an absolute http(s) URL: " + url);
    }
  }
}
