package org.marsad.bench;

import java.nio.file.Path;
import java.util.Arrays;
import org.marsad.app.backend.StoreFactory;
import org.marsad.app.backend.StoreOptions;
import org.marsad.app.http.service.PageRequest;
import org.marsad.app.listing.CollectionStories;
import org.marsad.store.ArticleStore;

/**
 * What the API's story pages cost on a real data directory (the service behind
 * {@code /api/stories} and {@code /api/stories/{id}}, without HTTP): median and max wall time of
 * the first page of the listing (20 stories, as the web UI asks) and of the largest story.
 *
 * <p>Usage: {@code bench/run ListingPages DATA [ROUNDS]}
 */
public final class ListingPages {
  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    try (ArticleStore store = StoreFactory.openForReading(StoreOptions.embedded(data))) {
      CollectionStories stories = new CollectionStories(store, org.marsad.nlp.entity.EntityRegistry.open(data, org.marsad.nlp.entity.Transliterator.rulesOnly()));
      String top = stories.list(new PageRequest(1, 1)).items().get(0).id();
      report("stories list (page 1, 20)", rounds, () -> stories.list(new PageRequest(1, 20)));
      org.marsad.app.listing.StoryFinder finder = new org.marsad.app.listing.StoryFinder(store);
      report("story ranking (facet only)", rounds, () -> finder.ranked(null, null, 2, org.marsad.store.SearchRequest.MAX_FACET_LIMIT));
      report("story " + top, rounds, () -> stories.get(top));
    }
  }

  interface Step { Object run() throws Exception; }

  private static void report(String what, int rounds, Step step) throws Exception {
    for (int i = 0; i < 3; i++) step.run(); // warm-up
    double[] ms = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      long t = System.nanoTime();
      step.run();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    System.out.printf("%-40s median %7.1f ms  max %7.1f ms  (%d rounds)%n", what, ms[rounds / 2], ms[rounds - 1], rounds);
  }
}
