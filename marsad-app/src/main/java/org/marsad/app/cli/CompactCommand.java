package org.marsad.app.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad compact}: merges the embedded index into fewer segments after a bulk ingest or a
 * reindex. A search looks up every reading of every query word in each segment, so at a few
 * hundred thousand articles the ingest's default merging (tens of segments) costs several times
 * the CPU per query of one segment (bench/RESULTS.md, "Query latency at scale").
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
    description = "Merge the embedded index into fewer segments: faster searches, same results (see docs/search.md).")
final class CompactCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--max-segments", paramLabel = "N", defaultValue = "1",
      description = "Merge down to at most N segments (default ${DEFAULT-VALUE})")
  int maxSegments;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, maxSegments >= 1, "--max-segments must be at least 1, not " + maxSegments);
    // Open it as search does first: a data directory without an index (an index/ folder that is not
    // one included) is refused as "no index", a damaged one as damaged, instead of a new empty index
    // being written there.
    try (ArticleStore existing = ArticleStore.openEmbeddedReadOnly(data.dir())) {
      existing.count();
    }
    long t0 = System.nanoTime();
    ArticleStore.Compaction c = ArticleStore.compactEmbedded(data.dir(), maxSegments);
    spec.commandLine().getErr().printf(Locale.ROOT, "marsad: index compacted from %d to %s in %.1f s%n",
        c.segmentsBefore(), Counted.of(c.segmentsAfter(), "segment", "segments"), (System.nanoTime() - t0) / 1e9);
    return MarsadCli.EXIT_OK;
  }
}
