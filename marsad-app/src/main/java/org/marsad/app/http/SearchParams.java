package org.marsad.app.http;

import java.util.function.UnaryOperator;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;
import org.marsad.store.SearchRequest;

/**
 * The search parameters, the same as {@code marsad search}'s options: q, source, city, story, from, to,
 * sort (relevance|date), page (from 1), size (1-100, default 10), all (include duplicates).
 * Filters are added to the query in the store's field syntax ({@code source:sana city:"…"}).
 */
record SearchParams(String q, String source, String city, String story, LocalDate from, LocalDate to,
    SearchRequest.SortOrder sort, int page, int size, boolean all) {

  static SearchParams from(Context ctx) {
    return from(ctx::queryParam);
  }

  static SearchParams from(QueryParams ctx) {
    String q = Params.text(ctx, "q");
    if (q != null && q.length() > 1000) throw ApiException.badRequest("q is longer than 1000 characters");
    LocalDate from = Params.date(ctx, "from");
    LocalDate to = Params.date(ctx, "to");
    if (from != null && to != null && from.isAfter(to)) throw ApiException.badRequest("from (" + from + ") is after to (" + to + ")");
    return new SearchParams(q, filterValue(ctx, "source"), filterValue(ctx, "city"), storyId(ctx), from, to, sort(ctx),
        Params.integer(ctx, "page", 1, 1, Params.MAX_PAGE), Params.integer(ctx, "size", 10, 1, Params.MAX_PAGE_SIZE),
        Params.flag(ctx, "all"));
  }

  private static SearchRequest.SortOrder sort(QueryParams ctx) {
    String raw = Params.text(ctx, "sort");
    if (raw == null) return SearchRequest.SortOrder.RELEVANCE;
    return switch (raw.toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchRequest.SortOrder.RELEVANCE;
      case "date" -> SearchRequest.SortOrder.DATE;
      default -> throw ApiException.badRequest("sort must be 'relevance' or 'date', got '" + raw + "'");
    };
  }

  /** A story id as {@code marsad stories} prints it: letters, digits and hyphens. */
  private static String storyId(QueryParams ctx) {
    String v = Params.text(ctx, "story");
    if (v != null && !v.matches("[A-Za-z0-9-]{1,64}")) throw ApiException.badRequest("story must be a story id (letters, digits, '-'), got '" + v + "'");
    return v;
  }

  /** Quotation marks the query parser opens or closes a quoted value with. */
  private static final String QUOTES = "\"\u201C\u201D\u00AB\u00BB";

  private static String filterValue(QueryParams ctx, String name) {
    String v = Params.text(ctx, name);
    if (v != null && v.chars().anyMatch(c -> QUOTES.indexOf(c) >= 0)) {
      throw ApiException.badRequest(name + " must not contain a quotation mark");
    }
    return v;
  }

  /** The query string the store parses: the user's query, then the filters. */
  String query() {
    return query(UnaryOperator.identity());
  }

  /** As {@link #query()}, the user's words rewritten by {@code expansion} first (the filters are added after). */
  private String query(UnaryOperator<String> expansion) {
    StringBuilder sb = new StringBuilder(q == null ? "" : expansion.apply(q));
    appendFilter(sb, "source", source, true);
    appendFilter(sb, "city", city, true);
    appendFilter(sb, "story", story, false); // an id of letters, digits and hyphens: nothing to quote
    appendFilter(sb, "from", from == null ? null : from.toString(), false);
    appendFilter(sb, "to", to == null ? null : to.toString(), false);
    return sb.toString().strip();
  }

  /**
   * A filter clause. Source and city values are always quoted: bare, a value such as
   * {@code //x} would read as a URL word instead of a filter (found by ApiRequestFuzzTest#search),
   * and quoting cannot be escaped because quotation marks are refused in {@link #filterValue}.
   */
  private static void appendFilter(StringBuilder sb, String field, String value, boolean quote) {
    if (value == null) return;
    sb.append(' ').append(field).append(':').append(quote ? "\"" + value + "\"" : value);
  }

  SearchRequest toRequest() {
    return toRequest(UnaryOperator.identity());
  }

  /** The store's request, with Latin names expanded as {@code marsad search} does (ServerWiring). */
  SearchRequest toRequest(UnaryOperator<String> expansion) {
    return new SearchRequest(query(expansion), sort, (page - 1) * size, size, all);
  }
}
