package org.marsad.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TestAlertEngine {
  @TempDir Path data;
  final Clock clock = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

  @Test
  void matching_enabled_alerts_produce_hits_in_the_log_and_every_listener_even_after_a_broken_one() throws Exception {
    AlertRepository repo = new AlertRepository(data, new QueryMatcher(), clock);
    Alert lavrov = repo.create(new AlertDraft("لافروف", "لافروف", null, true));
    repo.create(new AlertDraft("معطل", "لافروف", null, false));
    repo.create(new AlertDraft("معرض", "معرض الكتاب", null, true));
    HitLog log = new HitLog(data);
    List<AlertHit> heard = new ArrayList<>();
    AlertEngine engine = new AlertEngine(repo, new QueryMatcher(), clock)
        .addListener((a, h) -> { throw new IllegalStateException("broken listener"); })
        .addListener(log)
        .addListener((a, h) -> heard.add(h));

    List<AlertHit> hits = engine.onIngested(AlertArticles.moscow());

    assertThat(hits).singleElement().satisfies(h -> {
      assertThat(h.alertId()).isEqualTo(lavrov.id());
      assertThat(h.articleId()).isEqualTo("a1");
      assertThat(h.title()).isEqualTo("لافروف يؤكد استمرار الدعم");
      assertThat(h.matchedAt()).isEqualTo("2026-01-02T03:04:05Z");
    });
    assertThat(heard).isEqualTo(hits);
    List<String> lines = Files.readAllLines(log.file());
    assertThat(lines).hasSize(1);
    assertThat(new ObjectMapper().readValue(lines.get(0), AlertHit.class)).isEqualTo(hits.get(0));
    assertThat(log.recent(null, 10)).isEqualTo(hits);

    assertThat(engine.onIngested(AlertArticles.riyadh())).extracting(AlertHit::alertName).containsExactly("معرض");
    assertThat(log.recent(null, 10)).extracting(AlertHit::articleId).containsExactly("a2", "a1");
    Files.writeString(log.file(), "{\"alertId\":\"cut sh", java.nio.file.StandardOpenOption.APPEND); // a crash mid-write
    assertThat(log.recent(lavrov.id(), 10)).extracting(AlertHit::articleId).containsExactly("a1");
  }
}
