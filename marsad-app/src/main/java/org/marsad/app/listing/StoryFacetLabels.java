package org.marsad.app.listing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.SearchResult;

/**
 * Gives the {@code story} facet of a search its stories' labels (as {@code marsad stories} shows
 * them), so the facet reads as titles instead of {@code story-6d129f6a9bf4}; the id stays the
 * value a filter uses.
 */
public final class StoryFacetLabels {
  private StoryFacetLabels() {}

  /** The result with each story facet value labelled; the same result when it has no story facet. */
  public static SearchResult apply(SearchResult r, ArticleStore store) throws IOException {
    List<FacetValue> stories = r.facets().get("story");
    if (stories == null || stories.isEmpty()) return r;
    Map<String, String> labels = new StoryFinder(store).labels(stories.stream().map(FacetValue::value).toList());
    List<FacetValue> labelled = new ArrayList<>();
    for (FacetValue v : stories) labelled.add(v.withLabel(labels.get(v.value())));
    Map<String, List<FacetValue>> facets = new LinkedHashMap<>(r.facets());
    facets.put("story", List.copyOf(labelled));
    return new SearchResult(r.total(), r.hits(), facets);
  }
}
