package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.bench.RegistryRegisterCost.Registration;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * Rebuilds a data dir's entity registry with this code from the article JSON it stores: the
 * registrations of every article (each article's mentions grouped as the enricher groups them, {@link
 * RegistryRegisterCost#read}; DATA_DIR is only read) are replayed in index order into an empty registry
 * saved in OUT_DIR/entities.jsonl, which {@code marsad entities --data OUT_DIR} lists. For measuring a
 * change to the registry alone (not to the tagger or the enricher's mentions) without a fresh ingest.
 *
 * <p>Not the registry a fresh ingest gives: the index order is about the ingest's, not exactly, and the
 * registry's merges depend on the order. Compare a rebuild with a rebuild of the same data with the
 * code before the change (put the older marsad-nlp jar first on the class path), never with the data
 * dir's own registry.
 *
 * <p>Usage: {@code bench/run RegistryRebuild DATA_DIR OUT_DIR}
 */
public final class RegistryRebuild {
  private RegistryRebuild() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]), out = Path.of(args[1]);
    Files.createDirectories(out);
    if (Files.exists(out.resolve(EntityRegistry.FILE_NAME))) throw new IllegalArgumentException(out + " already holds a registry");
    List<List<Registration>> articles = RegistryRegisterCost.read(data.resolve("index"));
    EntityRegistry registry = EntityRegistry.open(out, Transliterator.rulesOnly());
    long regs = 0;
    for (List<Registration> article : articles) {
      for (Registration g : article) registry.register(g.type(), g.canonical(), g.aliases(), g.mentions(), g.roles());
      regs += article.size();
    }
    registry.save();
    System.out.printf("%d articles, %d registrations: %s%n", articles.size(), regs, out.resolve(EntityRegistry.FILE_NAME));
  }
}
