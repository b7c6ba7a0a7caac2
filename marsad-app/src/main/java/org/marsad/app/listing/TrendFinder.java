package org.marsad.app.listing;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;
import org.marsad.app.corpus.MergedIdExpansion;
import org.marsad.nlp.entity.EntityRecord;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.trend.Burst;
import org.marsad.nlp.trend.BurstDetector;
import org.marsad.nlp.trend.DailyCounts;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * Bursts of entities and topics: daily article counts per registry entity and per topic from
 * the index's facets, against each key's trailing baseline ({@link BurstDetector}). Each day's
 * facets are asked for every value (up to {@link SearchRequest#MAX_FACET_LIMIT} per dimension
 * and day, far above the number of distinct people, organisations or places of a day of news),
 * so an entity far down a busy day's list is counted like the top ones; {@link Trends#complete}
 * says whether some day reached that cap.
 *
 * <p><b>Entities.</b> A facet value is the canonical name an article had when it was indexed; it
 * is resolved in the registry, and the values of one entity count as one key, {@code person:ID}
 * ({@code org:}, {@code place:}), shown under the registry's canonical name. A day where an entity
 * had two values is counted again with one search of that day and its ids, as an article can hold
 * both ({@link EntityFacetRows} does the same for a listing). A value the registry does not know,
 * or an entity whose canonical name fewer than {@link #MIN_NAME_ARTICLES} articles wrote (a name
 * the recogniser made once, {@code جون داعش}, to which later lone {@code داعش} were filed), is not
 * counted. Topics are {@code topic:LABEL}.
 *
 * <p><b>Coverage.</b> The days the collection covers are the days with at least a quarter of the
 * median daily number of articles (near-duplicates too, {@link #MIN_COVERED_SHARE}): a day before
 * the oldest article, a day inside the range without any (the collector was not running), or a day
 * with a few stray articles (a feed's first fetch, a partly collected day) is no evidence that an
 * entity was quiet and is left out of the baseline.
 *
 * <p><b>The day being collected.</b> The newest day of the index, when it is today in UTC by the
 * finder's clock and holds fewer articles than the median day (a desk reading trends at noon), is
 * scored against its baselines scaled to its share of the median day ({@link Trends#partialShare}):
 * its count so far against what the baseline days had by that share of a day's articles. Scored
 * against whole days, a burst showed only once the partial count beat a whole day's mean (session
 * 17 QA, F7). A newest day before today is finished (a stopped or historical collection, a small
 * last day) and is scored whole, like every other day: its bursts do not change when the next day
 * arrives (session 18 review, F1).
 */
public final class TrendFinder {
  static final String[][] ENTITY_DIMENSIONS = EntityFacetRows.DIMENSIONS;
  private static final String[] COUNTED_DIMENSIONS = {"person", "org", "place", "topic"};
  /**
   * Articles that wrote an entity's name in full ({@link #canonicalNameArticles}) for the entity to trend:
   * on 21–25 July 2015 the canonical names written by one article only were, among the bursts,
   * mostly a recogniser's span glued to a name another article wrote alone (bench/RESULTS.md,
   * "Trends, session 11").
   */
  public static final int MIN_NAME_ARTICLES = 2;

  /**
   * The bursts, whether every day's counts were complete (no facet reached its cap), the display
   * name of each key, the covered days of the collection, and the reported days that had too few
   * covered baseline days to be scored.
   */
  public record Trends(List<Burst> bursts, boolean complete, Map<String, String> names, NavigableSet<LocalDate> covered,
                       int minBaselineDays, List<LocalDate> unscoredDays, LocalDate partialDay, double partialShare) {
    /** {@code dimension:name} of a burst's key (the key itself for a topic). */
    public String displayKey(Burst b) {
      return dimension(b) + ":" + name(b);
    }

    public String dimension(Burst b) {
      return b.key().substring(0, b.key().indexOf(':'));
    }

    public String name(Burst b) {
      return names.getOrDefault(b.key(), b.key().substring(b.key().indexOf(':') + 1));
    }

    /** The registry id of an entity's burst, null for a topic. */
    public String id(Burst b) {
      return dimension(b).equals("topic") ? null : b.key().substring(b.key().indexOf(':') + 1);
    }
  }

  private final ArticleStore store;
  private final EntityRegistry registry;
  private final Clock clock;

  /** @param clock says which day is today (UTC): only today can be the day being collected */
  public TrendFinder(ArticleStore store, EntityRegistry registry, Clock clock) {
    this.store = store;
    this.registry = registry;
    this.clock = clock;
  }

  /**
   * @param days number of days reported, ending at {@code last} (null: the newest day in the index)
   */
  public List<Burst> bursts(int days, LocalDate last, int window, double minZ, int minCount) throws IOException {
    return trends(days, last, window, minZ, minCount).bursts();
  }

  /** As {@link #bursts}, needing half the window covered ({@link BurstDetector#defaultMinBaselineDays}). */
  public Trends trends(int days, LocalDate last, int window, double minZ, int minCount) throws IOException {
    return trends(days, last, window, minZ, minCount, BurstDetector.defaultMinBaselineDays(window));
  }

  /** As {@link #bursts}, with the completeness flag, names and coverage. */
  public Trends trends(int days, LocalDate last, int window, double minZ, int minCount, int minBaselineDays) throws IOException {
    if (days < 1) throw new IllegalArgumentException("days must be 1 or more, got " + days);
    if (minCount < 1) throw new IllegalArgumentException("minCount must be 1 or more, got " + minCount);
    BurstDetector detector = new BurstDetector(window, minZ, minCount, minBaselineDays);
    List<Burst> bursts = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    Coverage coverage = coverage();
    NavigableSet<LocalDate> covered = new TreeSet<>(coverage.days());
    List<LocalDate> unscored = new ArrayList<>();
    if (covered.isEmpty()) return new Trends(bursts, true, names, covered, minBaselineDays, unscored, null, 1.0);
    LocalDate end = last != null ? last : covered.last();
    DailyCounts counts = new DailyCounts();
    boolean complete = true;
    // per call, not per finder: one finder serves every request thread of the server, and
    // /api/ingest adds spellings between two calls (a cache kept across calls would go stale)
    EntityLookup lookup = new EntityLookup();
    // Only the days that have articles are asked for (the day histogram): the others are not
    // covered, so a window of years (--days 100000) costs the days that have articles.
    LocalDate first = end.minusDays(days - 1L + window);
    for (LocalDate d : covered.subSet(first, true, end, true)) {
      // near-duplicates are left out, as in search: a wire re-crawled ten times is not ten mentions
      String scope = "from:" + d + " to:" + d;
      SearchResult r = store.search(SearchRequest.of(scope).withPage(0, 0).withFacetLimit(SearchRequest.MAX_FACET_LIMIT));
      for (String dim : COUNTED_DIMENSIONS) {
        if (r.facets().getOrDefault(dim, List.of()).size() >= SearchRequest.MAX_FACET_LIMIT) complete = false;
      }
      for (FacetValue v : r.facets().getOrDefault("topic", List.of())) counts.add("topic:" + v.value(), d, (int) v.count());
      countEntities(r.facets(), scope, d, counts, names, lookup);
    }
    // a day without articles has no burst (a burst needs minCount ≥ 1 mentions)
    LocalDate firstReported = end.minusDays(days - 1L);
    for (LocalDate d : covered.subSet(firstReported, true, end, true)) {
      double share = d.equals(coverage.partialDay()) ? coverage.partialShare() : 1.0;
      if (detector.scorable(d, covered::contains)) bursts.addAll(detector.bursts(counts, d, covered::contains, share));
      else unscored.add(d);
    }
    bursts.sort(Comparator.comparing(Burst::day).reversed().thenComparing(Comparator.comparingDouble(Burst::zScore).reversed()));
    return new Trends(bursts, complete, names, covered, minBaselineDays, unscored, coverage.partialDay(), coverage.partialShare());
  }

  /** One day's person, org and place values as registry entities (see the class doc). */
  private void countEntities(Map<String, List<FacetValue>> facets, String scope, LocalDate day, DailyCounts counts,
                             Map<String, String> names, EntityLookup lookup) throws IOException {
    if (registry == null) return;
    Map<String, Long> sum = new HashMap<>();
    Map<String, Integer> values = new HashMap<>();
    Map<String, EntityRecord> entities = new HashMap<>();
    for (String[] dim : ENTITY_DIMENSIONS) {
      for (FacetValue v : facets.getOrDefault(dim[0], List.of())) {
        EntityRecord e = lookup.countable(dim[1], v.value());
        if (e == null) continue;
        String key = dim[0] + ":" + e.id();
        sum.merge(key, v.count(), Long::sum);
        values.merge(key, 1, Integer::sum);
        entities.put(key, e);
        names.put(key, e.canonical());
      }
    }
    for (Map.Entry<String, Long> s : sum.entrySet()) {
      long n = s.getValue();
      if (values.get(s.getKey()) > 1) { // the sum counts an article with two of its names twice
        n = store.search(SearchRequest.of(MergedIdExpansion.within(scope, entities.get(s.getKey()), registry)).withPage(0, 0)).total();
      }
      counts.add(s.getKey(), day, (int) n);
    }
  }

  /**
   * The registry answers of one {@link #trends} call: a facet value comes back on every day it was
   * written (up to 10,000 values × 3 dimensions × days), and each resolve takes the registry's lock.
   * Used by one thread only.
   */
  private final class EntityLookup {
    private final Map<String, Optional<EntityRecord>> byValue = new HashMap<>();
    private final Map<String, Boolean> namedEnough = new HashMap<>();

    /** The entity of a facet value, null when the registry does not know it or its name is too rare to trend. */
    EntityRecord countable(String type, String value) {
      EntityRecord e = byValue.computeIfAbsent(type + '\t' + value, k -> registry.resolve(type, value)).orElse(null);
      if (e == null) return null;
      return namedEnough.computeIfAbsent(e.id(), id -> canonicalNameArticles(registry, e) >= MIN_NAME_ARTICLES) ? e : null;
    }
  }

  /**
   * The articles that wrote an entity's name in full: its canonical name in any spelling with its
   * key, or a spelling of two words or more that is part of it or holds it (the registry's surfaces). A lone word filed
   * under the entity is not counted: {@code داعش} under {@code جون داعش} 14 times is what the rule
   * is for, while {@code رجب طيب أردوغان} under a junk canonical {@code داعش رجب طيب إردوغان} is the
   * entity written in full. An entity registered before spellings were kept has none and is not
   * judged (as many as needed).
   */
  static long canonicalNameArticles(EntityRegistry registry, EntityRecord e) {
    Map<String, Long> surfaces = registry.surfaces(e.id());
    if (surfaces.isEmpty()) return Long.MAX_VALUE;
    String key = EntityRegistry.key(e.canonical());
    long n = 0;
    for (Map.Entry<String, Long> s : surfaces.entrySet()) {
      String spelling = EntityRegistry.key(s.getKey());
      if (spelling.equals(key) || fullNamePart(spelling, key)) n += s.getValue();
    }
    return n;
  }

  /**
   * Whether a spelling (a key) of two words or more is part of the canonical name or holds it, word
   * by word ({@code رجب طيب اردوغان} in {@code داعش رجب طيب اردوغان}); {@code عبد الله} keys as one
   * word and is not.
   */
  private static boolean fullNamePart(String spelling, String canonical) {
    if (spelling.indexOf(' ') < 0) return false;
    String s = " " + spelling + " ", c = " " + canonical + " ";
    return c.contains(s) || s.contains(c);
  }

  /**
   * Share of the median daily volume a day needs to be covered: a feed's first fetch brings a few
   * older items, and the first or newest day may be partly collected; such a day with 1 article of
   * a collection's 300 a day is no evidence that an entity was quiet (it would be a 0 in baselines
   * and make the days after it look scorable).
   */
  public static final double MIN_COVERED_SHARE = 0.25;

  /** The covered days, oldest first, and the day being collected with its share (see {@link #coverage}). */
  record Coverage(List<LocalDate> days, LocalDate partialDay, double partialShare) {}

  /**
   * The covered days, oldest first: the days of the day histogram (every non-empty day) whose
   * article count is at least {@link #MIN_COVERED_SHARE} of the median count of the days that have
   * articles (and at least 1). Near-duplicates included: a day whose articles all repeat earlier
   * ones was collected all the same (its counts are then 0, not unknown). With them, the newest day
   * of the index when it is covered but has fewer articles than the median day (the day being
   * collected; null otherwise) and its share of the median day (1.0 when there is none).
   */
  Coverage coverage() throws IOException {
    SearchResult r = store.search(SearchRequest.of("").withPage(0, 0).withDuplicates(true));
    Map<LocalDate, Long> perDay = new HashMap<>();
    for (FacetValue v : r.facets().getOrDefault("date", List.of())) {
      if (v.count() == 0) continue; // a histogram that lists empty days too
      try {
        perDay.merge(LocalDate.parse(v.value().substring(0, 10)), v.count(), Long::sum);
      } catch (RuntimeException notADay) { /* only day buckets are asked for */ }
    }
    double median = median(perDay.values());
    long min = Math.max(1, (long) Math.ceil(MIN_COVERED_SHARE * median));
    List<LocalDate> days = new ArrayList<>();
    for (Map.Entry<LocalDate, Long> d : perDay.entrySet()) if (d.getValue() >= min) days.add(d.getKey());
    days.sort(Comparator.naturalOrder());
    if (days.isEmpty()) return new Coverage(days, null, 1.0);
    LocalDate newest = days.get(days.size() - 1);
    boolean newestOfIndex = perDay.keySet().stream().noneMatch(d -> d.isAfter(newest));
    long newestCount = perDay.get(newest);
    boolean today = newest.equals(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    if (!today || !newestOfIndex || newestCount >= median) return new Coverage(days, null, 1.0);
    return new Coverage(days, newest, newestCount / median);
  }

  private static double median(java.util.Collection<Long> values) {
    if (values.isEmpty()) return 0;
    List<Long> sorted = new ArrayList<>(values);
    sorted.sort(Comparator.naturalOrder());
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
  }
}
