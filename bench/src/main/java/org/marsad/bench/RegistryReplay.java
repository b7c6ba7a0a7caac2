package org.marsad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.marsad.bench.RegistryRegisterCost.Registration;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * Does the corpus-wide registry give the same persons whatever order the articles arrive in? Replays
 * the registrations of an ingested data dir (rebuilt from the stored article JSON as {@link
 * RegistryRegisterCost} does; DIR is only read) into fresh in-memory registries in forward order,
 * reversed, and two seeded shuffles, and compares their person groups (canonical id → alias keys).
 *
 * <p>Prints, per order against forward: the person groups that differ (an id only in one, or the
 * same id with other aliases), with examples. Prints, per order, the groups that join two persons by
 * a measurable test: two aliases of two words or more (chain particles left out) whose last words
 * (family names) differ and neither of which is the other's prefix ({@code عبد ربه منصور هادي} /
 * {@code منصور هادي} share a family name; {@code محمد بن سلمان} / {@code محمد بن سلمان بن عبدالعزيز}
 * are a prefix), and, as a weaker signal, groups whose multi-word aliases start with two different
 * given names (a son named with his father's name: {@code أسامة محمد مرسي} / {@code محمد مرسي}; also
 * true of a dropped first name, {@code عبد ربه منصور هادي} / {@code منصور هادي}).
 *
 * <p>Also prints every short form read as a chain or three-word name in forward order ({@link
 * EntityRegistry#shortFormJoinNames}, lines {@code join}), and per other order the joins that differ
 * from forward (lines {@code +join} only in that order, {@code -join} only in forward; names as match keys): a
 * join rests on article counts that depend on the order.
 *
 * <p>Usage: {@code bench/run RegistryReplay DATA_DIR [EXAMPLES]}
 */
public final class RegistryReplay {
  private static final Set<String> PARTICLES = Set.of("بن", "بنت", "ابن", "ال", "آل", "ابو", "أبو", "ام", "أم");

  private RegistryReplay() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int examples = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    List<List<Registration>> articles = RegistryRegisterCost.read(data.resolve("index"));
    long regs = articles.stream().mapToLong(List::size).sum();
    System.out.printf("%d articles, %d registrations%n", articles.size(), regs);
    Map<String, List<List<Registration>>> orders = new java.util.LinkedHashMap<>();
    orders.put("forward", articles);
    List<List<Registration>> reversed = new ArrayList<>(articles);
    Collections.reverse(reversed);
    orders.put("reversed", reversed);
    for (long seed : new long[] {1, 2}) {
      List<List<Registration>> shuffled = new ArrayList<>(articles);
      Collections.shuffle(shuffled, new Random(seed));
      orders.put("shuffle" + seed, shuffled);
    }
    Map<String, Map<String, Set<String>>> groups = new java.util.LinkedHashMap<>();
    Map<String, Set<String>> shortFormJoins = new java.util.LinkedHashMap<>();
    for (var o : orders.entrySet()) {
      EntityRegistry registry = replay(o.getValue());
      groups.put(o.getKey(), persons(registry));
      Set<String> joins = new TreeSet<>();
      // by key: the canonical spelling of one entity may differ by order (فارس الشّفق / فارس الشفق)
      registry.shortFormJoinNames().forEach((s, t) -> joins.add(EntityRegistry.key(s) + " -> " + EntityRegistry.key(t)));
      shortFormJoins.put(o.getKey(), joins);
    }
    Map<String, Set<String>> forward = groups.get("forward");
    for (var g : groups.entrySet()) {
      List<String> joins = new ArrayList<>(), givenJoins = new ArrayList<>();
      for (var p : g.getValue().entrySet()) {
        String pair = familyConflict(p.getValue());
        if (pair != null) joins.add(p.getKey() + ": " + pair);
        String given = givenConflict(p.getValue());
        if (given != null) givenJoins.add(p.getKey() + ": " + given);
      }
      List<String> differ = g.getKey().equals("forward") ? List.of() : differences(forward, g.getValue());
      List<String> groupsDiffer = g.getKey().equals("forward") ? List.of() : groupDifferences(forward, g.getValue());
      System.out.printf("%-9s persons %6d  differ from forward: by id %5d, by alias set %5d  joins (family names) %4d  joins (given names) %4d%n",
          g.getKey(), g.getValue().size(), differ.size(), groupsDiffer.size(), joins.size(), givenJoins.size());
      groupsDiffer.stream().limit(examples).forEach(s -> System.out.println("    group    " + s));
      differ.stream().limit(examples).forEach(s -> System.out.println("    differs  " + s));
      joins.stream().limit(examples).forEach(s -> System.out.println("    joins    " + s));
      givenJoins.stream().limit(examples).forEach(s -> System.out.println("    given    " + s));
      Set<String> own = shortFormJoins.get(g.getKey()), fwd = shortFormJoins.get("forward");
      if (g.getKey().equals("forward")) {
        System.out.printf("    short forms read as another person: %d%n", own.size());
        own.forEach(s -> System.out.println("    join     " + s));
        continue;
      }
      List<String> onlyHere = own.stream().filter(s -> !fwd.contains(s)).toList(), onlyForward = fwd.stream().filter(s -> !own.contains(s)).toList();
      System.out.printf("    short forms read as another person: %d, differ from forward: %d (+%d / -%d)%n", own.size(),
          onlyHere.size() + onlyForward.size(), onlyHere.size(), onlyForward.size());
      onlyHere.forEach(s -> System.out.println("    +join    " + s));
      onlyForward.forEach(s -> System.out.println("    -join    " + s));
    }
  }

  /** Replays the articles in this order into a fresh registry. */
  static EntityRegistry replay(List<List<Registration>> articles) {
    EntityRegistry registry = EntityRegistry.inMemory(Transliterator.rulesOnly());
    for (List<Registration> article : articles) {
      for (Registration g : article) registry.register(g.type(), g.canonical(), g.aliases(), g.mentions(), g.roles());
    }
    return registry;
  }

  /** The registry's persons, id → sorted alias keys. */
  static Map<String, Set<String>> persons(EntityRegistry registry) {
    Map<String, Set<String>> out = new TreeMap<>();
    for (EntityRecord e : registry.all()) {
      if (!e.type().equals("PERS")) continue;
      Set<String> aliases = new TreeSet<>(e.aliases());
      aliases.add(EntityRegistry.key(e.canonical()));
      out.put(e.id(), aliases);
    }
    return out;
  }

  /** The ids whose groups are not the same in both, with the two alias sets. */
  static List<String> differences(Map<String, Set<String>> a, Map<String, Set<String>> b) {
    Set<String> ids = new TreeSet<>(a.keySet());
    ids.addAll(b.keySet());
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      Set<String> x = a.get(id), y = b.get(id);
      if (x == null || !x.equals(y)) out.add(id + " " + (x == null ? "-" : x) + " | " + (y == null ? "-" : y));
    }
    return out;
  }

  /**
   * The alias sets found in only one of the two (an id is the hash of the name a person was first
   * registered under, so the same group can have another id in another order: counted apart).
   */
  static List<String> groupDifferences(Map<String, Set<String>> a, Map<String, Set<String>> b) {
    Map<Set<String>, Integer> count = new java.util.HashMap<>();
    a.values().forEach(s -> count.merge(s, 1, Integer::sum));
    b.values().forEach(s -> count.merge(s, -1, Integer::sum));
    List<String> out = new ArrayList<>();
    count.forEach((s, n) -> {
      if (n != 0) out.add((n > 0 ? "forward only " : "other only ") + s);
    });
    Collections.sort(out);
    return out;
  }

  /** Two multi-word aliases with different family names, neither the other's prefix; null if none. */
  static String familyConflict(Set<String> aliases) {
    List<List<String>> names = multiWord(aliases);
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        List<String> a = names.get(i), b = names.get(j);
        if (a.get(a.size() - 1).equals(b.get(b.size() - 1))) continue;
        if (a.contains("بن") != b.contains("بن")) continue; // a chain and its family-name form (سعود بن فيصل / سعود الفيصل): joined by design
        if (prefix(a, b) || prefix(b, a)) continue;
        return String.join(" ", a) + " / " + String.join(" ", b);
      }
    }
    return null;
  }

  /** Two multi-word aliases starting with different given names; null if none. */
  static String givenConflict(Set<String> aliases) {
    List<List<String>> names = multiWord(aliases);
    for (int i = 0; i < names.size(); i++) {
      for (int j = i + 1; j < names.size(); j++) {
        List<String> a = names.get(i), b = names.get(j);
        if (a.contains("بن") != b.contains("بن")) continue;
        if (!a.get(0).equals(b.get(0))) return String.join(" ", a) + " / " + String.join(" ", b);
      }
    }
    return null;
  }

  private static List<List<String>> multiWord(Set<String> aliases) {
    List<List<String>> out = new ArrayList<>();
    for (String a : aliases) {
      List<String> words = new ArrayList<>();
      for (String w : a.strip().split("\\s+")) {
        if (w.isEmpty() || PARTICLES.contains(w) && !w.equals("بن")) continue;
        words.add(w.startsWith("ال") && w.length() > 4 ? w.substring(2) : w); // فيصل / الفيصل: one family name
      }
      while (!words.isEmpty() && words.get(0).equals("بن")) words.remove(0); // بن تركي: a surname, no given name
      if (words.size() >= 2) out.add(words);
    }
    return out;
  }

  private static boolean prefix(List<String> shorter, List<String> longer) {
    shorter = shorter.stream().filter(w -> !w.equals("بن")).toList();
    longer = longer.stream().filter(w -> !w.equals("بن")).toList();
    return shorter.size() <= longer.size() && longer.subList(0, shorter.size()).equals(shorter);
  }
}
