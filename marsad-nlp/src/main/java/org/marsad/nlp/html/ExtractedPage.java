package org.marsad.nlp.html;

import java.util.List;

/**
 * What {@link HtmlArticleExtractor} takes from a page.
 *
 * @param title     the headline ({@code <h1>}, else {@code og:title}, else {@code <title>}), or null
 * @param published publication time as the page states it (not yet normalised), or null
 * @param blocks    the main text, one paragraph or sub-heading per entry, in reading order
 */
public record ExtractedPage(String title, String published, List<String> blocks) {}
