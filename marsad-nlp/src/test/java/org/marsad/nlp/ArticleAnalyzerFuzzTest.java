package org.marsad.nlp;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.HashSet;
import java.util.Set;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Boilerplate;
import org.marsad.nlp.article.RawDocument;
import org.marsad.testkit.fuzz.Documented;
import org.marsad.testkit.fuzz.FuzzText;
import org.marsad.testkit.fuzz.Spans;
import org.marsad.text.sentence.Sentence;
import org.marsad.text.token.Token;

/**
 * Fuzz targets for article analysis on outside input, as plain text and as an HTML page.
 * Documented refusals: {@link NoArticleException} and {@link ArticleTooLongException}, with a message. Properties of every record:
 * a non-blank {@code text} and an id; no line of {@code text} is one of its boilerplate lines;
 * tokens and sentences lie within {@code text}, in order. The first input line also serves as
 * the container's {@code published} field, so the date parser sees outside strings too.
 * Regression inputs: src/test/resources/org/marsad/nlp/ArticleAnalyzerFuzzTestInputs/&lt;method&gt;/.
 */
class ArticleAnalyzerFuzzTest {
  private static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();
  private static final Documented REFUSALS = Documented.refusals(NoArticleException.class, ArticleTooLongException.class);
  /** A small token cap, so that the fuzzer's inputs (up to 4 KiB) reach the over-limit path too. */
  private static final ArticleAnalyzer.Options OPTIONS = ArticleAnalyzer.Options.WITH_TOKENS.withMaxTokens(300);

  @FuzzTest(maxDuration = "10m")
  void plainText(byte[] input) throws Exception {
    String text = FuzzText.of(input);
    check(new RawDocument(text, false, null, null, "fuzz", firstLine(text), "fuzz.txt"));
  }

  @FuzzTest(maxDuration = "10m")
  void html(byte[] input) throws Exception {
    String text = FuzzText.of(input);
    check(new RawDocument(text, true, null, "https://example.org/news/1", "fuzz", null, "fuzz.html"));
  }

  private static void check(RawDocument doc) throws Exception {
    Article a = REFUSALS.call(() -> ANALYZER.analyze(doc, OPTIONS));
    if (a == null) {
      return;
    }
    if (a.id() == null || a.text() == null || a.text().isBlank()) {
      throw new AssertionError("record without id or text: " + a);
    }
    Set<String> lines = new HashSet<>();
    a.text().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
    for (Boilerplate b : a.boilerplate()) {
      if (lines.contains(b.text().strip())) {
        throw new AssertionError("boilerplate line left in text (" + b.kind() + "): " + b.text());
      }
    }
    Spans.check("token", a.tokens(), Token::start, Token::end, a.text().length(), true, true);
    Spans.check("sentence", a.sentences(), Sentence::start, Sentence::end, a.text().length(), true, true);
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    String line = nl < 0 ? text : text.substring(0, nl);
    return line.length() <= 80 ? line : null;
  }
}
