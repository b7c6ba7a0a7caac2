package org.marsad.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.nlp.ner.UnlabelledNews;
import org.marsad.nlp.ner.WordClusters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad train clusters}: learns the NER model's word classes from unlabelled news. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = "Learn distributional word classes from unlabelled news (SaudiNewsNet .zip files) for `train ner --clusters`.")
public final class TrainClustersCommand implements Callable<Integer> {
  @Option(names = "--news", required = true, description = "Directory of SaudiNewsNet .zip files.")
  Path news;

  @Option(names = "--out", required = true, description = "Class file to write (word<TAB>fine<TAB>coarse).")
  Path out;

  @Option(names = "--words", defaultValue = "40000", description = "Most frequent words to classify (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--min-count", defaultValue = "5", description = "Minimum occurrences of a classified word (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(news)) throw new IllegalArgumentException(news + ": no such directory");
    long t0 = System.nanoTime();
    List<String[]> lines = UnlabelledNews.readSaudiNewsNet(news);
    WordClusters c = WordClusters.learn(lines, words, minCount, seed);
    c.write(out);
    System.out.printf("classified %d words from %d lines in %.0f s: %s (%d bytes)%n", c.size(), lines.size(),
        (System.nanoTime() - t0) / 1e9, out, Files.size(out));
    return MarsadCli.EXIT_OK;
  }
}
