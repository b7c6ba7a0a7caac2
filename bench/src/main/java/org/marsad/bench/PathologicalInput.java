package org.marsad.bench;

import java.util.Locale;
import java.util.function.Supplier;
import org.marsad.nlp.ArticleAnalyzer;
import org.marsad.nlp.article.RawDocument;

/**
 * Time to analyse hostile article inputs (issue 9, limits): HTML nested 1,000 to 100,000 levels
 * deep, closed and unclosed, and plain text at the token cap:
 * bench/run PathologicalInput [maxDepth]
 *
 * <p>Each row is one cold-ish run after one warm-up on the smallest input; the outcome column says
 * whether an article came out or the documented refusal (NoArticleException, ArticleTooLongException).
 */
public final class PathologicalInput {
  private static final String PARAGRAPH =
      "أكد وزير الخارجية أن سورية ستواصل مكافحة الإرهاب حتى تحرير كامل أراضيها، وقال في مؤتمر صحفي اليوم إن الحكومة ماضية في إعادة الإعمار.";

  private PathologicalInput() {}

  public static void main(String[] args) {
    int maxDepth = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    run("warm-up", analyzer, () -> nested(100, false));
    System.out.printf(Locale.ROOT, "%-34s %10s %10s  %s%n", "input", "chars", "ms", "outcome");
    for (int depth = 1_000; depth <= maxDepth; depth *= 10) {
      int d = depth;
      run("<div> nested " + d, analyzer, () -> nested(d, false));
      run("<div class> nested " + d, analyzer, () -> nested(d, true));
      run("<div><span><b> unclosed x" + d / 3, analyzer, () -> unclosed(d / 3));
    }
    StringBuilder text = new StringBuilder("دمشق-سانا\n");
    while (text.length() < 800_000) text.append(PARAGRAPH).append("\n\n");
    run("plain text 800k chars (over cap)", analyzer, () -> RawDocument.ofText(text.toString(), "long.txt"));
  }

  private static RawDocument nested(int depth, boolean withClass) {
    String open = withClass ? "<div class=\"c\">" : "<div>";
    String html = "<html><body>" + open.repeat(depth) + "<p>" + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p>"
        + "</div>".repeat(depth) + "</body></html>";
    return new RawDocument(html, true, null, null, null, null, "nested.html");
  }

  private static RawDocument unclosed(int n) {
    String html = "<html><body>" + "<div><span><b>".repeat(n) + "<p>" + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p>";
    return new RawDocument(html, true, null, null, null, null, "unclosed.html");
  }

  private static void run(String name, ArticleAnalyzer analyzer, Supplier<RawDocument> input) {
    RawDocument doc = input.get();
    long t0 = System.nanoTime();
    String outcome;
    try {
      outcome = "article, " + analyzer.analyze(doc).text().length() + " chars of text";
    } catch (IllegalArgumentException e) {
      outcome = e.getClass().getSimpleName() + ": " + e.getMessage();
    } catch (StackOverflowError e) {
      outcome = "StackOverflowError";
    }
    long ms = (System.nanoTime() - t0) / 1_000_000;
    if (!name.equals("warm-up")) {
      System.out.printf(Locale.ROOT, "%-34s %10d %10d  %s%n", name, doc.body().length(), ms, outcome);
    }
  }
}
