package org.marsad.app.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web UI's HTML pages, each made of one shared layout ({@code /ui/layout.html}: head,
 * header, navigation, language button) and the page's own content ({@code /ui/pages/FILE}, what
 * goes inside {@code <main>}). Rendered once when the server is built and kept in memory, so a
 * change to the header is one edit and every page gets it. Scripts, styles and charts stay
 * static files under {@code /web}.
 *
 * <p>The layout has four kinds of slots, filled from {@link #PAGES} only (never from a request):
 * <ul>
 *   <li>{@code {{page}}}: the page name the scripts dispatch on ({@code <body data-page>});
 *   <li>{@code {{script}}}: the page's script, {@code NAME.js};
 *   <li>{@code {{current:NAV}}}: {@code aria-current="page"} on the navigation link of the page's section;
 *   <li>{@code {{main}}}: the page's content.
 * </ul>
 * A slot left unfilled, or a missing file, fails at start-up rather than showing a broken page.
 */
final class UiPages {
  /**
   * One page of the UI.
   *
   * @param file the path it is served at ({@code /FILE}) and its content file under {@code /ui/pages}
   * @param name {@code <body data-page>} and the script {@code js/NAME.js}
   * @param nav  the navigation entry marked current (the section the page belongs to)
   */
  record Page(String file, String name, String nav) {}

  /** Every page, in navigation order; {@code /} serves the first. */
  static final List<Page> PAGES = List.of(
      new Page("index.html", "search", "search"),
      new Page("article.html", "article", "search"),
      new Page("entities.html", "entities", "entities"),
      new Page("entity.html", "entity", "entities"),
      new Page("quotes.html", "quotes", "quotes"),
      new Page("stories.html", "stories", "stories"),
      new Page("story.html", "story", "stories"),
      new Page("alerts.html", "alerts", "alerts"),
      new Page("status.html", "status", "status"));

  static final String CONTENT_TYPE = "text/html; charset=utf-8";
  private static final Pattern CURRENT = Pattern.compile("\\{\\{current:([a-z]+)}}");

  private final Map<String, byte[]> rendered;

  private UiPages(Map<String, byte[]> rendered) {
    this.rendered = rendered;
  }

  /** Renders every page from the jar's resources. */
  static UiPages load() {
    String layout = resource("/ui/layout.html");
    Map<String, byte[]> out = new LinkedHashMap<>();
    for (Page p : PAGES) out.put(p.file(), render(layout, p, resource("/ui/pages/" + p.file())).getBytes(StandardCharsets.UTF_8));
    return new UiPages(out);
  }

  /** The layout with the page's slots filled. */
  static String render(String layout, Page page, String main) {
    String html = layout.replace("{{page}}", page.name()).replace("{{script}}", page.name() + ".js");
    Matcher m = CURRENT.matcher(html);
    html = m.replaceAll(r -> r.group(1).equals(page.nav()) ? " aria-current=\"page\"" : "");
    if (!html.contains("{{main}}")) throw new IllegalStateException("the UI layout has no {{main}} slot");
    int open = html.indexOf("{{");
    if (open != html.indexOf("{{main}}") || html.indexOf("{{", open + 1) >= 0) {
      throw new IllegalStateException("the UI layout has an unknown slot near: " + html.substring(open, Math.min(html.length(), open + 30)));
    }
    return html.replace("{{main}}", main.stripTrailing()); // filled last: page content is never scanned for slots
  }

  /** The rendered page served at {@code /FILE}, if there is one. */
  Optional<byte[]> page(String file) {
    return Optional.ofNullable(rendered.get(file));
  }

  /** A handler that answers with one rendered page. */
  io.javalin.http.Handler handler(String file) {
    byte[] html = page(file).orElseThrow(() -> new IllegalArgumentException("no UI page " + file));
    return (Context ctx) -> {
      ctx.header("Cache-Control", "no-cache");
      ctx.contentType(CONTENT_TYPE);
      ctx.result(html);
    };
  }

  private static String resource(String path) {
    try (InputStream in = UiPages.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing UI resource " + path);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read UI resource " + path, e);
    }
  }
}
