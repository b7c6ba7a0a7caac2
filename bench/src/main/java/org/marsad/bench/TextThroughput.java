package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
 * ArabicNewsAnalyzer. Two warm-up rounds, then {@code rounds} measured rounds (default 5).
 */
public final class TextThroughput {
  private TextThroughput() {}

  public static void main(String[] args) throws IOException {
    List<String> docs = load(Path.of(args[0]));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long chars = docs.stream().mapToLong(String::length).sum();
    System.out.printf(Locale.ROOT, "%d articles, %.1f M chars, %d measured rounds%n", docs.size(), chars / 1e6, rounds);
    ArabicAnalyzer lucene = new ArabicAnalyzer();
    ArabicNewsAnalyzer marsad = new ArabicNewsAnalyzer();
    String[] names = {"lucene ArabicAnalyzer", "marsad normalise+tokenise", "marsad ArabicNewsAnalyzer"};
    List<ToLongFunction<String>> runs = List.of(d -> analyze(lucene, d), TextThroughput::normaliseAndTokenise, d -> analyze(marsad, d));
    // Rounds interleave the three rows so that load from other processes hits them alike; the
    // ratio to Lucene is the median of the per-round ratios.
    double[][] seconds = new double[runs.size()][rounds];
    long sink = 0;
    for (int r = -2; r < rounds; r++) {
      for (int i = 0; i < runs.size(); i++) {
        long t0 = System.nanoTime();
        for (String d : docs) sink += runs.get(i).applyAsLong(d);
        if (r >= 0) seconds[i][r] = (System.nanoTime() - t0) / 1e9;
      }
    }
    for (int i = 0; i < runs.size(); i++) {
      double best = Arrays.stream(seconds[i]).min().orElseThrow();
      double[] ratios = new double[rounds];
      for (int r = 0; r < rounds; r++) ratios[r] = seconds[0][r] / seconds[i][r];
      Arrays.sort(ratios);
      System.out.printf(Locale.ROOT, "%-28s %7.2f M chars/s (best round)  %.2fx lucene (median of rounds)%n",
          names[i], chars / best / 1e6, ratios[rounds / 2]);
    }
    System.out.println("(sink " + (sink % 10) + ")");
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
