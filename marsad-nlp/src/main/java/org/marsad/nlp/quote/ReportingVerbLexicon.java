package org.marsad.nlp.quote;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.marsad.text.ArabicNormalizer;

/**
 * The reporting verbs, loaded from {@code reporting-verbs.txt} beside this class and inflected
 * by {@link VerbInflector}. Lookups are on match-normalised forms, with an optional conjunction
 * prefix (و or ف) removed, so "وأضافت", "واضافت" and "فأضافت" all find أضاف.
 */
public final class ReportingVerbLexicon {
  private static final String DEFAULT_FILE = "reporting-verbs.txt";

  private final Map<String, VerbForm> forms;
  /** Forms of {@code colon} entries: speech verbs only when a colon or a quotation follows. */
  private final Set<String> colonOnly;
  /** Excluded forms ({@code -form}): never read as a prefix plus a form either ("فحسب" is "only"). */
  private final Set<String> excluded;

  private ReportingVerbLexicon(Map<String, VerbForm> forms, Set<String> colonOnly, Set<String> excluded) {
    this.forms = forms;
    this.colonOnly = colonOnly;
    this.excluded = excluded;
  }

  /** The lexicon shipped with Marsad. */
  public static ReportingVerbLexicon standard() {
    return DefaultHolder.INSTANCE;
  }

