package org.marsad.nlp.date;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Arabic month names of both calendars, loaded from {@code months.txt} next to this class
 * (Levantine كانون الثاني…, Egyptian/Gulf يناير…, Maghreb جانفي…, Hijri محرم…). Lookups take
 * folded names (see {@link FoldedText#fold}).
 */
final class ArabicMonths {
  /** One month name: which calendar and which month (1–12). */
  record Month(boolean hijri, int number) {}

  private static final class Holder {
    static final ArabicMonths INSTANCE = load();
  }

  private final Map<String, Month> byFoldedName;
  private final String alternation;

  private ArabicMonths(Map<String, Month> byFoldedName) {
    this.byFoldedName = byFoldedName;
    // Longest first so that "ربيع الاول" wins over a shorter name at the same position.
    this.alternation = byFoldedName.keySet().stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(n -> Pattern.quote(n).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
  }

  static ArabicMonths get() {
    return Holder.INSTANCE;
  }

  /** The month for a folded name, whitespace collapsed; null when not a month name. */
  Month lookup(String foldedName) {
    return byFoldedName.get(foldedName.strip().replaceAll("\\s+", " "));
  }

  /** A regex alternation matching every folded month name. */
  String alternation() {
    return alternation;
  }

  private static ArabicMonths load() {
    Map<String, Month> map = new HashMap<>();
    try (InputStream in = ArabicMonths.class.getResourceAsStream("months.txt")) {
      if (in == null) throw new IllegalStateException("months.txt missing from the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line; (line = r.readLine()) != null; ) lines.add(line);
      for (String line : lines) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] f = line.split("\t");
        if (f.length != 3) throw new IllegalStateException("months.txt: bad line: " + line);
        map.put(FoldedText.fold(f[0]), new Month(f[1].equals("hijri"), Integer.parseInt(f[2].strip())));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load months.txt", e);
    }
    return new ArabicMonths(map);
  }
}
