package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestOutageNotice {
  @Test
  void an_outage_is_news_once_and_its_end_once() {
    OutageNotice notice = new OutageNotice();
    assertThat(notice.succeeded()).as("no outage yet").isFalse();
    assertThat(notice.failed()).as("the first failure starts it").isTrue();
    assertThat(notice.failed()).as("each refresh while down").isFalse();
    assertThat(notice.failed()).isFalse();
    assertThat(notice.succeeded()).as("the first success ends it").isTrue();
    assertThat(notice.succeeded()).isFalse();
    assertThat(notice.failed()).as("a second outage is news again").isTrue();
  }

  @Test
  void status_pages_refreshing_together_log_one_warning() throws Exception {
    OutageNotice notice = new OutageNotice();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> refreshes = new ArrayList<>();
      for (int i = 0; i < 200; i++) refreshes.add(pool.submit(notice::failed));
      int news = 0;
      for (Future<Boolean> f : refreshes) if (f.get(10, TimeUnit.SECONDS)) news++;
      assertThat(news).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