  /** Loads a lexicon in the format of {@code reporting-verbs.txt}. */
  public static ReportingVerbLexicon load(InputStream in) throws IOException {
    Map<String, VerbForm> map = new HashMap<>();
    Set<String> colon = new HashSet<>();
    Set<String> excluded = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        parseLine(line, no, map, colon, excluded);
      }
    }
    excluded.removeIf(map::containsKey); // a form another lemma generates stays a form
    return new ReportingVerbLexicon(Map.copyOf(map), Set.copyOf(colon), Set.copyOf(excluded));
  }

  private static void parseLine(String line, int no, Map<String, VerbForm> map, Set<String> colon,
      Set<String> allExcluded) {
    String[] cols = line.split("\\s+");
    VerbForm.Kind kind;
    boolean colonOnly = cols[0].equals("colon"); // a verb like any other, but only before ":" or a quotation
    try {
      kind = colonOnly ? VerbForm.Kind.VERB : VerbForm.Kind.valueOf(cols[0].toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("reporting-verbs line " + no + ": unknown kind " + cols[0]);
    }
    String past = cols.length > 1 ? cols[1] : "-";
    String present = cols.length > 2 ? cols[2] : "-";
    String participle = cols.length > 3 ? cols[3] : "-";
    Set<String> excluded = new HashSet<>();
    for (int i = 4; i < cols.length; i++) {
      if (cols[i].startsWith("-")) excluded.add(norm(cols[i].substring(1)));
    }
    allExcluded.addAll(excluded);
    String lemma = !past.equals("-") ? past : firstExtra(cols);
    Map<String, VerbForm> local = new HashMap<>();
    if (!past.equals("-")) {
      List<String> p = VerbInflector.past(past);
      for (int i = 0; i < p.size(); i++) {
        add(local, p.get(i), new VerbForm(lemma, kind, VerbForm.Tense.PAST, i == 1 || i == 3 || i == 5));
      }
    }
    if (!present.equals("-")) {
      List<String> p = VerbInflector.present(present);
      for (int i = 0; i < p.size(); i++) {
        add(local, p.get(i), new VerbForm(lemma, kind, VerbForm.Tense.PRESENT, i == 1 || i == 3));
      }
    }
    if (!participle.equals("-")) {
      for (String f : VerbInflector.participle(participle)) {
        boolean fem = f.endsWith("ة") || f.endsWith("ةً") || f.endsWith("ات");
        add(local, f, new VerbForm(lemma, kind, VerbForm.Tense.PARTICIPLE, fem));
      }
    }
    for (int i = 4; i < cols.length; i++) {
      if (!cols[i].startsWith("+")) continue;
      String f = cols[i].substring(1);
      add(local, f, new VerbForm(lemma, kind, guessTense(kind, f), guessFeminine(f)));
    }
    for (Map.Entry<String, VerbForm> e : local.entrySet()) {
      if (excluded.contains(e.getKey())) continue;
      // "يذكر أن" is an impersonal formula even though يذكر is also a form of ذكر
      if (kind == VerbForm.Kind.IGNORE) map.put(e.getKey(), e.getValue());
      else if (map.putIfAbsent(e.getKey(), e.getValue()) == null && colonOnly) colon.add(e.getKey());
    }
  }

  private static String firstExtra(String[] cols) {
    for (int i = 4; i < cols.length; i++) if (cols[i].startsWith("+")) return cols[i].substring(1);
    throw new IllegalArgumentException("reporting-verbs: a line needs a past form or a +form: " + String.join(" ", cols));
  }

  private static VerbForm.Tense guessTense(VerbForm.Kind kind, String form) {
    if (kind != VerbForm.Kind.VERB && kind != VerbForm.Kind.ACT) return VerbForm.Tense.OTHER;
    String f = form.length() > 3 && (form.startsWith("و") || form.startsWith("ف")) ? form.substring(1) : form;
    if (f.startsWith("ي") || f.startsWith("ت")) return VerbForm.Tense.PRESENT;
    if (f.startsWith("م") || f.endsWith("يا") || f.endsWith("ية")) return VerbForm.Tense.PARTICIPLE;
    // فاعلاً in the accusative ("سائلا", "عادّا"): a participle, never followed by its subject
    if (f.length() >= 4 && f.length() <= 5 && f.charAt(1) == 'ا' && f.endsWith("ا")) return VerbForm.Tense.PARTICIPLE;
    return VerbForm.Tense.PAST;
  }

  private static boolean guessFeminine(String f) {
    return f.startsWith("ت") || f.endsWith("ت") || f.endsWith("ة") || f.endsWith("تا");
  }

  private static void add(Map<String, VerbForm> map, String form, VerbForm v) {
    map.putIfAbsent(norm(form), v);
  }

  private static String norm(String s) {
    return ArabicNormalizer.match(s);
  }

  /**
   * The lexicon entry for a word as written, trying it as it is and then without a leading
   * و or ف. Empty when the word is not a reporting form.
   */
  public Optional<VerbForm> lookup(String word) {
    return lookupNormalized(norm(word));
  }

  /** As {@link #lookup} for a word that is already match-normalised. */
  public Optional<VerbForm> lookupNormalized(String w) {
    VerbForm v = forms.get(w);
    if (v == null && !excluded.contains(w) && w.length() > 2 && (w.charAt(0) == 'و' || w.charAt(0) == 'ف')) {
      v = forms.get(w.substring(1));
    }
    return Optional.ofNullable(v);
  }

  /**
   * True when the (match-normalised) word is a form of a {@code colon} entry ("وزاد: …"): a
   * speech verb only when a colon or an opening quotation mark follows it or its subject.
   */
  public boolean colonOnly(String normalized) {
    if (colonOnly.contains(normalized)) return true;
    return normalized.length() > 2 && (normalized.charAt(0) == 'و' || normalized.charAt(0) == 'ف')
        && !forms.containsKey(normalized) && colonOnly.contains(normalized.substring(1));
  }

  /** True when the (match-normalised) word is listed as a {@code -form}, a whole word that is no form. */
  public boolean excludes(String normalized) {
    return excluded.contains(normalized);
  }

  /** Number of distinct normalised forms (for diagnostics and tests). */
  public int size() {
    return forms.size();
  }

  private static final class DefaultHolder {
    static final ReportingVerbLexicon INSTANCE = loadDefault();

    private static ReportingVerbLexicon loadDefault() {
      try (InputStream in = ReportingVerbLexicon.class.getResourceAsStream(DEFAULT_FILE)) {
        if (in == null) throw new IOException("missing resource " + DEFAULT_FILE);
        return load(in);
      } catch (IOException e) {
        throw new UncheckedIOException("Unable to load the reporting-verb lexicon", e);
      }
    }
  }
}
