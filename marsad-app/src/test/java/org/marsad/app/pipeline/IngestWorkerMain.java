package org.marsad.app.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.store.ArticleStore;

/**
 * A real ingest process for {@link KillAndResumeTest}: ingests {@code n} synthetic articles into
 * {@code DATA} with the production pipeline and store, printing {@code committed N} after each
 * commit and {@code summary READ INGESTED DUPLICATES FAILED} at the end. Each analysis sleeps a
 * little so that the test can kill the process part-way.
 * Usage: {@code IngestWorkerMain DATA N COMMIT_EVERY SLEEP_MILLIS}
 */
public final class IngestWorkerMain {
  private IngestWorkerMain() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int n = Integer.parseInt(args[1]);
    int commitEvery = Integer.parseInt(args[2]);
    long sleep = Long.parseLong(args[3]);
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < 50; i++) paragraphs.add("فقرة تجريبية رقم " + i + " عن وقف الأعمال القتالية في سورية");
    DocumentAnalyzer interim = ProductAnalyzer.create();
    DocumentAnalyzer slow = doc -> {
      try {
        Thread.sleep(sleep);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return interim.analyze(doc);
    };
    try (ArticleStore store = ArticleStore.openEmbedded(data)) {
      IngestPipeline pipeline = new IngestPipeline(slow, store, new Quarantine(data.resolve("quarantine")),
          new IngestPipeline.Options(2, 8, commitEvery, 60_000))
          .onCommit(count -> {
            System.out.println("committed " + count);
            System.out.flush();
          });
      IngestSummary s = pipeline.run(DocumentSource.of(TestInputs.synthetic(n, paragraphs)));
      System.out.println("summary " + s.read() + " " + s.ingested() + " " + s.duplicates() + " " + s.failed());
    }
  }
}
