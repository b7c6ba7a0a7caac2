package org.marsad.nlp.entity;

import java.util.HashMap;
import java.util.Map;
import org.marsad.nlp.util.ResourceLines;

/**
 * Names of one place or body that no spelling rule joins ({@code السعودية} / {@code المملكة
 * العربية السعودية} / {@code المملكة}, {@code سوريا} / {@code سورية}): a hand-written list ({@code
 * known-aliases.txt}, next to this class) read by the {@link EntityRegistry}, which files every
 * name of a line under one entity with the line's first name as its canonical name.
 */
final class KnownAliases {
  private static final Map<String, String> CANONICAL = load("known-aliases.txt"); // type|key -> canonical name

  private KnownAliases() {}

  /** The listed canonical name of a name of this type (by {@link NameKey}), or null when the name is not listed. */
  static String canonicalOf(String type, String key) {
    return CANONICAL.get(type + "|" + key);
  }

  private static Map<String, String> load(String name) {
    Map<String, String> out = new HashMap<>();
    for (String line : ResourceLines.read(KnownAliases.class, name)) {
      String[] f = line.split("\t");
      if (f.length < 3) throw new IllegalStateException(name + ": not TYPE<TAB>canonical<TAB>alias…: " + line);
      for (int i = 1; i < f.length; i++) {
        String previous = out.put(f[0] + "|" + NameKey.of(f[i]), f[1]);
        if (previous != null) throw new IllegalStateException(name + ": " + f[i] + " is listed twice");
      }
    }
    return Map.copyOf(out);
  }
}
