package org.marsad.app.listing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.text.ArabicNormalizer;

/**
 * An entity's aliases as a reader should see them. The registry keeps aliases as match keys
 * (teh marbuta as heh, bare alef, alef maqsura as yeh, no tatweel or diacritics), so the
 * canonical name {@code السعودية} comes back as the alias {@code السعوديه}: the same name,
 * misspelt. Here aliases that fold to the same key are one, shown in the canonical name's own
 * spelling when they are the canonical name, else in a spelling that was stored (an older
 * registry kept some), else as the key. Order: the canonical name first, then registry order
 * (the registry keeps no count per alias, so none can be summed).
 */
public final class DisplayAliases {
  private DisplayAliases() {}

  /** The aliases to show, one per match key. */
  public static List<String> of(EntityRecord e) {
    String canonicalKey = key(e.canonical());
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String alias : e.aliases()) {
      String k = key(alias);
      if (k.isEmpty()) continue;
      String shown = k.equals(canonicalKey) ? e.canonical() : alias;
      // a stored spelling (not itself a key) is better than the key
      byKey.merge(k, shown, (old, now) -> old.equals(k) ? now : old);
    }
    List<String> out = new ArrayList<>();
    String canonical = byKey.remove(canonicalKey);
    if (canonical != null) out.add(canonical);
    out.addAll(byKey.values());
    return out;
  }

  /** The record with {@link #of} as its aliases. */
  public static EntityRecord applied(EntityRecord e) {
    return new EntityRecord(e.id(), e.type(), e.canonical(), e.latin(), e.count(), of(e));
  }

  private static String key(String name) {
    return String.join(" ", ArabicNormalizer.match(name).strip().split("\\s+"));
  }
}
