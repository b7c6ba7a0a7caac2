package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.bench.RegistryRegisterCost.Registration;
import org.marsad.bench.RegistryRegisterCost.StoredArticle;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * Rebuilds a data dir's entity registry with this code from the article JSON it stores: the
 * registrations of every article (each article's mentions grouped as the enricher groups them, {@link
 * RegistryRegisterCost#read}; DATA_DIR is only read) are replayed in index order into an empty registry
 * saved in OUT_DIR/entities.jsonl, which {@code marsad entities --data OUT_DIR} lists. Each article is
 * counted by its content id, as an ingest counts it, so the registry lists the articles it counted
 * (OUT_DIR/entities.counted) and an ingest into a data dir holding it does not count them again. For measuring a
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
    Path out = Path.of(args[1]);
    List<StoredArticle> articles = rebuild(Path.of(args[0]), out);
    long regs = articles.stream().mapToLong(a -> a.registrations().size()).sum();
    System.out.printf("%d articles, %d registrations: %s%n", articles.size(), regs, out.resolve(EntityRegistry.FILE_NAME));
  }

  /** Rebuilds the registry of DATA_DIR into OUT_DIR; the articles replayed. */
  static List<StoredArticle> rebuild(Path data, Path out) throws Exception {
    Files.createDirectories(out);
    if (Files.exists(out.resolve(EntityRegistry.FILE_NAME))) throw new IllegalArgumentException(out + " already holds a registry");
    List<StoredArticle> articles = RegistryRegisterCost.readArticles(data.resolve("index"));
    EntityRegistry registry = EntityRegistry.open(out, Transliterator.rulesOnly());
    for (StoredArticle article : articles) {
      registry.learnOnce(article.id(), () -> {
        for (Registration g : article.registrations()) registry.register(g.type(), g.canonical(), g.aliases(), g.mentions(), g.roles());
        return null;
      }, () -> null);
    }
    registry.save();
    return articles;
  }
}
