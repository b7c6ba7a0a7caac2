package org.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestAlertRepository {
  @TempDir Path data;
  final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @Test
  void alerts_survive_a_restart() throws Exception {
    AlertRepository repo = new AlertRepository(data, new QueryMatcher(), clock);
    Alert a = repo.create(new AlertDraft(" لافروف ", "لافروف source:sana", "https://hooks.example.org/x?key=s3cret", null));
    assertThat(a.name()).isEqualTo("لافروف");
    assertThat(a.enabled()).isTrue();
    assertThat(a.created()).isEqualTo("2026-01-02T03:04:05Z");
    repo.create(new AlertDraft("معرض", "معرض الكتاب", null, false));

    AlertRepository reopened = new AlertRepository(data, new QueryMatcher(), clock);
    assertThat(reopened.list()).hasSize(2).first().isEqualTo(a);
    assertThat(reopened.enabled()).containsExactly(a);
  }

  @Test
  void the_file_is_owner_only_because_webhooks_can_hold_secrets() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    new AlertRepository(data, new QueryMatcher(), clock).create(new AlertDraft("x", "لافروف", null, true));
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(AlertRepository.FILE_NAME)))).isEqualTo("rw-------");
  }

  @Test
  void invalid_drafts_are_refused_and_nothing_is_saved() throws Exception {
    AlertRepository repo = new AlertRepository(data, new QueryMatcher(), clock);
    assertThatThrownBy(() -> repo.create(new AlertDraft("", "x", null, true))).hasMessage("name is required");
    assertThatThrownBy(() -> repo.create(new AlertDraft("x", null, null, true))).hasMessage("query is required");
    assertThatThrownBy(() -> repo.create(new AlertDraft("x", "lang:ar", null, true)))
        .hasMessageStartingWith("query: unknown field 'lang:' (known: source, city, topic, person, org, place, misc, speaker,");
    assertThatThrownBy(() -> repo.create(new AlertDraft("x", "لافروف", "file:///etc/passwd", true)))
        .hasMessage("webhook must be an http:// or https:// URL, got 'file:///etc/passwd'");
    assertThat(repo.list()).isEmpty();
    assertThat(data.resolve(AlertRepository.FILE_NAME)).doesNotExist();
  }

  @Test
  void replace_keeps_id_and_creation_time_and_delete_removes() throws Exception {
    AlertRepository repo = new AlertRepository(data, new QueryMatcher(), clock);
    Alert a = repo.create(new AlertDraft("x", "لافروف", null, true));
    Alert b = repo.replace(a.id(), new AlertDraft("y", "داعش", null, false)).orElseThrow();
    assertThat(b.id()).isEqualTo(a.id());
    assertThat(b.created()).isEqualTo(a.created());
    assertThat(b.query()).isEqualTo("داعش");
    assertThat(repo.replace("missing", new AlertDraft("y", "داعش", null, false))).isEmpty();
    assertThat(repo.delete(a.id())).isTrue();
    assertThat(repo.delete(a.id())).isFalse();
  }

  @Test
  void a_corrupt_file_is_reported_with_its_path() throws Exception {
    Files.writeString(data.resolve(AlertRepository.FILE_NAME), "{not json");
    assertThatThrownBy(() -> new AlertRepository(data, new QueryMatcher(), clock))
        .hasMessageStartingWith(data.resolve(AlertRepository.FILE_NAME) + ": not a valid alert file (invalid JSON at line 1 column ")
        .message().doesNotContain("Source:").doesNotContain("\n");
    Files.writeString(data.resolve(AlertRepository.FILE_NAME), "[{\"id\": \"a1\", \"name\": \"داعش\", \"query\": \"داعش\"}");
    assertThatThrownBy(() -> new AlertRepository(data, new QueryMatcher(), clock))
        .message().doesNotContain("Source:").doesNotContain("start marker");
  }

  @Test
  void a_stored_alert_of_stop_words_only_matches_nothing() throws Exception {
    // saved before session 14, when an alert looked for any word; search reads في/اليوم as stop words
    // and would list every article, so the loaded alert must fire on none (and a new one is refused)
    Files.writeString(data.resolve(AlertRepository.FILE_NAME), """
        [{"id": "a1", "name": "في", "query": "في", "enabled": true, "created": "2015-01-01T00:00:00Z"},
         {"id": "a2", "name": "اليوم", "query": "اليوم -داعش", "enabled": true, "created": "2015-01-01T00:00:00Z"},
         {"id": "a3", "name": "معرض", "query": "معرض", "enabled": true, "created": "2015-01-01T00:00:00Z"}]
        """);
    QueryMatcher matcher = new QueryMatcher();
    AlertRepository repo = new AlertRepository(data, matcher, clock);
    assertThat(repo.enabled()).hasSize(3);
    assertThat(matcher.matching(repo.enabled(), AlertArticles.riyadh())).as("في الرياض … معرض الكتاب")
        .extracting(Alert::id).containsExactly("a3");
    assertThatThrownBy(() -> repo.create(new AlertDraft("x", "في", null, true)))
        .hasMessageContaining("the query has nothing to look for");
  }
}
