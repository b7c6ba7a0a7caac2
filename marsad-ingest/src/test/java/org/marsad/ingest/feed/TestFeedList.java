package org.marsad.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestFeedList {
  @TempDir
  Path dataDir;

  @Test
  void default_list_has_the_major_arabic_publishers() {
    FeedList list = FeedList.defaults();
    assertThat(list.feeds()).extracting(FeedSource::id).contains("sana", "spa", "aljazeera", "bbc-arabic", "alarabiya",
        "aawsat", "skynewsarabia", "france24-ar", "rt-arabic", "aa-arabic");
    assertThat(list.feeds()).allSatisfy(f -> assertThat(f.url().getScheme()).isEqualTo("https"));
    FeedSource sana = list.feeds().get(0);
    assertThat(sana.name()).isEqualTo("سانا - الوكالة العربية السورية للأنباء");
    assertThat(sana.pollInterval()).isEqualTo(Duration.ofMinutes(10));
    assertThat(list.enabled()).extracting(FeedSource::id).doesNotContain("aljazeera-sitemap");
  }

  @Test
  void user_file_is_created_from_the_defaults_then_read_back_after_editing() throws Exception {
    FeedList first = FeedList.loadOrCreate(dataDir);
    assertThat(first).isEqualTo(FeedList.defaults());
    Files.writeString(dataDir.resolve(FeedList.FILE_NAME), """
        {"feeds": [
          {"id": "enab", "name": "عنب بلدي", "url": "https://www.enabbaladi.net/feed", "pollMinutes": 30},
          {"id": "x-sitemap", "kind": "sitemap", "url": "https://example.org/news-sitemap.xml", "enabled": false}
        ]}
        """);
    FeedList edited = FeedList.loadOrCreate(dataDir);
    assertThat(edited.feeds()).extracting(FeedSource::id).containsExactly("enab", "x-sitemap");
    assertThat(edited.feeds().get(0).kind()).isEqualTo(FeedKind.FEED);
    assertThat(edited.feeds().get(0).source()).as("source defaults to id").isEqualTo("enab");
    assertThat(edited.feeds().get(1).pollInterval()).isEqualTo(FeedList.DEFAULT_POLL_INTERVAL);
    assertThat(edited.enabled()).hasSize(1);
  }

  @Test
  void a_cut_feeds_file_says_where_without_jacksons_source_notes() {
    assertThatThrownBy(() -> FeedList.parse("{\"feeds\": [\n  {\"id\": \"enab\", \"name\": \"عنب بلدي\", \"url\": \"https://www.enabbaladi.net/feed\"}\n"
        .getBytes(StandardCharsets.UTF_8), "DATA/feeds.json"))
        .hasMessage("DATA/feeds.json: invalid JSON at line 3 column 1: Unexpected end-of-input: expected close marker for Array");
  }

  @Test
  void unknown_keys_bad_urls_and_duplicates_are_rejected_with_the_file_name() {
    assertThatThrownBy(() -> FeedList.parse("{\"feeds\": [{\"id\": \"a\", \"url\": \"https://a.example/rss\", \"interval\": 5}]}"
        .getBytes(StandardCharsets.UTF_8), "feeds.json"))
        .hasMessage("feeds.json: Unknown keys in feed 'a': [interval]");
    assertThatThrownBy(() -> FeedList.parse("{\"feeds\": [{\"id\": \"a\", \"url\": \"ftp://a.example/rss\"}]}"
        .getBytes(StandardCharsets.UTF_8), "feeds.json"))
        .hasMessage("feeds.json: Feed 'a' needs an http(s) URL: ftp://a.example/rss");
    assertThatThrownBy(() -> FeedList.parse(("{\"feeds\": [{\"id\": \"a\", \"url\": \"https://a.example/1\"},"
        + " {\"id\": \"a\", \"url\": \"https://a.example/2\"}]}").getBytes(StandardCharsets.UTF_8), "feeds.json"))
        .hasMessage("feeds.json: Duplicate feed id 'a'");
    assertThatThrownBy(() -> FeedList.parse("{\"feeds\": [{\"id\": \"a\", \"url\": \"https://a.example/1\", \"pollMinutes\": 0}]}"
        .getBytes(StandardCharsets.UTF_8), "feeds.json"))
        .hasMessageStartingWith("feeds.json: Feed 'a' polls more often than every 1 minute");
  }
}
