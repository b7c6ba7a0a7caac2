package org.marsad.app.listing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;

/**
 * An entity's aliases as a reader should see them. The registry matches aliases by their
 * folded key (teh marbuta as heh, bare alef, alef maqsura as yeh, no tatweel or diacritics), so
 * {@code السعودية} and {@code السعوديه} are one alias; shown as such, the canonical name came back
 * misspelt next to itself. Here each key is one alias, shown in the spelling most articles used
 * ({@link EntityRegistry#surfaces}; on a tie the spelling seen first); a key
 * with no spelling kept (a registry written before spellings were) is shown as the canonical
 * name when it is the canonical name's key, else as stored. Order: the canonical name's key
 * first, then registry order.
 */
public final class DisplayAliases {
  private DisplayAliases() {}

  /** The aliases to show, one per match key. */
  public static List<String> of(EntityRecord e, Map<String, Long> surfaces) {
    Map<String, String> bestSpelling = new LinkedHashMap<>();
    Map<String, Long> bestCount = new LinkedHashMap<>();
    surfaces.forEach((spelling, n) -> {
      String k = EntityRegistry.key(spelling);
      if (!k.isEmpty() && n > bestCount.getOrDefault(k, 0L)) {
        bestSpelling.put(k, spelling);
        bestCount.put(k, n);
      }
    });
    String canonicalKey = EntityRegistry.key(e.canonical());
    Map<String, String> byKey = new LinkedHashMap<>();
    for (String alias : e.aliases()) {
      String k = EntityRegistry.key(alias);
      if (k.isEmpty() || byKey.containsKey(k)) continue;
      byKey.put(k, bestSpelling.getOrDefault(k, k.equals(canonicalKey) ? e.canonical() : alias));
    }
    List<String> out = new ArrayList<>();
    String canonical = byKey.remove(canonicalKey);
    if (canonical != null) out.add(canonical);
    out.addAll(byKey.values());
    return out;
  }

  /** The record with its displayed aliases (spellings from the registry). */
  public static EntityRecord applied(EntityRecord e, EntityRegistry registry) {
    return new EntityRecord(e.id(), e.type(), e.canonical(), e.latin(), e.count(), of(e, registry.surfaces(e.id())));
  }
}
