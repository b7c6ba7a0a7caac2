package org.marsad.nlp.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Title and publication time from a page's markup: meta tags, {@code <time>}, JSON-LD. */
final class PageMetadata {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> PUBLISHED_META = List.of(
      "meta[property=article:published_time]", "meta[name=article:published_time]",
      "meta[itemprop=datePublished]", "meta[name=pubdate]", "meta[name=publishdate]",
      "meta[name=publish-date]", "meta[name=date]", "meta[name=DC.date.issued]", "meta[name=dcterms.created]",
      "meta[property=og:published_time]", "meta[name=sailthru.date]");
  /** " - اسم الموقع" / " | Site" endings that sites append to {@code <title>} and og:title. */
  private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|\\-–—]\\s+[^|\\-–—]{1,40}$");

  private PageMetadata() {}

  static String title(Document doc, Element articleRoot) {
    Element h1 = articleRoot == null ? null : articleRoot.selectFirst("h1");
    if (h1 == null) h1 = doc.selectFirst("h1");
    if (h1 != null && h1.text().strip().split("\\s+").length >= 2) return h1.text().strip();
    String og = attr(doc, "meta[property=og:title]", "content");
    if (og == null) og = attr(doc, "meta[name=twitter:title]", "content");
    if (og != null) return stripSiteSuffix(og);
    String t = doc.title();
    return t == null || t.isBlank() ? null : stripSiteSuffix(t);
  }

  static String published(Document doc) {
    for (String sel : PUBLISHED_META) {
      String v = attr(doc, sel, "content");
      if (v != null) return v;
    }
    String ld = jsonLdDatePublished(doc);
    if (ld != null) return ld;
    Element itemprop = doc.selectFirst("[itemprop=datePublished]");
    if (itemprop != null) {
      String v = itemprop.hasAttr("datetime") ? itemprop.attr("datetime") : itemprop.hasAttr("content") ? itemprop.attr("content") : itemprop.text();
      if (!v.isBlank()) return v.strip();
    }
    // The first <time datetime> in page order. (The former selector "article time[datetime], …"
    // matched the same elements but walked every element's ancestors: quadratic on deep pages.)
    Element time = doc.selectFirst("time[datetime]");
    return time == null ? null : time.attr("datetime").strip();
  }

  private static String jsonLdDatePublished(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      try {
        String v = findField(JSON.readTree(script.data()), "datePublished", 0);
        if (v != null) return v;
      } catch (Exception e) {
        // Broken JSON-LD is common on news sites; the other sources of the date still apply.
      }
    }
    return null;
  }

  private static String findField(JsonNode node, String field, int depth) {
    if (node == null || depth > 6) return null;
    if (node.isObject()) {
      JsonNode v = node.get(field);
      if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText();
      for (JsonNode child : node) {
        String found = findField(child, field, depth + 1);
        if (found != null) return found;
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        String found = findField(child, field, depth + 1);
        if (found != null) return found;
      }
    }
    return null;
  }

  private static String attr(Document doc, String selector, String attr) {
    Element e = doc.selectFirst(selector);
    if (e == null) return null;
    String v = e.attr(attr).strip();
    return v.isEmpty() ? null : v;
  }

  static String stripSiteSuffix(String title) {
    String t = title.strip();
    String cut = SITE_SUFFIX.matcher(t).replaceFirst("");
    return cut.split("\\s+").length >= 2 ? cut : t;
  }
}
