package org.marsad.app.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.query.MarsadQueryParser;

/**
 * An entity filter with an Arabic name ({@code person:"ميشيل بلاتيني"}, {@code org:}, {@code place:})
 * also asks for the other names the registry holds for the same entity, as text: {@code
 * person:"ميشيل بلاتيني" OR person:"ميشال بلاتيني"} (excluded: {@code -person:"…" -person:"…"}). The
 * filter alone matches names as the articles wrote them, so the other spelling of a joined name, a
 * short form read as its chain or a listed alias found only the articles writing what was typed
 * (session 21 review F2). The entity's names, not its id: the id also carries the articles where a
 * lone surname was filed under it ({@code المالكي} of رياض المالكي under نوري المالكي, {@code صالح
 * إيران} "Iran's interest" under علي عبدالله صالح; review of lane entities22, F1). So only names of two
 * words or more (its canonical name and aliases, the joined short forms' with them) that resolve back
 * to the entity, and only when the typed value is the entity's own name: a value that is another live
 * entity's name is not widened to the one holding it as an alias (F2), nor a one-word value, which is
 * as often a common noun ({@code اتحاد}, {@code قاعدة}, {@code خليج}) as a body (F3). One-word names are
 * added only when the word is a body's or place's canonical name that names it alone ({@link
 * EntityRegistry#oneWordNameOf}: {@code السعودية} of المملكة العربية السعودية, {@code الفيفا}); never a
 * person's (session 23). {@code
 * speaker:} is widened to the entity's id (quotations are indexed with their speaker's id, as before
 * session 22). The name is resolved once per query, never per hit; no widening past the parser's part
 * limit ({@link MarsadQueryParser#MAX_PARTS}), and a filter already in the query is not added again,
 * so expanding twice changes nothing.
 */
public final class EntityNameFilterExpansion {
  /** A name filter as one query unit: sign, field, value (quoted in any of the parser's quotes, or bare). */
  private static final Pattern NAME_FILTER = Pattern.compile(
      "(-?)(person|org|place|speaker):(?:\"([^\"]+)\"|“([^”]+)”|«([^»]+)»|([^\"\\s]+))", Pattern.CASE_INSENSITIVE);
  /** An entity id as a filter value ({@code person:pers-…}). */
  private static final Pattern ID_FILTER = Pattern.compile("-?([A-Za-z]+):((?:pers|org|loc|misc)-[0-9a-f]{12})");

  /** At most so many names per filter: the part limit is shared with the rest of the query. */
  private static final int MAX_NAMES = 12;

  private EntityNameFilterExpansion() {}

  /** The query with each Arabic entity-name filter the registry resolves widened to that entity's other names (a speaker to its id). */
  public static String expand(String query, EntityRegistry registry) {
    if (query == null || registry == null) return query;
    List<int[]> units = QueryUnits.of(query);
    Set<String> present = new HashSet<>();
    for (int[] u : units) {
      Matcher m = ID_FILTER.matcher(query.substring(u[0], u[1]));
      if (m.matches()) present.add(m.group(1).toLowerCase(Locale.ROOT) + ":" + m.group(2));
      Matcher n = NAME_FILTER.matcher(query.substring(u[0], u[1]));
      if (n.matches()) present.add(nameFilter(n.group(2).toLowerCase(Locale.ROOT), EntityRegistry.key(value(n))));
    }
    return FilterWidening.widen(query, units, NAME_FILTER, present,
        m -> widening(m.group(2).toLowerCase(Locale.ROOT), value(m), registry));
  }

  private static String value(Matcher m) {
    for (int g = 3; g <= 6; g++) if (m.group(g) != null) return m.group(g).strip();
    return "";
  }

  /** What a name filter adds: a speaker's id, or the entity's other names (see the class doc). */
  private static List<String> widening(String field, String value, EntityRegistry registry) {
    if (field.equals("speaker")) return entity(field, value, registry).map(e -> List.of(field + ":" + e.id())).orElse(List.of());
    Optional<EntityRecord> resolved = entity(field, value, registry);
    String k = EntityRegistry.key(value);
    if (resolved.isEmpty() || !k.contains(" ")) return List.of(); // F3: a lone word is as often a common noun
    EntityRecord e = resolved.get();
    Optional<EntityRecord> own = registry.byId(EntityRegistry.idFor(e.type(), value));
    Set<String> names = names(e, registry);
    // F2: the entity listed under this very name must be the resolved one (or the name one of its names)
    if (own.isPresent() ? !own.get().id().equals(e.id()) : !names.contains(k)) return List.of();
    List<String> out = new ArrayList<>();
    for (String name : names) if (!name.equals(k)) out.add(nameFilter(field, name));
    return out;
  }

  /**
   * The entity's names that resolve back to it, its canonical name first: of two words or more, or its
   * one-word canonical name when it names this body or place alone ({@link #oneWordName}).
   */
  private static Set<String> names(EntityRecord e, EntityRegistry registry) {
    Set<String> out = new LinkedHashSet<>();
    List<String> candidates = new ArrayList<>();
    candidates.add(EntityRegistry.key(e.canonical()));
    candidates.addAll(e.aliases());
    for (String name : candidates) {
      if (name.isEmpty() || name.contains("\"") || out.size() >= MAX_NAMES || out.contains(name)) continue;
      if (!name.contains(" ") && !oneWordName(e, name, registry)) continue;
      if (registry.resolve(e.type(), name).map(r -> r.id().equals(e.id())).orElse(false)) out.add(name);
    }
    return out;
  }

  /**
   * A one-word name is added only when it is what the registry calls the entity (its canonical name,
   * written with or without ال: فيفا / الفيفا, السعودية) and names it alone ({@link
   * EntityRegistry#oneWordNameOf}: not a common noun such as الاتحاد, never a person's lone surname). The
   * articles are indexed with the entity's canonical name, which the widening asks for already, so a
   * one-word alias of a longer canonical name adds only other things' articles: {@code مكه} of مكة المكرمة
   * added 4 articles on 5 days, all {@code طريق مكة القديم}, {@code مكة لايف}, {@code وكالة مكة للإعلام}.
   */
  private static boolean oneWordName(EntityRecord e, String name, EntityRegistry registry) {
    String canonical = EntityRegistry.key(e.canonical());
    // the registry's own rule for ال (one rule for one question, review of lane entities23, F5)
    if (canonical.contains(" ") || !EntityRegistry.sameOneWordName(e.type(), canonical, name)) return false;
    return registry.oneWordNameOf(e.type(), name, e.id());
  }

  private static String nameFilter(String field, String name) {
    return field + ":\"" + name + "\"";
  }

  /**
   * The entity an Arabic name names in a filter's field: a person, organisation or place; a speaker
   * is a person or else an organisation. Empty for a value without Arabic letters (an id, a Latin name
   * {@link LatinNameExpansion} reads).
   */
  private static Optional<EntityRecord> entity(String field, String value, EntityRegistry registry) {
    if (value.isEmpty() || value.codePoints().noneMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC)) {
      return Optional.empty();
    }
    return switch (field) {
      case "person" -> registry.resolve("PERS", value);
      case "org" -> registry.resolve("ORG", value);
      case "place" -> registry.resolve("LOC", value);
      case "speaker" -> registry.resolve("PERS", value).or(() -> registry.resolve("ORG", value));
      default -> Optional.empty();
    };
  }
}
