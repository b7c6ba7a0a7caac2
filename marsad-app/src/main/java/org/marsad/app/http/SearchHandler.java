package org.marsad.app.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.marsad.app.listing.EntitySearchFacets;
import org.marsad.app.listing.StoryFacetLabels;
import org.marsad.store.ArticleStore;
import org.marsad.store.FacetValue;
import org.marsad.store.Hit;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/** {@code GET /api/search}: one page of hits with facet counts. */
final class SearchHandler implements Handler {
  private final ArticleStore store;
  private final UnaryOperator<String> expansion;
  private final UnaryOperator<SearchRequest> nameMarks;
  private final EntitySearchFacets.Join facetJoin;

  SearchHandler(ArticleStore store, UnaryOperator<String> expansion) {
    this(store, expansion, UnaryOperator.identity(), EntitySearchFacets.Join.NONE);
  }

  /** @param nameMarks adds the names of entities filtered by id, for the snippets to mark */
  /** @param facetJoin joins the entity facets' values of one entity ({@link EntitySearchFacets}), as the CLI */
  SearchHandler(ArticleStore store, UnaryOperator<String> expansion, UnaryOperator<SearchRequest> nameMarks,
      EntitySearchFacets.Join facetJoin) {
    this.store = store;
    this.expansion = expansion;
    this.nameMarks = nameMarks;
    this.facetJoin = facetJoin;
  }

  /** The answer: the query as run, paging, and the store's result. */
  record Response(String query, int page, int size, long total, List<Hit> hits, Map<String, List<FacetValue>> facets) {}

  @Override
  public void handle(Context ctx) throws Exception {
    SearchParams p = SearchParams.from(ctx);
    // a query the store cannot parse throws IllegalArgumentException: 400
    SearchRequest request = p.toRequest(expansion);
    SearchResult r = StoryFacetLabels.apply(facetJoin.apply(store.search(nameMarks.apply(request)), request, store), store);
    ctx.json(new Response(p.query(), p.page(), p.size(), r.total(), r.hits(), r.facets()));
  }
}
