package org.marsad.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.app.eval.AntCorpus;
import org.marsad.app.eval.AsndCorpus;
import org.marsad.app.eval.EascCorpus;
import org.marsad.nlp.ner.BrownClusters;
import org.marsad.nlp.ner.NerCorpus;
import org.marsad.nlp.ner.TaggedSentence;
import org.marsad.nlp.ner.UnlabelledNews;
import org.marsad.nlp.ner.WordClusters;
import org.marsad.nlp.topic.LabelledText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code marsad train clusters}: learns the NER model's word classes from unlabelled text: flat
 * k-means classes from SaudiNewsNet ({@link WordClusters}, session 2), or with {@code --brown}
 * Brown clusters ({@link BrownClusters}) from the text sources named on the command line.
 */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = "Learn word classes from unlabelled text for `train ner --clusters`: k-means classes from SaudiNewsNet, "
        + "or with --brown Brown clusters from the given sources.")
public final class TrainClustersCommand implements Callable<Integer> {
  @Option(names = "--news", description = "Directory of SaudiNewsNet .zip files (CC BY-NC-SA: non-commercial).")
  Path news;

  @Option(names = "--out", required = true, description = "Class file to write (word<TAB>fine<TAB>coarse; with --brown path<TAB>word<TAB>count).")
  Path out;

  @Option(names = "--words", defaultValue = "40000", description = "k-means: most frequent words to classify (default: ${DEFAULT-VALUE}).")
  int words;

  @Option(names = "--min-count", defaultValue = "5", description = "Minimum occurrences of a classified word (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--brown", description = "Learn Brown clusters (a binary hierarchy; paths as features) instead of k-means classes.")
  boolean brown;

  @Option(names = "--classes", defaultValue = "256", description = "Brown: leaf classes (default: ${DEFAULT-VALUE}).")
  int classes;

  @Option(names = "--iterations", defaultValue = "10", description = "Brown: passes of the exchange algorithm (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--ant", description = "Brown: ANT corpus (.trec.xml.gz; Apache-2.0): every article's title and text.")
  Path ant;

  @Option(names = "--asnd", description = "Brown: ASND folder (CC BY 4.0): the posts of its three CSV files.")
  Path asnd;

  @Option(names = "--arcd", description = "Brown: ARCD JSON file(s) (MIT; Wikipedia text CC BY-SA): every paragraph.")
  List<Path> arcd = new ArrayList<>();

  @Option(names = "--easc", description = "Brown: EASC folder (EASC-UTF-8; CC BY-SA): the articles.")
  Path easc;

  @Option(names = "--conll", description = "Brown: labelled NER file(s) (token<space>tag): their words only. Never a test file.")
  List<Path> conll = new ArrayList<>();

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    OptionCheck.require(spec, brown || news != null, "--news DIR is required (or --brown with its text sources)");
    OptionCheck.require(spec, !brown || news != null || ant != null || asnd != null || easc != null || !arcd.isEmpty() || !conll.isEmpty(),
        "--brown needs text: --ant, --asnd, --arcd, --easc, --conll or --news");
    long t0 = System.nanoTime();
    if (!brown) {
      if (news == null || !Files.isDirectory(news)) throw new IllegalArgumentException("--news: no such directory: " + news);
      List<String[]> lines = UnlabelledNews.readSaudiNewsNet(news);
      WordClusters c = WordClusters.learn(lines, words, minCount, seed);
      c.write(out);
      System.out.printf("classified %d words from %d lines in %.0f s: %s (%d bytes)%n", c.size(), lines.size(),
          (System.nanoTime() - t0) / 1e9, out, Files.size(out));
      return MarsadCli.EXIT_OK;
    }
    List<String[]> lines = brownText();
    if (lines.isEmpty()) throw new IllegalArgumentException("--brown needs text: --ant, --asnd, --arcd, --easc, --conll or --news");
    long tokens = lines.stream().mapToLong(l -> l.length).sum();
    long t1 = System.nanoTime();
    BrownClusters c = BrownClusters.learn(lines, classes, minCount, iterations, seed);
    c.write(out);
    System.out.printf("Brown-clustered %d words into %d classes from %d lines (%d tokens) in %.0f s (reading %.0f s): %s (%d bytes)%n",
        c.size(), c.classCount(), lines.size(), tokens, (System.nanoTime() - t1) / 1e9, (t1 - t0) / 1e9, out, Files.size(out));
    return MarsadCli.EXIT_OK;
  }

  /** The lines of every given source, tokenised as the labelled corpora are. */
  private List<String[]> brownText() throws IOException {
    List<String[]> lines = new ArrayList<>();
    if (ant != null) for (AntCorpus.Doc d : AntCorpus.read(ant)) addText(lines, (d.title() == null ? "" : d.title()) + "\n" + d.text());
    if (asnd != null) for (String split : List.of("trn", "dev", "tst")) for (LabelledText t : AsndCorpus.read(asnd, split)) addText(lines, t.text());
    ObjectMapper json = new ObjectMapper();
    for (Path f : arcd) {
      for (JsonNode article : json.readTree(f.toFile()).path("data")) {
        for (JsonNode p : article.path("paragraphs")) addText(lines, p.path("context").asText());
      }
    }
    if (easc != null) for (EascCorpus.Item i : EascCorpus.read(easc)) addText(lines, i.text());
    for (Path f : conll) for (TaggedSentence s : NerCorpus.read(f)) lines.add(s.tokens());
    if (news != null) lines.addAll(UnlabelledNews.readSaudiNewsNet(news));
    return lines;
  }

  private static void addText(List<String[]> lines, String text) {
    for (String line : text.split("\n")) {
      // The tokenizer splits an emoji's surrogate pair into two tokens; they cannot be written as UTF-8.
      String[] t = java.util.Arrays.stream(UnlabelledNews.tokenize(line))
          .filter(w -> w.chars().noneMatch(ch -> Character.isSurrogate((char) ch))).toArray(String[]::new);
      if (t.length > 0) lines.add(t);
    }
  }
}
