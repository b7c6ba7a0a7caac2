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
 * <p>Usage: {@code bench/run LatinLookup DATA_DIR WORD...}
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
  }
}
