package org.marsad.nlp.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.marsad.nlp.NoArticleException;

/**
 * The main text of a news page. Hand-written because no maintained Java library does this
 * for Arabic pages (boilerpipe is abandoned); the method is the usual text-density one:
 * <ol>
 *   <li>drop elements that are never article text (scripts, forms, {@code nav}, {@code aside},
 *       {@code footer}, figure captions) and blocks whose class or id says share, comments,
 *       related, sidebar, menu, tags, ads, newsletter…;</li>
 *   <li>score every paragraph-like block by length and commas (Arabic {@code ،} included) and
 *       credit its parent fully and its grandparent half; scale by 1 − link density;</li>
 *   <li>take the best container, plus sibling blocks scoring at least a quarter as well, drop
 *       link lists inside it, and read it as lines ({@code <p>}, headings, {@code <br>}).</li>
 * </ol>
 * A page whose best container holds fewer than {@value #MIN_WORDS} words has no article and
 * raises {@link NoArticleException}. Thread-safe (no state).
 */
public final class HtmlArticleExtractor {
  /** Fewer words than this in the best container: no article (also the feed reader's test for a teaser). */
  public static final int MIN_WORDS = 30;

  private static final String ALWAYS_NOISE = "script, style, noscript, iframe, form, nav, footer, aside, button, svg, "
      + "select, input, textarea, template, figcaption, [role=navigation], [role=complementary], [aria-hidden=true], "
      + "[hidden]";
  private static final Pattern NOISE_NAME = Pattern.compile(
      "(^|[\\s_-])(share|sharing|sharethis|social|socials|comment|comments|disqus|related|relatedposts|sidebar|"
          + "footer|nav|navbar|navigation|menu|breadcrumb|breadcrumbs|advert|advertisement|ad|ads|adsbygoogle|banner|"
          + "promo|newsletter|subscribe|tags|tag|taglist|keywords|widget|popular|most-read|mostread|trending|"
          + "more-news|morenews|read-more|readmore|cookie|modal|popup|print|author-box|ticker|urgent)([\\s_-]|\\d|$)",
      Pattern.CASE_INSENSITIVE);
  private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
      "h5", "h6", "li", "ul", "ol", "blockquote", "tr", "table", "br", "pre", "header", "dd", "dt", "figure");

  /** Extracts title, publication time and main text from {@code html}. */
  public ExtractedPage extract(String html, String baseUri) {
    Document doc = Jsoup.parse(html, baseUri == null ? "" : baseUri);
    String published = PageMetadata.published(doc);
    removeNoise(doc);
    Scores scores = score(doc);
    Element top = scores.best();
    String title = PageMetadata.title(doc, top);
    if (top == null) throw new NoArticleException("no article text found in the HTML page");
    List<String> blocks = new ArrayList<>();
    for (Element part : withGoodSiblings(top, scores.byElement())) {
      part.select("h1").remove(); // the headline is the title, not body text
      removeLinkLists(part);
      blocks.addAll(lines(part));
    }
    int words = blocks.stream().mapToInt(b -> b.split("\\s+").length).sum();
    if (words < MIN_WORDS) throw new NoArticleException("no article text found in the HTML page");
    return new ExtractedPage(title, published, List.copyOf(blocks));
  }

  private static void removeNoise(Document doc) {
    doc.select(ALWAYS_NOISE).remove();
    removeDateStamps(doc);
    int pageText = textLength(doc.body().select("p"));
    for (Element e : doc.body().select("[class], [id]")) {
      if (e.parent() == null || e.tagName().equals("body") || e.tagName().equals("article") || e.tagName().equals("main")) continue;
      String name = e.className() + " " + e.id();
      if (!NOISE_NAME.matcher(name).find()) continue;
      // A wrapper named "…-sidebar" that holds most of the page's paragraphs is the layout, not noise.
      if (pageText > 0 && textLength(e.select("p")) > pageText / 2) continue;
      e.remove();
    }
    doc.select("header").forEach(h -> { if (h.select("h1").isEmpty()) h.remove(); });
  }

  /**
   * A {@code <time>} that makes a line of its own (the date stamp in an article's header,
   * {@code <article><h1>…</h1><time datetime="…">2026-12-04T09:42:00+03:00</time><p>…}) is page
   * furniture, not text: it became the first words of the article (session 17 QA, F8). Its
   * {@code datetime} was read as the published time before. A {@code <time>} inside a sentence
   * ("أعلن اليوم (<time>الاثنين</time>) أن…") is text and stays.
   */
  private static void removeDateStamps(Document doc) {
    for (Element time : doc.body().select("time")) {
      if (wordsOnItsLine(time) < MIN_SENTENCE_WORDS) time.remove();
    }
  }

  /** Fewer other words than this on a {@code <time>}'s line: the line is a date stamp (or a label and a date). */
  private static final int MIN_SENTENCE_WORDS = 3;

  /** Words on the same line as {@code e}, outside it: its inline siblings, up through inline parents, up to a block or {@code <br>}. */
  private static int wordsOnItsLine(Element e) {
    int words = 0;
    Element at = e;
    while (true) {
      words += wordsBeside(at, true) + wordsBeside(at, false);
      Element parent = at.parent();
      if (parent == null || BLOCKS.contains(parent.tagName()) || parent.tagName().equals("body")) return words;
      at = parent;
    }
  }

  private static int wordsBeside(Element e, boolean before) {
    int words = 0;
    for (Node n = before ? e.previousSibling() : e.nextSibling(); n != null; n = before ? n.previousSibling() : n.nextSibling()) {
      if (n instanceof Element el && BLOCKS.contains(el.tagName())) break;
      String text = n instanceof TextNode t ? t.text() : n instanceof Element el ? el.text() : "";
      for (String w : text.strip().split("\\s+")) {
        if (w.codePoints().anyMatch(Character::isLetterOrDigit)) words++;
      }
    }
    return words;
  }

  private static int textLength(List<Element> elements) {
    int n = 0;
    for (Element e : elements) n += e.text().length();
    return n;
  }

  /** Container scores, and the best container (null when no block had text). */
  private record Scores(Element best, Map<Element, Double> byElement) {}

  private static Scores score(Document doc) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element e : doc.body().select("p, pre, td, blockquote, div, section, article")) {
      boolean paragraph = e.tagName().equals("p") || e.tagName().equals("pre") || e.tagName().equals("blockquote");
      String text = paragraph ? e.text() : e.ownText();
      if (text.length() < 25) continue;
      double score = 1 + commas(text) + Math.min(3, text.length() / 100.0);
      // A <p> credits its container; text sitting directly in a <div> (<br>-separated copy) credits the div itself.
      Element first = paragraph ? e.parent() : e;
      if (first == null) continue;
      scores.merge(first, score, Double::sum);
      if (first.parent() != null) scores.merge(first.parent(), score / 2, Double::sum);
    }
    Element best = null;
    double bestScore = 0;
    for (Map.Entry<Element, Double> en : scores.entrySet()) {
      double s = en.getValue() * (1 - linkDensity(en.getKey()));
      en.setValue(s);
      if (s > bestScore) {
        bestScore = s;
        best = en.getKey();
      }
    }
    return new Scores(best, scores);
  }

  private static List<Element> withGoodSiblings(Element top, Map<Element, Double> scores) {
    double topScore = scores.getOrDefault(top, 0.0);
    Element parent = top.parent();
    if (parent == null || parent.tagName().equals("html")) return List.of(top);
    List<Element> out = new ArrayList<>();
    for (Element sib : parent.children()) {
      if (sib == top || scores.getOrDefault(sib, 0.0) >= topScore / 4 && linkDensity(sib) < 0.3) out.add(sib);
    }
    return out;
  }

  private static void removeLinkLists(Element root) {
    for (Element e : root.select("ul, ol, div, section, p, table")) {
      if (e == root || e.parent() == null) continue;
      String text = e.text();
      if (text.length() < 400 && linkDensity(e) > 0.5) e.remove();
    }
  }

  private static double linkDensity(Element e) {
    int total = e.text().length();
    if (total == 0) return 0;
    int links = 0;
    for (Element a : e.select("a")) links += a.text().length();
    return Math.min(1.0, (double) links / total);
  }

  private static int commas(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (s.charAt(i) == ',' || s.charAt(i) == '،') n++;
    return n;
  }

  /** The element's text as lines: one per block element or {@code <br>}. */
  private static List<String> lines(Element root) {
    StringBuilder sb = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) sb.append(t.text());
        else if (node instanceof Element el && BLOCKS.contains(el.normalName())) sb.append('\n');
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element el && BLOCKS.contains(el.normalName())) sb.append('\n');
      }
    }, root);
    List<String> out = new ArrayList<>();
    for (String line : sb.toString().split("\n")) {
      String l = line.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ");
      if (!l.isEmpty()) out.add(l);
    }
    return out;
  }
}
