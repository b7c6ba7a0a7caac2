package org.marsad.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.nlp.entity.LatinNisba;
import org.marsad.nlp.entity.Transliterator;

/**
 * How often a Latin query finds an Arabic name through the registry's letter rules: for each
 * English–Arabic pair of an ANETAC-style list ({@code CLASS english arabic}), the English form's
 * {@link Transliterator#phoneticKey} words must all be words of the key of the rule spelling of
 * the Arabic form (what {@code EntityRegistry.findByLatin} asks). Also reports how many distinct
 * Arabic names of the same half share a query's key (a collision count: the price of folding).
 *
 * <p>The list is split by line number: even lines are the development half (the rules were
 * changed while looking at its misses), odd lines the held-out half, scored once after.
 *
 * <p>A query word of three letters or fewer must also have a name word of about its length
 * ({@link Transliterator#sameWord}, as {@code findByLatin} asks since session 10); {@code keys-only}
 * as fourth argument scores without that condition, {@code no-forms} without a query word's
 * English forms ({@link Transliterator#queryForms}: {@code John} also as {@code Jon}, session 10b),
 * {@code no-nisba} without the {@link LatinNisba} rule (session 11: a word ending in a consonant
 * does not name its nisba, {@code Saud} not السعودية).
 *
 * <p>Usage: {@code bench/run LatinNameRecall LIST [dev|held-out] [MISSES] [keys-only|no-forms|no-nisba]}
 */
public final class LatinNameRecall {
  private LatinNameRecall() {}

  public static void main(String[] args) throws IOException {
    Path list = Path.of(args[0]);
    boolean heldOut = args.length > 1 && args[1].equals("held-out");
    int showMisses = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    boolean shortWordsKeepShape = !(args.length > 3 && args[3].equals("keys-only")); // keys-only: the rule before session 10
    boolean englishForms = !(args.length > 3 && (args[3].equals("keys-only") || args[3].equals("no-forms"))); // no-forms: before session 10b
    boolean nisbaRule = !(args.length > 3 && (args[3].equals("keys-only") || args[3].equals("no-forms") || args[3].equals("no-nisba"))); // no-nisba: before session 11 fix
    Transliterator rules = Transliterator.rulesOnly();
    Map<String, int[]> byClass = new HashMap<>(); // class -> {found, total}
    Map<String, Set<String>> arabicByKey = new HashMap<>();
    List<String[]> pairs = new ArrayList<>();
    int n = 0;
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      if (n++ % 2 != (heldOut ? 1 : 0)) continue;
      int first = line.indexOf(' ');
      int arabicStart = firstArabic(line);
      if (first < 0 || arabicStart <= first) continue;
      String cls = line.substring(0, first);
      String english = line.substring(first + 1, arabicStart).strip();
      String arabic = line.substring(arabicStart).strip();
      if (english.isEmpty() || arabic.isEmpty()) continue;
      String key = Transliterator.phoneticKey(rules.transliterate(arabic));
      arabicByKey.computeIfAbsent(key, k -> new HashSet<>()).add(arabic);
      pairs.add(new String[] {cls, english, arabic, key, rules.transliterate(arabic)});
    }
    int misses = 0;
    long collisions = 0;
    for (String[] p : pairs) {
      Set<String> words = Set.of(p[3].split(" "));
      boolean all;
      if (englishForms) { // as findByLatin asks since session 10b: a word matches by any of its forms (John, Jon)
        all = false;
        boolean every = true;
        for (String w : Transliterator.queryWords(p[1])) { // as findByLatin splits a query (Ki-moon: Ki, moon)
          boolean keyed = false, found = false;
          for (String form : Transliterator.queryForms(w)) {
            String k = Transliterator.phoneticKey(form);
            if (k.isEmpty()) continue;
            keyed = true;
            for (String kw : k.split(" ")) found |= words.contains(kw);
          }
          if (keyed) { all = true; every &= found; }
        }
        all &= every;
      } else {
        String[] q = Transliterator.phoneticKey(p[1]).split(" ");
        all = q.length > 0 && !q[0].isEmpty();
        for (String w : q) all &= words.contains(w);
      }
      if (all && shortWordsKeepShape) { // the rule findByLatin ships (session 10, shared helper since session 10c)
        all = Transliterator.shortWordsMatch(Transliterator.queryWords(p[1]), p[4]);
      }
      if (all && nisbaRule) { // what the application asks since session 11 (LatinNameExpansion.byLatin): Saud is not السعودية
        all = !LatinNisba.onlyDerived(Transliterator.queryWords(p[1]), p[4]);
      }
      int[] c = byClass.computeIfAbsent(p[0], k -> new int[2]);
      c[1]++;
      if (all) c[0]++;
      else if (misses++ < showMisses) {
        System.out.println("miss\t" + p[0] + "\t" + p[1] + "\t" + p[2] + "\t" + rules.transliterate(p[2]));
      }
      collisions += arabicByKey.get(p[3]).size() - 1;
    }
    int found = 0, total = 0;
    for (Map.Entry<String, int[]> e : new java.util.TreeMap<>(byClass).entrySet()) {
      found += e.getValue()[0];
      total += e.getValue()[1];
      System.out.printf(Locale.ROOT, "%-13s %6d / %6d  %.1f %%%n", e.getKey(), e.getValue()[0], e.getValue()[1],
          100.0 * e.getValue()[0] / e.getValue()[1]);
    }
    System.out.printf(Locale.ROOT, "%-13s %6d / %6d  %.1f %%   (%s half; other Arabic names sharing the key: %.2f per pair)%n",
        "all", found, total, 100.0 * found / total, heldOut ? "held-out" : "dev", (double) collisions / pairs.size());
  }

  private static int firstArabic(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c >= '\u0600' && c <= '\u06FF') return i;
    }
    return -1;
  }
}
