package org.marsad.bench;

import java.nio.file.Path;
import org.marsad.app.corpus.LatinNameExpansion;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * Prints the query {@code marsad search} sends for each Latin query (its text output shows the
 * query as typed): {@code bench/run LatinExpansionShow DATA_DIR QUERY...}.
 */
public final class LatinExpansionShow {
  private LatinExpansionShow() {}

  public static void main(String[] args) throws Exception {
    EntityRegistry registry = EntityRegistry.open(Path.of(args[0]), Transliterator.rulesOnly());
    for (int i = 1; i < args.length; i++) System.out.println(args[i] + "\t→\t" + LatinNameExpansion.expand(args[i], registry));
  }
}
