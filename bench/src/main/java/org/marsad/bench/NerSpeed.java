package org.marsad.bench;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.marsad.nlp.ner.NerCorpus;
import org.marsad.nlp.ner.NerEvaluation;
import org.marsad.nlp.ner.NerTagger;
import org.marsad.nlp.ner.TaggedSentence;

/**
 * Tagging speed of the NER tagger on one thread, and its output for comparing two versions:
 * bench/run NerSpeed [--model MODEL] [--rounds N] [--documents N] [--tags DIR] FILE[@FROM_LINE] ...
 *
 * <p>Each file is tagged sentence by sentence as {@code marsad eval ner} does.
 * With {@code --documents N} they are tagged as the pipeline tags an article instead: N
 * consecutive sentences at a time with {@link NerTagger#tagDocument} (both stages of a stacked
 * model over the document, then the document passes), as {@code marsad eval ner --documents N}.
 * Two warm-up passes
 * over all files, then {@code rounds} measured passes (default 7); the median round is reported
 * in tokens per CPU-second of the tagging thread and in tokens per wall-clock second (the load
 * average of a shared machine moves the wall figure far more than the CPU figure). With
 * {@code --tags DIR} the tags of each file (one {@code token<TAB>tag} per line, blank line
 * between sentences) are written to {@code DIR/<file name>.tags} (with {@code --documents N}, the
 * tags of N-sentence documents), so that the output of two builds can be diffed.
 */
public final class NerSpeed {
  private NerSpeed() {}

  public static void main(String[] args) throws Exception {
    Path model = null;
    Path tagsDir = null;
    int rounds = 7;
    int documents = 0;
    List<String> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--model" -> model = Path.of(args[++i]);
        case "--rounds" -> rounds = Integer.parseInt(args[++i]);
        case "--tags" -> tagsDir = Path.of(args[++i]);
        case "--documents" -> documents = Integer.parseInt(args[++i]);
        default -> files.add(args[i]);
      }
    }
    NerTagger tagger = model != null ? NerTagger.load(model) : NerTagger.defaultTagger();
    List<List<TaggedSentence>> corpora = new ArrayList<>();
    for (String f : files) {
      int at = f.lastIndexOf('@');
      Path p = Path.of(at < 0 ? f : f.substring(0, at));
      corpora.add(NerCorpus.read(p, at < 0 ? 1 : Integer.parseInt(f.substring(at + 1))));
    }
    if (tagsDir != null) {
      Files.createDirectories(tagsDir);
      for (int k = 0; k < files.size(); k++) writeTags(tagger, corpora.get(k), documents, tagsDir.resolve(Path.of(files.get(k).split("@")[0]).getFileName() + ".tags"));
    }
    List<TaggedSentence> all = corpora.stream().flatMap(List::stream).toList();
    int docs = documents;
    java.util.function.Supplier<NerEvaluation> pass = () -> docs > 0 ? NerEvaluation.runInDocuments(tagger, all, docs) : NerEvaluation.run(tagger, all);
    for (int w = 0; w < 2; w++) pass.get();
    double[] cpu = new double[rounds];
    double[] wall = new double[rounds];
    NerEvaluation last = null;
    for (int r = 0; r < rounds; r++) {
      last = pass.get();
      cpu[r] = last.tokensPerCpuSecond();
      wall[r] = last.tokensPerSecond();
      System.out.printf(Locale.ROOT, "round %d: %,.0f tokens per CPU-second, %,.0f tokens/s wall%n", r + 1, cpu[r], wall[r]);
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf(Locale.ROOT, "%d sentences, %d tokens, micro-F1 %.2f; median of %d rounds: %,.0f tokens per CPU-second"
        + " (min %,.0f, max %,.0f), %,.0f tokens/s wall%n", last.sentences(), last.tokens(), last.microF1(), rounds,
        cpu[rounds / 2], cpu[0], cpu[rounds - 1], wall[rounds / 2]);
  }

  /** Writes the tags: sentence by sentence, or with {@code documents > 0} as {@link NerTagger#tagDocument} gives them. */
  private static void writeTags(NerTagger tagger, List<TaggedSentence> corpus, int documents, Path out) throws Exception {
    tagger.clearContext();
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8))) {
      int step = documents > 0 ? documents : 1;
      for (int from = 0; from < corpus.size(); from += step) {
        List<TaggedSentence> doc = corpus.subList(from, Math.min(corpus.size(), from + step));
        List<String[]> tokens = doc.stream().map(TaggedSentence::tokens).toList();
        List<String[]> tags = documents > 0 ? tagger.tagDocument(tokens) : List.<String[]>of(tagger.tagInContext(tokens.get(0)));
        for (int k = 0; k < tags.size(); k++) {
          for (int i = 0; i < tags.get(k).length; i++) w.println(tokens.get(k)[i] + "\t" + tags.get(k)[i]);
          w.println();
        }
      }
    }
    tagger.clearContext();
  }
}
