package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * Scores a {@code marsad entities --json} listing against hand judgments
 * ({@code bench/audit/entity-judgments.tsv}, format in its header): for the first N entities,
 * how many are junk, badly named, generic, of the wrong type, gentilic adjectives; how many hold
 * a wrong merge (aliases judged as two referents; also counted among aliases of two words or
 * more only, since a one-word surname alias is often ambiguous); how many extra ids the same referent has
 * within the N (splits); and how many of those with a usual English form a Latin query finds
 * (the English form's {@link Transliterator#phoneticKey} words all among the key words of the
 * entity's {@code latin}, as {@code EntityRegistry.findByLatin} asks), with the current key and
 * with the key before session 9 (kept here, {@link #legacyKey}, to score the old listing).
 * Names not in the judgments are counted as unjudged and listed.
 *
 * <p>Usage: {@code bench/run EntityAudit JUDGMENTS ENTITIES_JSON [N]}
 */
public final class EntityAudit {
  private record Judgment(String verdict, String referent, String english) {}

  private EntityAudit() {}

  public static void main(String[] args) throws IOException {
    Map<String, Judgment> judged = new HashMap<>(); // type|key -> judgment
    Map<String, Judgment> anyType = new HashMap<>(); // key -> judgment
    for (String line : Files.readAllLines(Path.of(args[0]), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) continue;
      String[] c = line.split("\t");
      Judgment j = new Judgment(c[2], c[3], c[4]);
      judged.put(c[1] + "|" + EntityRegistry.key(c[0]), j);
      anyType.putIfAbsent(EntityRegistry.key(c[0]), j);
    }
    JsonNode list = new ObjectMapper().readTree(Files.readString(Path.of(args[1]))).get("entities");
    int n = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    Map<String, Integer> verdicts = new LinkedHashMap<>();
    Map<String, List<String>> idsByReferent = new LinkedHashMap<>();
    List<String> unjudged = new ArrayList<>();
    List<String> merges = new ArrayList<>();
    int mergesOfFullNames = 0; // two referents among the aliases of two words or more
    int latinTotal = 0, latinNow = 0, latinLegacy = 0;
    List<String> latinMisses = new ArrayList<>();
    for (int i = 0; i < Math.min(n, list.size()); i++) {
      JsonNode e = list.get(i);
      String type = e.get("type").asText(), name = e.get("canonical").asText();
      Judgment j = judged.get(type + "|" + EntityRegistry.key(name));
      if (j == null) {
        unjudged.add(type + " " + name);
        continue;
      }
      String v = j.verdict().startsWith("wrongtype") ? "wrongtype" : j.verdict();
      verdicts.merge(v, 1, Integer::sum);
      if (!j.referent().equals("-")) idsByReferent.computeIfAbsent(type + " " + j.referent(), k -> new ArrayList<>()).add(name);
      Set<String> referents = new LinkedHashSet<>();
      Set<String> fullNameReferents = new LinkedHashSet<>();
      for (JsonNode a : e.get("aliases")) {
        Judgment aj = judged.getOrDefault(type + "|" + EntityRegistry.key(a.asText()), anyType.get(EntityRegistry.key(a.asText())));
        if (aj == null) unjudged.add("alias of " + name + ": " + a.asText());
        else if (!aj.referent().equals("-")) {
          referents.add(aj.referent());
          if (a.asText().strip().contains(" ")) fullNameReferents.add(aj.referent());
        }
      }
      if (referents.size() > 1) merges.add(name + " " + referents);
      if (fullNameReferents.size() > 1) mergesOfFullNames++;
      if (!j.english().equals("-") && (v.equals("ok") || v.equals("badname"))) {
        latinTotal++;
        String latin = e.get("latin").asText();
        if (finds(Transliterator.phoneticKey(j.english()), Transliterator.phoneticKey(latin))) latinNow++;
        else latinMisses.add(j.english() + " → " + latin);
        if (finds(legacyKey(j.english()), legacyKey(latin))) latinLegacy++;
      }
    }
    int splits = 0;
    List<String> splitNames = new ArrayList<>();
    for (Map.Entry<String, List<String>> r : idsByReferent.entrySet()) {
      if (r.getValue().size() > 1) {
        splits += r.getValue().size() - 1;
        splitNames.add(r.getKey() + " " + r.getValue());
      }
    }
    System.out.printf(Locale.ROOT, "first %d of %s%n", Math.min(n, list.size()), args[1]);
    System.out.println("verdicts: " + verdicts);
    System.out.println("wrong merges: " + merges.size() + " (of names of two words or more: " + mergesOfFullNames + ") " + merges);
    System.out.println("splits (extra ids of one referent): " + splits + " " + splitNames);
    System.out.printf(Locale.ROOT, "latin found: %d / %d (key before session 9: %d / %d); misses: %s%n", latinNow, latinTotal,
        latinLegacy, latinTotal, latinMisses);
    System.out.println("unjudged: " + unjudged.size() + " " + unjudged);
  }

  private static boolean finds(String queryKey, String latinKey) {
    Set<String> words = new java.util.HashSet<>(List.of(latinKey.split(" ")));
    String[] q = queryKey.split(" ");
    boolean all = q.length > 0 && !q[0].isEmpty();
    for (String w : q) all &= words.contains(w);
    return all;
  }

  /** {@code Transliterator.phoneticKey} as it was before session 9 (v→f, p→b, w→u, q/c→k, later vowels dropped). */
  static String legacyKey(String latin) {
    String s = latin.toLowerCase(Locale.ROOT).replace("al-", "");
    StringBuilder sb = new StringBuilder();
    char prev = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ') { sb.append(' '); prev = 0; continue; }
      if (c < 'a' || c > 'z') continue;
      c = switch (c) {
        case 'v' -> 'f';
        case 'p' -> 'b';
        case 'w' -> 'u';
        case 'q', 'c' -> 'k';
        default -> c;
      };
      boolean vowel = "aeiouy".indexOf(c) >= 0;
      if (vowel && prev != 0) continue;
      if (c == prev) continue;
      sb.append(c);
      prev = c;
    }
    return sb.toString().strip();
  }
}
