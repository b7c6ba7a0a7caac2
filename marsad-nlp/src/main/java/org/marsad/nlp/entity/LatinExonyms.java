package org.marsad.nlp.entity;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.marsad.nlp.util.ResourceLines;

/**
 * English names of places and bodies that no letter rule reaches from their Arabic form
 * ({@code Cairo} / {@code القاهرة}, {@code Hezbollah} / {@code حزب الله}): a hand-written list
 * ({@code latin-exonyms.txt}), so that a Latin query finds the Arabic name instead of whatever
 * entity merely sounds alike (the phonetic key of {@code Cairo} is that of {@code Kerry}).
 */
public final class LatinExonyms {
  /** An English name's Arabic name and entity type (LOC, ORG). */
  public record Exonym(String type, String arabic) {}

  private static final Map<String, Exonym> BY_WORD = load("latin-exonyms.txt");

  private LatinExonyms() {}

  /** The Arabic name an English word stands for (any letter case), or null. */
  public static Exonym of(String latinWord) {
    return latinWord == null ? null : BY_WORD.get(latinWord.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Exonym> load(String name) {
    Map<String, Exonym> out = new HashMap<>();
    for (String line : ResourceLines.read(LatinExonyms.class, name)) {
      String[] f = line.split("\t");
      if (f.length != 3) throw new IllegalStateException(name + ": not TYPE<TAB>English<TAB>Arabic: " + line);
      out.put(f[1].toLowerCase(Locale.ROOT), new Exonym(f[0], f[2]));
    }
    return Map.copyOf(out);
  }
}
