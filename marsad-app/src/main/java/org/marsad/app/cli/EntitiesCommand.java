package org.marsad.app.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
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
    description = "List the most mentioned entities with counts and aliases (see docs/entities.md).")
final class EntitiesCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Mixin BackendOption backend;

  @Option(names = "--type", paramLabel = "PERS|ORG|LOC", description = "Only this type")
  String type;

  @Option(names = "--from", paramLabel = "DATE", description = "Count articles published from this day (YYYY-MM-DD)")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Count articles published up to this day (YYYY-MM-DD)")
  String to;

  @Option(names = "--limit", defaultValue = "20", description = "How many (default: ${DEFAULT-VALUE})")
  int limit;

  @Option(names = "--json", description = "Print {\"entities\": [{id, type, canonical, latin, count, aliases}]} as one JSON object")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    String t = type == null ? null : type.toUpperCase(Locale.ROOT);
    if (t != null && !List.of("PERS", "ORG", "LOC").contains(t)) {
      throw new IllegalArgumentException("--type must be PERS, ORG or LOC, got " + type);
    }
    EntityRegistry registry = EntityRegistry.open(data.dir(), Transliterator.rulesOnly());
    List<EntityRecord> rows = from == null && to == null ? fromRegistry(registry, t) : inWindow(registry, t);
    print(rows, spec.commandLine().getOut());
    return MarsadCli.EXIT_OK;
  }

  private List<EntityRecord> fromRegistry(EntityRegistry registry, String t) {
    return registry.all().stream()
        .filter(e -> t == null || e.type().equals(t))
        .sorted((a, b) -> Long.compare(b.count(), a.count()))
        .limit(limit)
        .toList();
  }

  /** Counts of articles in the window, from the index's facets, joined to the registry for aliases. */
  private List<EntityRecord> inWindow(EntityRegistry registry, String t) throws Exception {
    StringBuilder q = new StringBuilder();
    if (from != null) q.append("from:").append(from).append(' ');
    if (to != null) q.append("to:").append(to);
    List<EntityRecord> out = new ArrayList<>();
    try (ArticleStore store = backend.openForReading(data.dir())) {
      SearchResult r = store.search(SearchRequest.of(q.toString().strip()).withPage(0, 0));
      for (String[] dim : new String[][] {{"person", "PERS"}, {"org", "ORG"}, {"place", "LOC"}}) {
        if (t != null && !t.equals(dim[1])) continue;
        for (FacetValue v : r.facets().getOrDefault(dim[0], List.of())) {
          EntityRecord known = registry.resolve(dim[1], v.value()).orElse(null);
          out.add(new EntityRecord(known != null ? known.id() : EntityRegistry.idFor(dim[1], v.value()), dim[1], v.value(),
              known != null ? known.latin() : registry.transliterator().transliterate(v.value()), v.count(),
              known != null ? known.aliases() : List.of(v.value())));
        }
      }
    }
    out.sort((a, b) -> Long.compare(b.count(), a.count()));
    return out.size() > limit ? out.subList(0, limit) : out;
  }

  private void print(List<EntityRecord> rows, PrintWriter out) {
    if (json) {
      ObjectNode root = ArticleJson.mapper().createObjectNode();
      if (from != null) root.put("from", from);
      if (to != null) root.put("to", to);
      ArrayNode list = root.putArray("entities");
      for (EntityRecord e : rows) {
        ObjectNode o = list.addObject();
        o.put("id", e.id()).put("type", e.type()).put("canonical", e.canonical()).put("latin", e.latin()).put("count", e.count());
        e.aliases().forEach(o.putArray("aliases")::add);
      }
      out.println(root);
    } else {
      out.printf(Locale.ROOT, "%-7s %-5s %-30s %-28s %s%n", "count", "type", "name", "latin", "aliases");
      for (EntityRecord e : rows) {
        out.printf(Locale.ROOT, "%-7d %-5s %-30s %-28s %s%n", e.count(), e.type(), e.canonical(), e.latin(),
            String.join("، ", e.aliases().subList(0, Math.min(4, e.aliases().size()))));
      }
    }
    out.flush();
  }
}
