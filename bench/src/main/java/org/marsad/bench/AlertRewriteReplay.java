package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.marsad.app.corpus.QueryExpansion;
import org.marsad.bench.RegistryRegisterCost.Registration;
import org.marsad.bench.RegistryRegisterCost.StoredArticle;
import org.marsad.nlp.article.ArticleJson;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * Whether a kept alert rewrite is the rewrite made afresh: replays the names of DATA's stored articles
 * ({@code index}) into an empty registry in OUT, as ingest registers them, and after EVERY registration,
 * for each alert query, keeps its rewrite while {@link QueryExpansion.Rewrite#current} says so (as {@code
 * QueryMatcher} does) and compares the kept text with {@link QueryExpansion#apply} run now. Half way the
 * registry is saved and opened again (what a restart of ingest does). Prints the checks, the mismatches
 * (each one's query, registration and both texts, the first 20) and how often each query was rewritten.
 *
 * <p>A query's text seldom changes when it is rewritten (a name filter widens only to the names its entity
 * gained), so the same replay also checks the lookups under the rewrites (review of lane entities24, F3): every
 * NAME_EVERY registrations, for NAMES (type, name) pairs drawn from the replayed names (each name and alias, a
 * person's first and last word, a one-word body or place with and without ال; seeded), a recorded {@link
 * EntityRegistry#resolve} is kept while {@link EntityRegistry#unchanged} and compared with a fresh one (STALE).
 *
 * <p>Alerts: the name filters of the most mentioned persons, bodies and places of DATA's registry
 * ({@code entities.jsonl}, as typed by an analyst: {@code person:"…"}), the Latin names of {@code
 * alert-latin-names.txt}, and the names earlier sessions' fixes were about (short forms read as their
 * chain, siblings, foreign spellings, one-word widenings, lone surnames).
 *
 * <p>Usage: {@code bench/run AlertRewriteReplay DATA_DIR OUT_DIR [TOP=15] [ARTICLES=all] [NAMES=1500]
 * [NAME_EVERY=30]} (the first ARTICLES stored articles only; NAMES 0: no lookups compared; a line of counts every
 * 500 articles)
 */
public final class AlertRewriteReplay {
  private AlertRewriteReplay() {}

  private static final List<String> NAMED = List.of(
      "person:\"عادل بن أحمد الجبير\"", "person:\"عادل الجبير\"", "person:\"سيب جوزيف بلاتر\"", "person:\"جوزيف بلاتر\"",
      "person:\"ميشيل بلاتيني\"", "person:\"ميشال بلاتيني\"", "person:\"سيرغي لافروف\"", "person:لافروف", "person:صالح",
      "person:\"علي عبدالله صالح\"", "person:\"سلمان بن عبدالعزيز\"", "person:\"محمد بن سلمان\"", "person:\"نوري المالكي\"",
      "place:\"الإمارات العربية المتحدة\"", "place:\"المملكة العربية السعودية\"", "org:\"الاتحاد الدولي لكرة القدم\"",
      "org:اتحاد", "place:\"مكة المكرمة\"", "speaker:\"عادل الجبير\"", "person:\"جورج بوش\"", "person:\"جورج دبليو بوش\"",
      "-person:\"بشار الأسد\" سوريا", "person:\"باراك أوباما\" OR person:\"جون كيري\"");

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    int limit = args.length > 3 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE;
    int nameCount = args.length > 4 ? Integer.parseInt(args[4]) : 1500;
    int nameEvery = args.length > 5 ? Integer.parseInt(args[5]) : 30;
    List<String> queries = new ArrayList<>(NAMED);
    queries.addAll(frequent(data.resolve(EntityRegistry.FILE_NAME), top));
    try (var in = AlertRewriteReplay.class.getResourceAsStream("alert-latin-names.txt")) {
      new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(queries::add);
    }
    List<StoredArticle> stored = RegistryRegisterCost.readArticles(data.resolve("index"));
    List<StoredArticle> articles = stored.subList(0, Math.min(limit, stored.size()));
    List<String[]> names = lookedUp(articles, nameCount);
    System.out.printf(Locale.ROOT, "%s  %d articles, %d alert queries, %d names every %d registrations; load %s%n", Instant.now(),
        articles.size(), queries.size(), names.size(), nameEvery, Files.readString(Path.of("/proc/loadavg")).strip());
    Files.createDirectories(out);
    EntityRegistry registry = EntityRegistry.open(out, Transliterator.rulesOnly());
    Map<String, QueryExpansion.Rewrite> kept = new LinkedHashMap<>();
    Map<String, Long> rewrites = new LinkedHashMap<>();
    Map<String, EntityRegistry.Recorded<Optional<EntityRecord>>> keptNames = new LinkedHashMap<>();
    long namesCompared = 0, stale = 0, namesLookedUpAgain = 0, namesChanged = 0, textChanged = 0;
    long registrations = 0, checks = 0, keptCurrent = 0, mismatches = 0;
    int n = 0;
    for (StoredArticle article : articles) {
      if (++n == articles.size() / 2) { // a restart: what is kept was read from the registry before it
        registry.save();
        registry = EntityRegistry.open(out, Transliterator.rulesOnly());
        kept.clear();
        keptNames.clear();
      }
      if (n % 500 == 0) {
        System.out.printf(Locale.ROOT, "%s  article %d registrations %d kept-and-compared %d rewritten %d (text changed %d) mismatches %d"
            + " | names compared %d looked up again %d (answer changed %d) stale %d%n", Instant.now(), n, registrations, keptCurrent,
            checks - keptCurrent, textChanged, mismatches, namesCompared, namesLookedUpAgain, namesChanged, stale);
      }
      for (Registration g : article.registrations()) {
        registry.register(g.type(), g.canonical(), g.aliases(), g.mentions(), g.roles());
        registrations++;
        QueryExpansion expansion = QueryExpansion.of(registry);
        for (String q : queries) {
          QueryExpansion.Rewrite k = kept.get(q);
          checks++;
          if (k != null && k.current()) {
            keptCurrent++;
            String fresh = expansion.apply(q);
            if (!fresh.equals(k.text())) {
              if (++mismatches <= 20) {
                System.out.printf(Locale.ROOT, "MISMATCH article %d (%s) registration %s %s: %s%n  kept  %s%n  fresh %s%n", n, article.id(),
                    g.type(), g.canonical(), q, k.text(), fresh);
              }
              kept.put(q, expansion.recorded(q));
            }
          } else {
            QueryExpansion.Rewrite now = expansion.recorded(q);
            if (k != null && !now.text().equals(k.text())) textChanged++;
            kept.put(q, now);
            rewrites.merge(q, 1L, Long::sum);
          }
        }
        if (names.isEmpty() || registrations % nameEvery != 0) continue;
        final EntityRegistry r = registry;
        for (String[] name : names) {
          String key = name[0] + "|" + name[1];
          var k = keptNames.get(key);
          Optional<EntityRecord> fresh = r.resolve(name[0], name[1]);
          if (k != null && r.unchanged(k.reads())) {
            namesCompared++;
            if (k.value().equals(fresh)) continue;
            if (++stale <= 20) {
              System.out.printf(Locale.ROOT, "STALE article %d (%s) registration %d %s %s: %s %s%n  kept  %s%n  fresh %s%n", n, article.id(),
                  registrations, g.type(), g.canonical(), name[0], name[1], k.value(), fresh);
            }
          } else if (k != null) {
            namesLookedUpAgain++;
            if (!k.value().equals(fresh)) namesChanged++;
          }
          keptNames.put(key, r.recording(() -> r.resolve(name[0], name[1])));
        }
      }
    }
    System.out.printf(Locale.ROOT, "%s  articles %d registrations %d checks %d kept-and-compared %d rewritten %d (text changed %d) MISMATCHES %d"
        + " | names compared %d looked up again %d (answer changed %d) STALE %d%n", Instant.now(), n, registrations, checks, keptCurrent,
        checks - keptCurrent, textChanged, mismatches, namesCompared, namesLookedUpAgain, namesChanged, stale);
    rewrites.forEach((q, c) -> System.out.printf(Locale.ROOT, "  rewritten %7d  %s%n", c, q));
  }

  /** Up to {@code max} (type, name) pairs of the replayed names, drawn with a fixed seed. */
  private static List<String[]> lookedUp(List<StoredArticle> articles, int max) {
    Set<String> pool = new LinkedHashSet<>();
    for (StoredArticle article : articles) {
      for (Registration g : article.registrations()) {
        List<String> written = new ArrayList<>(g.aliases());
        written.add(g.canonical());
        for (String name : written) {
          if (name.isBlank()) continue;
          pool.add(g.type() + "\t" + name);
          String[] w = name.strip().split("\\s+");
          if (g.type().equals("PERS") && w.length > 1) {
            pool.add("PERS\t" + w[0]);
            pool.add("PERS\t" + w[w.length - 1]);
          }
          if (!g.type().equals("PERS") && w.length == 1) pool.add(g.type() + "\t" + (name.startsWith("ال") ? name.substring(2) : "ال" + name));
        }
      }
    }
    List<String> all = new ArrayList<>(pool);
    Collections.shuffle(all, new Random(24));
    List<String[]> out = new ArrayList<>();
    for (String tn : all.subList(0, Math.min(max, all.size()))) out.add(tn.split("\t", 2));
    return out;
  }

  /** Name filters of the most mentioned entities of each type, as typed: {@code person:"canonical"}. */
  private static List<String> frequent(Path entities, int top) throws Exception {
    Map<String, List<JsonNode>> byType = new LinkedHashMap<>();
    for (String line : Files.readAllLines(entities, StandardCharsets.UTF_8)) {
      JsonNode e = ArticleJson.mapper().readTree(line);
      if (e.has("type")) byType.computeIfAbsent(e.path("type").asText(), t -> new ArrayList<>()).add(e);
    }
    List<String> out = new ArrayList<>();
    Map<String, String> fields = Map.of("PERS", "person", "ORG", "org", "LOC", "place");
    fields.forEach((type, field) -> byType.getOrDefault(type, List.of()).stream()
        .sorted(Comparator.comparingLong((JsonNode e) -> -e.path("count").asLong())).limit(top)
        .forEach(e -> out.add(field + ":\"" + e.path("canonical").asText() + "\"")));
    return out;
  }
}
