package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.app.corpus.LatinNameExpansion;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.NameMatch;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * The most mentioned entities: over the whole collection from the registry (mention counts),
 * or in a time window from the index's entity facets (article counts, each type's top values).
 * Both rank the registry's records as they are; {@link #displayed} gives the aliases a reader
 * sees to the page that is shown only: preparing them for every entity (about 32,000 on 9,500
 * articles) before taking a page of 20 was most of the listing's time (bench/RESULTS.md,
 * "Entity pages").
 */
public final class EntityRanking {
  private EntityRanking() {}

  /**
   * The types listed when none is asked for: people, organisations and places. MISC entities are
   * listed only when asked for ({@code --type MISC}): most of the most mentioned are nationality
   * adjectives ({@code السعودي}, {@code الأمريكية}: 36 of the top 100 in the session-9 audit), which
   * pushed names out of the list; the date-window listing has no MISC facet either.
   */
  public static final List<String> DEFAULT_TYPES = List.of("PERS", "ORG", "LOC");

  /**
   * Registry entities by mention count, most first, with the registry's aliases (not yet
   * {@linkplain #displayed displayed}).
   *
   * @param type   PERS, ORG, LOC or MISC, or null for {@link #DEFAULT_TYPES}
   * @param prefix a name or whole words of it as {@link NameMatch} reads them, the rule of the
   *               quotation speaker box too (any alias: {@code جبير} finds عادل الجبير, {@code سعود}
   *               not السعودية nor a father's name), or a Latin name the registry knows ({@code
   *               Jubeir}); null for all. A value with no name word ({@code ال}, {@code بن}) is refused
   *               (IllegalArgumentException)
   */
  public static List<EntityRecord> ranked(EntityRegistry registry, String type, String prefix) {
    NameMatch key = prefix == null || prefix.isBlank() ? null : NameMatch.of(prefix);
    if (key != null && !NameMatch.hasNameWord(prefix)) {
      throw new IllegalArgumentException("the name \"" + prefix.strip() + "\" has no name word (only the article, a particle such as بن or آل, a preposition such as في or an operator)");
    }
    String t = type == null ? null : type.toUpperCase(Locale.ROOT);
    String latin = key == null ? null : LatinNameExpansion.plainLatin(prefix.strip());
    Set<String> byLatin = latin == null || !latin.matches("[A-Za-z][A-Za-z '-]+") || !LatinNameExpansion.couldBeAName(latin) ? Set.of()
        : LatinNameExpansion.byLatin(registry, latin).stream().map(EntityRecord::id).collect(Collectors.toSet());
    return registry.all().stream()
        .filter(e -> t == null ? DEFAULT_TYPES.contains(e.type()) : e.type().equals(t))
        .filter(e -> key == null || byLatin.contains(e.id()) || key.names(e.canonical())
            || e.aliases().stream().anyMatch(key::names))
        .sorted((a, b) -> Long.compare(b.count(), a.count()))
        .toList();
  }

  /** The rows of a page with their {@linkplain DisplayAliases displayed} aliases, in the same order. */
  public static List<EntityRecord> displayed(List<EntityRecord> page, EntityRegistry registry) {
    return page.stream().map(e -> e.id() == null ? e : DisplayAliases.applied(e, registry)).toList();
  }

  /**
   * Entities by articles published in [from, to] (either may be null), one row per registry entity
   * ({@link EntityFacetRows}: an entity written two ways is counted once per article, with one
   * search), most first; a name the registry does not know has a null id. Aliases are the
   * registry's, not yet {@linkplain #displayed displayed}.
   */
  public static List<EntityRecord> inWindow(ArticleStore store, EntityRegistry registry, String type, String from, String to)
      throws IOException {
    StringBuilder q = new StringBuilder();
    if (from != null) q.append("from:").append(from).append(' ');
    if (to != null) q.append("to:").append(to);
    String scope = q.toString().strip();
    SearchResult r = store.search(SearchRequest.of(scope).withPage(0, 0));
    List<EntityRecord> out = new ArrayList<>();
    for (EntityFacetRows.Row row : EntityFacetRows.of(r.facets(), registry, store, scope, type)) {
      EntityRecord known = row.entity();
      out.add(new EntityRecord(row.id(), row.type(), row.name(),
          known != null ? known.latin() : registry.transliterator().transliterate(row.name()), row.articles(),
          known != null ? known.aliases() : List.of(row.name())));
    }
    out.sort((a, b) -> Long.compare(b.count(), a.count()));
    return out;
  }
}
