package org.marsad.bench;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.marsad.ingest.DocumentSink;
import org.marsad.ingest.Sources;
import org.marsad.ingest.charset.TextDecoder;
import org.marsad.ingest.charset.UndecodableTextException;
import org.marsad.nlp.article.RawDocument;

/**
 * Accuracy of {@link TextDecoder} on short Arabic snippets encoded in Windows-1256 and
 * ISO-8859-6, against ICU4J's detector alone. Snippets are random word windows from the
 * SaudiNewsNet articles (a corpus the decoder's letter model was not counted on).
 *
 * <p>Usage: {@code bench/run CharsetDetection [SAUDINEWSNET_ZIP] [SNIPPETS_PER_LENGTH]}
 */
public final class CharsetDetection {
  private static final int[] LENGTHS = {1, 2, 3, 5, 10, 20};

  private CharsetDetection() {}

  public static void main(String[] args) {
    Path zip = Path.of(args.length > 0 ? args[0] : "../shared/data/saudinewsnet/2015-08-01.zip");
    int perLength = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
    List<String[]> articles = new ArrayList<>();
    Sources.read(List.of(zip), new DocumentSink() {
      @Override
      public void accept(RawDocument document) {
        articles.add(document.body().strip().split("\\s+"));
      }

      @Override
      public void failed(String origin, String reason, byte[] bytes) { }
    });
    Charset[] charsets = {TextDecoder.WINDOWS_1256, TextDecoder.ISO_8859_6};
    System.out.printf("%s, %d snippets per length and charset, seed 42%n", zip.getFileName(), perLength);
    System.out.printf("%-6s %-12s %10s %10s%n", "words", "charset", "marsad", "icu-alone");
    for (int len : LENGTHS) {
      for (Charset cs : charsets) {
        Random random = new Random(42);
        CharsetEncoder encoder = cs.newEncoder();
        int ok = 0;
        int icuOk = 0;
        int n = 0;
        while (n < perLength) {
          String[] words = articles.get(random.nextInt(articles.size()));
          if (words.length < len) {
            continue;
          }
          int from = random.nextInt(words.length - len + 1);
          String snippet = String.join(" ", java.util.Arrays.copyOfRange(words, from, from + len));
          if (!encoder.canEncode(snippet) || snippet.chars().noneMatch(c -> c >= 0x0621 && c <= 0x064A)) {
            continue;
          }
          byte[] bytes = snippet.getBytes(cs);
          n++;
          try {
            if (TextDecoder.decode(bytes).equals(snippet)) {
              ok++;
            }
          } catch (UndecodableTextException e) {
            // counted as wrong
          }
          if (icuTop(bytes, charsets).equals(cs)) {
            icuOk++;
          }
        }
        System.out.printf("%-6d %-12s %9.1f%% %9.1f%%%n", len, cs.name(), 100.0 * ok / n, 100.0 * icuOk / n);
      }
    }
  }

  /** ICU's best match among the two Arabic charsets (Windows-1256 when it proposes neither). */
  private static Charset icuTop(byte[] bytes, Charset[] candidates) {
    CharsetDetector d = new CharsetDetector();
    d.setText(bytes);
    for (CharsetMatch m : d.detectAll()) {
      for (Charset c : candidates) {
        if (c.name().equalsIgnoreCase(m.getName()) || c.aliases().contains(m.getName())) {
          return c;
        }
      }
    }
    return candidates[0];
  }

}
