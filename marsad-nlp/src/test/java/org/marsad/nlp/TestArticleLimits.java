package org.marsad.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;
import org.marsad.text.token.NewsTokenizer;

/** The size limits of article analysis (docs/limits.md). */
class TestArticleLimits {
  private static final String PARAGRAPH =
      "أكد وزير الخارجية أن سورية ستواصل مكافحة الإرهاب حتى تحرير كامل أراضيها، وقال في مؤتمر صحفي اليوم إن الحكومة ماضية في إعادة الإعمار.";
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();

  private static String paragraphs(int n) {
    StringBuilder b = new StringBuilder("دمشق-سانا\n");
    for (int i = 0; i < n; i++) b.append(PARAGRAPH).append("\n\n");
    return b.toString();
  }

  @Test
  void an_article_at_the_token_cap_is_analysed_and_one_token_more_is_rejected() {
    RawDocument doc = RawDocument.ofText(paragraphs(20), "long.txt");
    Article a = analyzer.analyze(doc);
    int tokens = NewsTokenizer.tokenize(a.text()).size();
    assertThat(tokens).isGreaterThan(400);

    assertThat(analyzer.analyze(doc, ArticleAnalyzer.Options.DEFAULT.withMaxTokens(tokens)).text()).isEqualTo(a.text());
    assertThatThrownBy(() -> analyzer.analyze(doc, ArticleAnalyzer.Options.DEFAULT.withMaxTokens(tokens - 1)))
        .isInstanceOf(ArticleTooLongException.class)
        .hasMessage("article too long: more than " + (tokens - 1) + " tokens (limit ArticleAnalyzer.Options.maxTokens, docs/limits.md)");
  }

  @Test
  void the_cap_applies_with_and_without_tokens_requested() {
    RawDocument doc = RawDocument.ofText(paragraphs(5), "five.txt");
    assertThatThrownBy(() -> analyzer.analyze(doc, new ArticleAnalyzer.Options(false, 50))).isInstanceOf(ArticleTooLongException.class);
    assertThatThrownBy(() -> analyzer.analyze(doc, new ArticleAnalyzer.Options(true, 50))).isInstanceOf(ArticleTooLongException.class);
  }

  @Test
  void the_default_cap_is_100000_tokens_and_keeps_long_articles() {
    assertThat(ArticleAnalyzer.Options.DEFAULT.maxTokens()).isEqualTo(100_000);
    assertThat(ArticleAnalyzer.Options.WITH_TOKENS.maxTokens()).isEqualTo(100_000);
    Article a = analyzer.analyze(RawDocument.ofText(paragraphs(300), "feature.txt"), ArticleAnalyzer.Options.WITH_TOKENS);
    assertThat(a.tokens()).hasSizeGreaterThan(7000);
  }

  @Test
  void a_non_positive_cap_is_a_configuration_error() {
    assertThatThrownBy(() -> ArticleAnalyzer.Options.DEFAULT.withMaxTokens(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxTokens must be positive: 0");
  }

  @Test
  void deeply_nested_html_is_extracted_without_stack_overflow() {
    int depth = 100_000;
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div>".repeat(depth));
    html.append("<p>").append(PARAGRAPH).append("</p><p>").append(PARAGRAPH).append("</p>");
    html.append("</div>".repeat(depth)).append("</body></html>");
    RawDocument doc = new RawDocument(html.toString(), true, null, "https://example.org/deep", null, null, "deep.html");
    Article a = analyzer.analyze(doc);
    assertThat(a.text()).contains("ستواصل مكافحة الإرهاب");
  }

  @Test
  void ninety_thousand_unclosed_tags_are_extracted_too() {
    StringBuilder html = new StringBuilder("<html><body>");
    html.append("<div><span><b>".repeat(30_000));
    html.append("<p>").append(PARAGRAPH).append("</p><p>").append(PARAGRAPH).append("</p>");
    RawDocument doc = new RawDocument(html.toString(), true, null, null, null, null, "unclosed.html");
    assertThat(analyzer.analyze(doc).text()).contains("إعادة الإعمار");
  }
}
