package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import java.util.zip.ZipFile;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.MatchNormalizer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/**
 * Throughput of the text layer against Lucene's ArabicAnalyzer on SaudiNewsNet article bodies:
 * bench/run TextThroughput ../shared/data/saudinewsnet/2015-07-21.zip [rounds]
 *
 * <p>Rows: Lucene's ArabicAnalyzer (tokenise+normalise+stop+stem); Marsad display normalisation
 * + tokenisation + match normalisation of every word (the text part of `analyze`); Marsad's
 * ArabicNewsAnalyzer. Two warm-up rounds, then the best of {@code rounds} (default 5).
 */
public final class TextThroughput {
  private TextThroughput() {}

  public static void main(String[] args) throws IOException {
    List<String> docs = load(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long chars = docs.stream().mapToLong(String::length).sum();
    System.out.printf(Locale.ROOT, "%d articles, %.1f M chars, best of %d rounds%n", docs.size(), chars / 1e6, rounds);
    ArabicAnalyzer lucene = new ArabicAnalyzer();
    ArabicNewsAnalyzer marsad = new ArabicNewsAnalyzer();
    double base = report("lucene ArabicAnalyzer", docs, chars, rounds, d -> analyze(lucene, d), 0);
    report("marsad normalise+tokenise", docs, chars, rounds, TextThroughput::normaliseAndTokenise, base);
    report("marsad ArabicNewsAnalyzer", docs, chars, rounds, d -> analyze(marsad, d), base);
  }

  private static long normaliseAndTokenise(String doc) {
    String display = ArabicNormalizer.display(doc);
    long n = 0;
    char[] buf = new char[64];
    for (Token t : NewsTokenizer.tokenize(display)) {
      if (t.type() == TokenType.PUNCTUATION) continue;
      String w = t.text();
      if (buf.length < w.length()) buf = new char[w.length()];
      w.getChars(0, w.length(), buf, 0);
      n += MatchNormalizer.normalize(buf, w.length());
    }
    return n;
  }

  private static long analyze(Analyzer a, String doc) {
    long n = 0;
    try (TokenStream ts = a.tokenStream("body", doc)) {
      ts.reset();
      while (ts.incrementToken()) n++;
      ts.end();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return n;
  }

  private static double report(String name, List<String> docs, long chars, int rounds, ToLongFunction<String> f, double base) {
    long sink = 0;
    double best = Double.MAX_VALUE;
    for (int r = 0; r < rounds + 2; r++) {
      long t0 = System.nanoTime();
      for (String d : docs) sink += f.applyAsLong(d);
      double s = (System.nanoTime() - t0) / 1e9;
      if (r >= 2) best = Math.min(best, s);
    }
    double mbs = chars / best / 1e6;
    System.out.printf(Locale.ROOT, "%-28s %7.2f M chars/s %s (sink %d)%n", name, mbs,
        base > 0 ? String.format(Locale.ROOT, "%.2fx lucene", mbs / base) : "", sink % 10);
    return mbs;
  }

  private static List<String> load(Path zip) throws IOException {
    List<String> docs = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      var entry = z.entries().nextElement();
      try (InputStream in = z.getInputStream(entry)) {
        for (JsonNode n : json.readTree(in)) docs.add(n.path("content").asText());
      }
    }
    return docs;
  }
}
