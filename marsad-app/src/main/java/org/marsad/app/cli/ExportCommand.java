package org.marsad.app.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.store.log.ArticleLog;
import org.marsad.store.log.LoggedArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad export}: every accepted article, as JSON Lines (one record per line, the last
 * version of each id), read from the article log (DATA/log), not from the index. Damaged log
 * records are reported with their position on stderr and skipped; the intact ones around them
 * are exported.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write every accepted article as JSON Lines from the article log (see docs/ingest.md and docs/record.md).")
final class ExportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of standard output")
  Path out;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path logDir = data.dir().resolve(LoggedArticleStore.LOG_DIR);
    if (!Files.isDirectory(logDir)) throw new IllegalArgumentException("no article log at " + logDir + " (run marsad ingest first)");
    Map<String, String> latest = new LinkedHashMap<>();
    PrintWriter err = spec.commandLine().getErr();
    int[] damaged = {0};
    ArticleLog.scan(logDir, r -> {
      latest.remove(r.id()); // a later version moves to the end: export order is log order
      latest.put(r.id(), r.json());
    }, d -> {
      if (d.tornTail()) { // what a crash mid-append leaves: never committed, not a loss
        err.println("marsad: note: " + d);
        return;
      }
      damaged[0]++;
      err.println("marsad: damaged log record skipped: " + d);
    });
    try (Writer w = out == null ? new NonClosing(spec.commandLine().getOut())
        : new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8))) {
      for (String json : latest.values()) {
        w.write(json);
        w.write('\n');
      }
    }
    err.printf("marsad: exported %s%s%n", Counted.of(latest.size(), "article", "articles"),
        damaged[0] > 0 ? " (" + Counted.of(damaged[0], "damaged record", "damaged records") + " skipped)" : "");
    err.flush();
    return damaged[0] > 0 ? MarsadCli.EXIT_BAD_INPUT : MarsadCli.EXIT_OK;
  }

  /** Standard output stays open after the export. */
  private static final class NonClosing extends java.io.FilterWriter {
    NonClosing(PrintWriter out) {
      super(out);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
