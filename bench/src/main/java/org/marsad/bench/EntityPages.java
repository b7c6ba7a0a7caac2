package org.marsad.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Arrays;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.app.cli.MarsadCli;
import org.marsad.app.http.service.PageRequest;
import org.marsad.app.listing.CollectionEntities;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.ArticleStore;
import picocli.CommandLine;

/**
 * What the entity listings cost on a real data directory, registry and index already open where
 * the service keeps them open: median and max wall time of the API's first page
 * ({@code GET /api/entities}, 20 entities, as the web UI asks; without HTTP) and of
 * {@code marsad entities --json} run in-process (which opens the registry itself, as each CLI
 * call does), default, {@code --type PERS} and with a date window.
 *
 * <p>Usage: {@code bench/run EntityPages DATA [ROUNDS] [FROM TO]}
 */
public final class EntityPages {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    String from = args.length > 3 ? args[2] : "2015-07-22";
    String to = args.length > 3 ? args[3] : "2015-07-23";
    EntityRegistry registry = EntityRegistry.open(data, Transliterator.rulesOnly());
    try (ArticleStore store = StoreFactory.openForReading(StoreOptions.embedded(data))) {
      CollectionEntities entities = new CollectionEntities(registry, store);
      report("API entities page 1 (20)", rounds, () -> entities.list(null, null, new PageRequest(1, 20)));
      report("API entities page 3 (20), type PERS", rounds, () -> entities.list(null, "PERS", new PageRequest(3, 20)));
      report("API entities prefix سعو", rounds, () -> entities.list("سعو", null, new PageRequest(1, 20)));
    }
    String d = data.toString();
    report("CLI entities --json", rounds, () -> cli("entities", "--data", d, "--json"));
    report("CLI entities --type PERS --limit 50", rounds, () -> cli("entities", "--data", d, "--json", "--type", "PERS", "--limit", "50"));
    report("CLI entities --from --to", rounds, () -> cli("entities", "--data", d, "--json", "--from", from, "--to", to));
  }

  private static Object cli(String... args) {
    CommandLine cl = MarsadCli.commandLine();
    StringWriter out = new StringWriter();
    cl.setOut(new PrintWriter(out));
    int code = cl.execute(args);
    if (code != 0) throw new IllegalStateException("exit " + code + " for " + String.join(" ", args));
    return out;
  }

  interface Step { Object run() throws Exception; }

  static void report(String what, int rounds, Step step) throws Exception {
    report(what, 3, rounds, step);
  }

  /** Median and max wall and thread CPU time of {@code rounds} runs after {@code warmup} runs. */
  static void report(String what, int warmup, int rounds, Step step) throws Exception {
    for (int i = 0; i < warmup; i++) step.run();
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    double[] ms = new double[rounds];
    double[] cpu = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long c = threads.getCurrentThreadCpuTime();
      long t = System.nanoTime();
      step.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - c) / 1e6;
    }
    Arrays.sort(ms);
    Arrays.sort(cpu);
    // thread CPU as well as wall time: on the shared machine the wall time is mostly the wait for a core
    System.out.printf("%-40s median %7.1f ms (thread CPU %7.1f ms)  max %7.1f ms  (%d rounds)%n",
        what, ms[rounds / 2], cpu[rounds / 2], ms[rounds - 1], rounds);
  }
}
