package org.marsad.bench;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * What opening the entity registry costs (every {@code marsad entities}, {@code search} and
 * {@code quotes} CLI call does it): wall and thread CPU of the first {@link
 * EntityRegistry#open} in the JVM (what a CLI call pays), then median and max after warm-up opens.
 *
 * <p>With a third argument it also writes the opened registry to that file, to check that a change
 * to opening leaves the result alone ({@code cmp} the files of two builds): the file as {@link
 * EntityRegistry#save} writes it (every entity with aliases and spellings, sorted by id, then every
 * redirect), then per entity its merged ids and the entity each of its aliases resolves to, and the
 * entities a Latin query of its Latin name finds (every 25th entity: the Latin key index). The
 * registry is opened on a copy of the file in a temporary directory; DIR is only read.
 *
 * <p>Usage: {@code bench/run RegistryOpen DIR [ROUNDS] [DUMP_FILE]}
 */
public final class RegistryOpen {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 11;
    if (args.length > 2) dump(data, Path.of(args[2]));
    if (rounds <= 0) return;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    // The first open of the process, as a CLI call pays it (code not yet compiled): run the harness
    // several times for its median.
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    EntityRegistry.open(data, Transliterator.rulesOnly());
    System.out.printf("EntityRegistry.open, first in the JVM  %7.1f ms (thread CPU %7.1f ms)%n",
        (System.nanoTime() - t0) / 1e6, (threads.getCurrentThreadCpuTime() - c0) / 1e6);
    int n = EntityRegistry.open(data, Transliterator.rulesOnly()).all().size();
    EntityPages.report("EntityRegistry.open (" + n + " entities)", 5, rounds, () -> EntityRegistry.open(data, Transliterator.rulesOnly()));
  }

  private static void dump(Path data, Path out) throws Exception {
    Path tmp = Files.createTempDirectory("registry-open");
    Files.copy(data.resolve(EntityRegistry.FILE_NAME), tmp.resolve(EntityRegistry.FILE_NAME));
    if (Files.exists(data.resolve(EntityRegistry.COUNTED_FILE_NAME)))
      Files.copy(data.resolve(EntityRegistry.COUNTED_FILE_NAME), tmp.resolve(EntityRegistry.COUNTED_FILE_NAME));
    EntityRegistry r = EntityRegistry.open(tmp, Transliterator.rulesOnly());
    r.save();
    Files.copy(tmp.resolve(EntityRegistry.FILE_NAME), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND)) {
      int i = 0;
      for (EntityRecord e : r.all().stream().sorted(java.util.Comparator.comparing(EntityRecord::id)).toList()) {
        w.write(e.id() + " merged " + r.mergedIds(e.id()));
        w.newLine();
        for (String a : e.aliases()) {
          w.write("  " + a + " -> " + r.resolve(e.type(), a).map(EntityRecord::id).orElse("-"));
          w.newLine();
        }
        if (i++ % 25 == 0) {
          w.write("  latin " + e.latin() + " -> " + r.findByLatin(e.latin()).stream().map(EntityRecord::id).toList());
          w.newLine();
        }
      }
    }
    Files.delete(tmp.resolve(EntityRegistry.FILE_NAME));
    Files.deleteIfExists(tmp.resolve(EntityRegistry.COUNTED_FILE_NAME));
    Files.delete(tmp);
  }
}
