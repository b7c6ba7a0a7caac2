package org.marsad.app.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.marsad.app.backend.Backend;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.log.ArticleLog;
import org.marsad.store.lucene.IndexSwap;
import org.marsad.store.log.LoggedArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad reindex}: rebuilds the index from the article log (DATA/log), e.g. after an
 * analyser upgrade or when the index is damaged.
 *
 * <ul>
 *   <li>Embedded: the new index is built beside the old one (DATA/reindex.tmp) and swapped in
 *       only when complete, so a crash leaves the old index (or none) in place, never a
 *       half-built one. The index's write lock is held from counting the old index to the swap,
 *       so an ingest or server writing to DATA meanwhile makes reindex fail ("in use"), never
 *       lose what it wrote.
 *   <li>SolrCloud ({@code --backend solr}): the last version of every logged article is sent to
 *       the collection, replacing the stored version of the same id in place (adds are keyed by
 *       the content id), so the collection is never empty while it runs. Nothing is deleted:
 *       articles other ingesters stored in a shared collection stay. For a clean rebuild (a
 *       changed schema), create a new collection and reindex into it (docs/solr.md).
 * </ul>
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the index (embedded, or a SolrCloud collection with --backend solr) from the article log (docs/ingest.md).")
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Spec CommandSpec spec;

  @Option(names = "--force",
      description = "Replace the embedded index even when the log gives fewer articles than it holds (damaged log records, a log cut short)")
  boolean force;

  @Override
  public Integer call() throws Exception {
    Path dir = data.dir();
    StoreOptions target = backend.options(dir); // usage errors (a Solr backend without --zk) before any work
    Path logDir = dir.resolve(LoggedArticleStore.LOG_DIR);
    if (!Files.isDirectory(logDir)) throw new IllegalArgumentException("no article log at " + logDir + " (nothing to rebuild from)");
    PrintWriter err = spec.commandLine().getErr();
    Map<String, String> latest = new LinkedHashMap<>();
    int[] damaged = {0};
    ArticleLog.scan(logDir, r -> latest.put(r.id(), r.json()), d -> {
      // A torn last record is what a crash mid-append leaves: never committed, not a loss.
      if (d.tornTail()) {
        err.println("marsad: note: " + d);
        return;
      }
      damaged[0]++;
      err.println("marsad: damaged log record skipped: " + d);
    });
    String where;
    if (target.backend() == Backend.SOLR) {
      long total = reindexSolr(target, latest);
      where = " into collection " + target.collection() + " (" + Counted.of(total, "article", "articles") + " in it now)";
    } else {
      refuseForeignFolder(dir);
      // held until the new index is in place: an ingest or server writing meanwhile would write into
      // the index the swap deletes; the old index is counted under it, so no ingest commits between
      try (Closeable writers = IndexSwap.lockForRebuild(dir)) {
        refuseToLoseArticles(dir, logDir, latest.size());
        reindexEmbedded(dir, latest);
      }
      where = "";
    }
    err.printf("marsad: reindexed %s from the log%s%s%n", Counted.of(latest.size(), "article", "articles"), where,
        damaged[0] > 0 ? " (" + Counted.of(damaged[0], "damaged record", "damaged records") + " skipped)" : "");
    err.flush();
    return damaged[0] > 0 ? MarsadCli.EXIT_BAD_INPUT : MarsadCli.EXIT_OK;
  }

  /** Sends every record to the collection (batched by the store), commits once; returns the collection's count. */
  private static long reindexSolr(StoreOptions target, Map<String, String> latest) throws IOException {
    try (ArticleStore solr = StoreFactory.openSolrWithoutLog(target)) { // the log already has these records
      for (String json : latest.values()) solr.add(ArticleJson.read(json));
      solr.commit();
      return solr.count();
    }
  }

  /**
   * The rebuilt index replaces DATA/index and the old one is deleted, so first DATA/index must be
   * a Lucene index (or absent), not someone's folder that happens to be called {@code index} in a
   * directory given by mistake (checked before the lock file is written into it).
   */
  private static void refuseForeignFolder(Path dir) throws IOException {
    Path index = dir.resolve("index");
    List<String> foreign = foreignFiles(index);
    if (!foreign.isEmpty()) {
      throw new IllegalArgumentException(index + " is not a Marsad index (it holds " + String.join(", ", foreign)
          + "); reindex would delete it: move it away, or give the right --data");
    }
  }

  /**
   * Unless {@code --force}, the log must give at least as many articles as the old index holds
   * (an empty or cut log would otherwise empty the index). A damaged index, which cannot be
   * counted, is rebuilt: that is what reindex is for. Called with the write lock held.
   */
  private void refuseToLoseArticles(Path dir, Path logDir, int logged) {
    long indexed = countIfReadable(dir);
    if (!force && indexed > logged) {
      throw new IllegalArgumentException("the article log " + logDir + " gives " + Counted.of(logged, "article", "articles")
          + " but the index holds " + indexed + "; reindex would drop the others, so nothing was changed (replace it anyway: --force)");
    }
  }

  /** Files of {@code index} that Lucene did not write (its files: segments_N, _N.*, write.lock); a few names, or none. */
  private static List<String> foreignFiles(Path index) throws IOException {
    if (!Files.isDirectory(index)) return List.of();
    try (Stream<Path> files = Files.list(index)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> !n.startsWith("_") && !n.startsWith("segments") && !n.startsWith("pending_segments") && !n.equals("write.lock"))
          .sorted().limit(3).toList();
    }
  }

  /** Articles in the current embedded index, or -1 when there is none or it cannot be opened (damaged). */
  private static long countIfReadable(Path dir) {
    try (ArticleStore old = ArticleStore.openEmbeddedReadOnly(dir)) {
      return old.count();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static void reindexEmbedded(Path dir, Map<String, String> latest) throws IOException {
    Path work = dir.resolve("reindex.tmp");
    IndexSwap.deleteTree(work);
    try (ArticleStore fresh = ArticleStore.openEmbedded(work)) { // the bare index: the log already has these records
      for (String json : latest.values()) fresh.add(ArticleJson.read(json));
      fresh.commit();
    }
    IndexSwap.swapIn(dir, work.resolve("index"));
    IndexSwap.deleteTree(work);
  }
}
