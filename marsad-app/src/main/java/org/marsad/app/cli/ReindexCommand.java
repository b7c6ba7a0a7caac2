package org.marsad.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.log.ArticleLog;
import org.marsad.store.lucene.IndexSwap;
import org.marsad.store.log.LoggedArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code marsad reindex}: rebuilds the embedded index from the article log (DATA/log), e.g.
 * after an analyser upgrade or when the index is damaged. The new index is built beside the old
 * one (DATA/index.rebuild) and swapped in only when complete, so a crash leaves the old index
 * (or none) in place, never a half-built one; run it when no other process writes to DATA.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the embedded index from the article log (docs/ingest.md).")
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path dir = data.dir();
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
    Path work = dir.resolve("reindex.tmp");
    IndexSwap.deleteTree(work);
    try (ArticleStore fresh = ArticleStore.openEmbedded(work)) { // the bare index: the log already has these records
      for (String json : latest.values()) fresh.add(ArticleJson.read(json));
      fresh.commit();
    }
    IndexSwap.swapIn(dir, work.resolve("index"));
    IndexSwap.deleteTree(work);
    err.printf("marsad: reindexed %d articles from the log%s%n", latest.size(),
        damaged[0] > 0 ? " (" + damaged[0] + " damaged records skipped)" : "");
    err.flush();
    return damaged[0] > 0 ? MarsadCli.EXIT_BAD_INPUT : MarsadCli.EXIT_OK;
  }
}
