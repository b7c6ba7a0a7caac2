package org.marsad.text.stem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.marsad.text.ArabicNormalizer;

/**
 * Folding of spelling variants that normalisation cannot reach because they differ in letters,
 * not in hamza or diacritics: سوريا/سورية, أمريكا/أميركا, ترامب/ترمب. The lexicon
 * {@code spelling-variants.txt} (next to this class) has one group per line, canonical form
 * first; entries are match-normalised on loading and looked up on match-normalised words (and on
 * light stems, so groups list stem forms such as اميركي too). Variants of the hamza or alef
 * (إسرائيل/اسرائيل) need no entry: the match normaliser already folds them.
 */
public final class SpellingVariants {
  static final String RESOURCE = "spelling-variants.txt";

  private SpellingVariants() {}

  private static final class Holder {
    static final Map<String, String> CANONICAL = load();
    static final String[] KEYS = CANONICAL.keySet().toArray(new String[0]);
    static final WordTable TABLE = new WordTable(java.util.List.of(KEYS));
  }

  /** The canonical spelling of {@code s[0..len)}, or {@code null} if it has no listed variant. */
  public static String canonical(char[] s, int len) {
    int i = Holder.TABLE.ordinal(s, 0, len);
    return i < 0 ? null : Holder.CANONICAL.get(Holder.KEYS[i]);
  }

  /** The canonical spelling of a match-normalised word (the word itself when not listed). */
  public static String canonical(String normalized) {
    return Holder.CANONICAL.getOrDefault(normalized, normalized);
  }

  private static Map<String, String> load() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = SpellingVariants.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IOException("resource not found: " + RESOURCE);
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        String[] group = line.split("\\s+");
        String canonical = ArabicNormalizer.match(group[0]);
        for (int i = 1; i < group.length; i++) {
          String v = ArabicNormalizer.match(group[i]);
          if (!v.equals(canonical)) map.put(v, canonical);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to load the spelling variants", e);
    }
    return Map.copyOf(map);
  }
}
