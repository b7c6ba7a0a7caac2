package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.marsad.app.http.service.AnalyzeAndStore;
import org.marsad.app.http.service.IngestService;
import org.marsad.nlp.article.RawDocument;

class TestAnalyzeAndStore {
  @Test
  void a_new_document_is_stored_after_the_corpus_steps_and_the_same_text_again_is_not_new() throws Exception {
    InMemoryArticleStore store = new InMemoryArticleStore();
    AtomicInteger steps = new AtomicInteger();
    AnalyzeAndStore ingest = new AnalyzeAndStore(ServerHarness::fakeAnalyze, a -> {
      steps.incrementAndGet();
      return a.withStoryId("story-moscow");
    }, store);

    IngestService.Ingested first = ingest.ingest(RawDocument.ofText(TestArticles.MOSCOW_TEXT, "post"));
    assertThat(first.created()).isTrue();
    assertThat(store.get(first.article().id())).hasValueSatisfying(a -> assertThat(a.storyId()).isEqualTo("story-moscow"));

    IngestService.Ingested again = ingest.ingest(RawDocument.ofText(TestArticles.MOSCOW_TEXT, "post again"));
    assertThat(again.created()).isFalse();
    assertThat(again.article().storyId()).isEqualTo("story-moscow"); // the stored record, not a fresh analysis
    assertThat(steps).hasValue(1);
    assertThat(store.count()).isEqualTo(1);
  }
}
