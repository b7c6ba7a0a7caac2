package org.marsad.store;

/** One search hit as the CLI and API show it; {@code snippet} has matches in «…»-free HTML-safe marks. */
public record Hit(String id, String title, String source, String url, String published, double score, String snippet) {}
