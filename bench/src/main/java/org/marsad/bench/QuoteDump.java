package org.marsad.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.nlp.article.Quote;
import org.marsad.nlp.quote.QuoteExtractor;

/**
 * Spot checks of the quotation rules on corpus text: runs {@link QuoteExtractor} (no entities)
 * on every {@code {"id", "text"}} line of a JSON-lines file and prints one tab-separated line
 * per quotation: id, D/I, speaker, verb, start offset, text (line breaks as spaces). Run it
 * before and after a change and diff the two outputs to read what the change did.
 *
 * <p>The sample of session 5 (1,000 articles outside every gold set, 800 SaudiNewsNet and 200
 * ANT, {@code random.seed(505)}) is made by {@code bench/quote-sample.py}:
 * <pre>
 *   python3 bench/quote-sample.py ../shared /tmp/quote-sample.jsonl
 *   bench/run QuoteDump /tmp/quote-sample.jsonl &gt; /tmp/quotes-before.tsv
 * </pre>
 * A third argument to the script draws another sample with that seed (session 7: 707).
 */
public final class QuoteDump {
  private QuoteDump() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: bench/run QuoteDump FILE.jsonl");
      System.exit(2);
    }
    QuoteExtractor extractor = new QuoteExtractor();
    ObjectMapper mapper = new ObjectMapper();
    StringBuilder out = new StringBuilder();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank()) continue;
        JsonNode n = mapper.readTree(line);
        String id = n.get("id").asText();
        for (Quote q : extractor.extract(n.get("text").asText(), List.of())) {
          out.append(id).append('\t').append(q.direct() ? 'D' : 'I').append('\t').append(q.speaker())
              .append('\t').append(q.verb()).append('\t').append(q.start()).append('\t')
              .append(q.text().replace('\n', ' ')).append('\n');
        }
      }
    }
    System.out.print(out);
  }
}
