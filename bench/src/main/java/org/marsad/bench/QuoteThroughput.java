package org.marsad.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.nlp.quote.QuoteExtractor;

/**
 * CPU cost of the quotation step alone: {@link QuoteExtractor} (no entities) over every
 * {@code {"text"}} line of a JSON-lines file (e.g. a sample of {@code bench/quote-sample.py}),
 * eight rounds in one JVM; the first rounds are JIT warm-up, read the last ones.
 *
 * <p>Usage: {@code bench/run QuoteThroughput FILE.jsonl}
 */
public final class QuoteThroughput {
  private QuoteThroughput() {}

  public static void main(String[] args) throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      if (!line.isBlank()) texts.add(mapper.readTree(line).get("text").asText());
    }
    QuoteExtractor extractor = new QuoteExtractor();
    for (int round = 0; round < 8; round++) {
      long start = System.nanoTime();
      int quotes = 0;
      for (String text : texts) quotes += extractor.extract(text, List.of()).size();
      System.out.printf("round %d: %.3f ms per article (%d articles, %d quotations)%n",
          round, (System.nanoTime() - start) / 1e6 / texts.size(), texts.size(), quotes);
    }
  }
}
