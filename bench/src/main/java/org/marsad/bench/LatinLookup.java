package org.marsad.bench;

import java.nio.file.Path;
import java.util.List;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * What a Latin query finds in a data directory's entity registry: the first three entities of
 * {@link EntityRegistry#findByLatin} (the first is what {@code marsad search} expands the word to).
 *
 * <p>Usage: {@code bench/run LatinLookup DATA_DIR WORD...}. Last line: the wall time of one lookup,
 * averaged over 100 rounds of all the words after 20 warm-up rounds ({@code marsad search}
 * makes one lookup per Latin word of a query).
 */
public final class LatinLookup {
  private LatinLookup() {}

  public static void main(String[] args) throws Exception {
    EntityRegistry registry = EntityRegistry.open(Path.of(args[0]), Transliterator.rulesOnly());
    for (int i = 1; i < args.length; i++) {
      List<EntityRecord> found = registry.findByLatin(args[i]);
      StringBuilder sb = new StringBuilder(args[i]).append('\t').append(found.size());
      for (EntityRecord e : found.subList(0, Math.min(3, found.size()))) {
        sb.append('\t').append(e.type()).append(' ').append(e.canonical()).append(" (").append(e.latin()).append(", ").append(e.count()).append(')');
      }
      System.out.println(sb);
    }
    int found = 0;
    for (int round = 0; round < 20; round++) for (int i = 1; i < args.length; i++) found += registry.findByLatin(args[i]).size();
    long start = System.nanoTime();
    for (int round = 0; round < 100; round++) for (int i = 1; i < args.length; i++) found += registry.findByLatin(args[i]).size();
    double ms = (System.nanoTime() - start) / 1e6 / (100.0 * (args.length - 1));
    System.out.printf("%d entities; %.3f ms per lookup (mean of 100 rounds; %d found)%n", registry.all().size(), ms, found);
  }
}
