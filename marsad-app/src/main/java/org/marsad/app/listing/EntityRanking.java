package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.marsad.app.corpus.LatinNameExpansion;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;
import org.marsad.text.ArabicNormalizer;

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
   * @param prefix the start of a name or of a word of it, with or without ال (any alias,
   *               match-normalised: {@code جبير} finds عادل الجبير), or a Latin name the registry
   *               knows ({@code Jubeir}); null for all
   */
  public static List<EntityRecord> ranked(EntityRegistry registry, String type, String prefix) {
    String key = prefix == null || prefix.isBlank() ? null : ArabicNormalizer.match(prefix.strip().replaceAll("\\s+", " "));
    String t = type == null ? null : type.toUpperCase(Locale.ROOT);
    String latin = key == null ? null : LatinNameExpansion.plainLatin(prefix.strip());
    Set<String> byLatin = latin == null || !latin.matches("[A-Za-z][A-Za-z '-]+") || !LatinNameExpansion.couldBeAName(latin) ? Set.of()
        : registry.findByLatin(latin).stream().map(EntityRecord::id).collect(Collectors.toSet());
    return registry.all().stream()
        .filter(e -> t == null ? DEFAULT_TYPES.contains(e.type()) : e.type().equals(t))
        .filter(e -> key == null || byLatin.contains(e.id()) || startsAWord(e.canonical(), key)
            || e.aliases().stream().anyMatch(a -> startsAWord(a, key)))
        .sorted((a, b) -> Long.compare(b.count(), a.count()))
        .toList();
  }

  /**
   * Whether a name, or one of its words, or a word without its article ال, starts with the key
   * (session 11 QA: the entity list's search box found عادل الجبير for عادل and الجبير, not for
   * جبير, and nothing for Jubeir, which the search and quotation pages take).
   */
  static boolean startsAWord(String name, String key) {
    String n = ArabicNormalizer.match(name);
    if (n.startsWith(key)) return true;
    if (!n.contains(key)) return false; // most names: no word can start with it either
    String[] words = n.split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String rest = String.join(" ", Arrays.copyOfRange(words, i, words.length));
      if (rest.startsWith(key) || rest.startsWith("ال") && rest.substring(2).startsWith(key)) return true;
    }
    return false;
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
