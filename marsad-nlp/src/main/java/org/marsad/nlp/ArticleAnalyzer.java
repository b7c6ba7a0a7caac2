package org.marsad.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.marsad.nlp.anatomy.Anatomy;
import org.marsad.nlp.anatomy.ContentId;
import org.marsad.nlp.anatomy.PlainTextAnatomy;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.nlp.article.SourceFields;
import org.marsad.nlp.date.PublishedTimeParser;
import org.marsad.nlp.html.ExtractedPage;
import org.marsad.nlp.html.HtmlArticleExtractor;
import org.marsad.text.sentence.SentenceSplitter;
import org.marsad.text.token.NewsTokenizer;

/**
 * The analysis pipeline: a {@link RawDocument} in, an {@link Article} out.
 * <ol>
 *   <li>HTML pages are reduced to their main text and metadata ({@link HtmlArticleExtractor});</li>
 *   <li>anatomy ({@link PlainTextAnatomy}): title, dateline, lead, sections, boilerplate, clean text;</li>
 *   <li>{@code published}: the container's time, else the page's, else the dateline's date, as ISO-8601;</li>
 *   <li>the {@link ArticleEnricher} steps, in the order given (entities, quotations, topic…);</li>
 *   <li>tokens and sentences, with offsets into {@code text}, when {@link Options#tokens()} asks.</li>
 * </ol>
 * Immutable and thread-safe when its enrichers are: one instance serves every thread.
 *
 * <pre>{@code
 * ArticleAnalyzer analyzer = new ArticleAnalyzer(List.of(entityStep, quoteStep));
 * Article a = analyzer.analyze(RawDocument.ofText(text, "seed.txt"), ArticleAnalyzer.Options.DEFAULT);
 * }</pre>
 */
public final class ArticleAnalyzer {
  /**
   * What to compute besides the record itself, and how large an article may be.
   *
   * @param tokens    add tokens and sentences (large; off by default)
   * @param maxTokens articles whose clean text has more tokens than this are rejected with
   *                  {@link ArticleTooLongException}, whether or not tokens are asked for
   *                  (docs/limits.md)
   */
  public record Options(boolean tokens, int maxTokens) {
    /**
     * 100,000 tokens: about 600 KB of Arabic text, twenty times a long feature article. Beyond
     * that an input is a book, a dump or an attack, and entities, quotes and the index would all
     * pay for it.
     */
    public static final int DEFAULT_MAX_TOKENS = 100_000;
    public static final Options DEFAULT = new Options(false);
    public static final Options WITH_TOKENS = new Options(true);

    public Options {
      if (maxTokens < 1) throw new IllegalArgumentException("maxTokens must be positive: " + maxTokens);
    }

    /** Options with the default token cap. */
    public Options(boolean tokens) {
      this(tokens, DEFAULT_MAX_TOKENS);
    }

    /** The same options with another token cap. */
    public Options withMaxTokens(int max) {
      return new Options(tokens, max);
    }
  }

  private final PlainTextAnatomy anatomy;
  private final HtmlArticleExtractor html;
  private final List<ArticleEnricher> enrichers;

  /** Anatomy only, no enrichment steps. */
  public ArticleAnalyzer() {
    this(List.of());
  }

  /** Anatomy followed by {@code enrichers}, in order. */
  public ArticleAnalyzer(List<ArticleEnricher> enrichers) {
    this(PlainTextAnatomy.standard(), new HtmlArticleExtractor(), enrichers);
  }

  public ArticleAnalyzer(PlainTextAnatomy anatomy, HtmlArticleExtractor html, List<ArticleEnricher> enrichers) {
    this.anatomy = Objects.requireNonNull(anatomy, "anatomy");
    this.html = Objects.requireNonNull(html, "html");
    this.enrichers = List.copyOf(enrichers);
  }

  /** The same analyzer with {@code step} appended to its enrichment steps. */
  public ArticleAnalyzer with(ArticleEnricher step) {
    List<ArticleEnricher> steps = new ArrayList<>(enrichers);
    steps.add(step);
    return new ArticleAnalyzer(anatomy, html, steps);
  }

  /** The enrichment steps, in order. */
  public List<ArticleEnricher> enrichers() {
    return enrichers;
  }

  /** Analyses with default options. */
  public Article analyze(RawDocument doc) {
    return analyze(doc, Options.DEFAULT);
  }

  /**
   * Analyses one document.
   *
   * @throws NoArticleException     when the document holds no article text (an input error)
   * @throws ArticleTooLongException when its text has more than {@link Options#maxTokens} tokens
   */
  public Article analyze(RawDocument doc, Options options) {
    return finish(identify(doc, options), options);
  }

  /**
   * The cheap first part of {@link #analyze}: the text, title, dateline and content id, no
   * enrichment. An ingest asks the collection with the id whether the article is known before it
   * pays for the rest ({@link #finish}); {@code finish(identify(doc, o), o)} is {@code analyze(doc, o)}.
   *
   * @throws NoArticleException     as {@link #analyze}
   * @throws ArticleTooLongException as {@link #analyze}
   */
  public Article identify(RawDocument doc, Options options) {
    Objects.requireNonNull(doc, "doc");
    if (doc.body() == null || doc.body().isBlank()) throw new NoArticleException("empty document");
    String body = doc.body();
    String title = doc.title();
    String published = PublishedTimeParser.parse(doc.published());
    if (doc.html()) {
      ExtractedPage page = html.extract(body, doc.url());
      body = String.join("\n", page.blocks());
      if (title == null || title.isBlank()) title = page.title();
      if (published == null) published = PublishedTimeParser.parse(page.published());
    }
    Anatomy a = anatomy.parse(body, title);
    checkLength(a.text(), options.maxTokens());
    if (published == null && a.dateline() != null) published = a.dateline().date();
    return new Article(ContentId.ofDisplayNormalized(a.text()), a.title(), a.titleCategory(), published,
        SourceFields.source(doc.source()), SourceFields.url(doc.url()),
        a.dateline(), a.lead(), a.sections(), a.boilerplate(), a.text(), null, null,
        List.of(), List.of(), null, List.of(), null, null);
  }

  /** The rest of {@link #analyze} on what {@link #identify} gave: the enrichment steps (entities, quotes, topic, …). */
  public Article finish(Article article, Options options) {
    for (ArticleEnricher step : enrichers) article = step.enrich(article);
    if (options.tokens()) {
      article = article.withTokens(NewsTokenizer.tokenize(article.text()), SentenceSplitter.split(article.text()));
    }
    return article;
  }

  /** Every token has at least one character, so only texts longer than the cap need counting. */
  private static void checkLength(String text, int maxTokens) {
    if (text.length() > maxTokens && NewsTokenizer.count(text, maxTokens + 1) > maxTokens) {
      throw new ArticleTooLongException("article too long: more than " + maxTokens
          + " tokens (limit ArticleAnalyzer.Options.maxTokens, docs/limits.md)");
    }
  }
}
