package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.listing.EntityRanking;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad entities}: the most mentioned people, organisations and places, with their
 * aliases and Latin names. Without dates the counts are mentions over the whole collection
 * (the entity registry); with {@code --from}/{@code --to} they are articles in that window
 * (the index's entity facets).
 */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = "List the most mentioned entities with counts and aliases (see docs/listing.md).")
final class EntitiesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Option(names = "--type", paramLabel = "PERS|ORG|LOC|MISC", description = "Only this type (default: PERS, ORG and LOC; MISC only when asked for)")
  String type;

  @Mixin DateWindowOption window;

  @Option(names = "--limit", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "Print {\"entities\": [{id, type, canonical, latin, count, aliases}]} as one JSON object")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String t = type == null ? null : type.toUpperCase(Locale.ROOT);
    OptionCheck.require(spec, t == null || List.of("PERS", "ORG", "LOC", "MISC").contains(t),
        "--type must be PERS, ORG, LOC or MISC, got " + type);
    OptionCheck.require(spec, t == null || !t.equals("MISC") || !window.isSet(),
        "--type MISC cannot be counted in a date window (MISC entities have no facet; leave out --from/--to)");
    OptionCheck.require(spec, limit >= 0, "--limit must be 0 or more, got " + limit);
    window.check(spec);
    Path dir = data.dir();
    if (!Files.exists(dir.resolve(EntityRegistry.FILE_NAME)) && !Files.exists(dir.resolve("index"))) {
      // a mistyped --data would otherwise list nothing, as an empty collection does
      throw new IllegalArgumentException("no entities or index in " + dir + " (run marsad ingest first)");
    }
    EntityRegistry registry = EntityRegistry.open(dir, Transliterator.rulesOnly());
    List<EntityRecord> rows;
    if (!window.isSet()) {
      rows = EntityRanking.ranked(registry, t, null);
    } else {
      try (ArticleStore store = backend.openForReading(data.dir())) {
        rows = EntityRanking.inWindow(store, registry, t, window.from, window.to);
      }
    }
    if (rows.size() > limit) rows = rows.subList(0, limit);
    print(EntityRanking.displayed(rows, registry), spec.commandLine().getOut());
    return MarsadCli.EXIT_OK;
  }

  private void print(List<EntityRecord> rows, PrintWriter out) {
    if (json) {
      ObjectNode root = ArticleJson.mapper().createObjectNode();
      if (window.from != null) root.put("from", window.from);
      if (window.to != null) root.put("to", window.to);
      ArrayNode list = root.putArray("entities");
      for (EntityRecord e : rows) {
        ObjectNode o = list.addObject();
        o.put("id", e.id()).put("type", e.type()).put("canonical", e.canonical()).put("latin", e.latin()).put("count", e.count());
        e.aliases().forEach(o.putArray("aliases")::add);
      }
      out.println(root);
    } else {
      // the two counts differ by kind (a name written 5 times in one article: 5 mentions, 1 article),
      // and the table's header alone did not say which one a row shows
      out.println(window.isSet()
          ? "count = articles " + (window.from == null ? "" : "from " + window.from + " ") + (window.to == null ? "" : "to " + window.to + " ")
              + "(the index's entity facets, near-duplicates left out)"
          : "count = mentions over the whole collection (the entity registry)");
      out.printf(Locale.ROOT, "%-7s %-5s %-30s %-28s %s%n", "count", "type", "name", "latin", "aliases");
      for (EntityRecord e : rows) {
        out.printf(Locale.ROOT, "%-7d %-5s %-30s %-28s %s%n", e.count(), e.type(), e.canonical(), e.latin(),
            String.join("، ", e.aliases().subList(0, Math.min(4, e.aliases().size()))));
      }
    }
    out.flush();
  }
}
