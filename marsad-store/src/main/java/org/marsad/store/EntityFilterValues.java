package org.marsad.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;

/**
 * What an article's entities and quotation speakers put in the filter fields ({@code person:},
 * {@code org:}, {@code place:}, {@code misc:}, {@code speaker:}). Every backend indexes the same
 * values, so the rules live here once and each backend's document builder writes them through a
 * {@link Sink} in its own field types.
 */
public final class EntityFilterValues {
  private EntityFilterValues() {}

  /** Filter field names, shared by the embedded and the Solr schema. */
  public static final String PERSON = "person";
  public static final String ORG = "org";
  public static final String PLACE = "place";
  /** MISC entities: a filter only, no facet (their names are too varied to be a useful facet). */
  public static final String MISC = "misc";
  public static final String SPEAKER = "speaker";

  /** Receives the values in a fixed order: entities first, then speakers. */
  public interface Sink {
    /** An exact key of {@code field}: the canonical entity id or a {@link FilterKeys folded} name. */
    void key(String field, String key);

    /** A name as written, for partial-name matches ({@code person:لافروف} in {@code سيرغي لافروف}). */
    void name(String field, String name);

    /** A facet value of {@code field}, once per article and value; never for MISC or speakers. */
    void facet(String field, String shown);
  }

  public static void write(List<Entity> entities, List<Quote> quotes, Sink sink) {
    if (entities != null) {
      Set<String> facetValues = new LinkedHashSet<>();
      for (Entity e : entities) {
        String field = fieldOf(e.type());
        if (field == null) continue;
        writePerson(sink, field, e.id(), e.canonical(), e.text());
        if (field.equals(MISC)) continue;
        String shown = e.canonical() != null ? e.canonical().strip() : e.text() == null ? null : e.text().strip();
        if (shown != null && !shown.isEmpty() && facetValues.add(field + '\u0000' + shown)) sink.facet(field, shown);
      }
    }
    if (quotes != null) {
      for (Quote q : quotes) writePerson(sink, SPEAKER, q.speakerId(), null, q.speaker());
    }
  }

  /** PERS/ORG/LOC/MISC to the person/org/place/misc fields; other types are not indexed as filters. */
  public static String fieldOf(String entityType) {
    if (entityType == null) return null;
    return switch (entityType.toUpperCase(Locale.ROOT)) {
      case "PERS", "PER", "PERSON" -> PERSON;
      case "ORG", "ORGANIZATION", "ORGANISATION" -> ORG;
      case "LOC", "GPE", "PLACE", "LOCATION" -> PLACE;
      case "MISC" -> MISC;
      default -> null;
    };
  }

  /** Id and normalised names as exact keys, names also as words (partial names). */
  private static void writePerson(Sink sink, String field, String id, String canonical, String surface) {
    if (id != null && !id.isBlank()) sink.key(field, id.strip());
    for (String name : new String[] {canonical, surface}) {
      String key = FilterKeys.of(name);
      if (key == null) continue;
      sink.key(field, key);
      sink.name(field, name);
    }
  }
}
