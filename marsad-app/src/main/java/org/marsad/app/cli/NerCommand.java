package org.marsad.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.nlp.ner.NerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad ner}: tags tokens read one per line on stdin (blank line between sentences)
 * and writes {@code token<TAB>tag}, keeping the blank lines.
 */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = "Tag tokens (one per line on stdin, blank line between sentences); writes token<TAB>tag.")
public final class NerCommand implements Callable<Integer> {
  @Option(names = "--model", description = "Model file (default: the shipped model).")
  Path model;

  @Override
  public Integer call() throws Exception {
    if (model != null && !Files.isRegularFile(model)) throw new IllegalArgumentException(model + ": no such file");
    NerTagger tagger = model != null ? NerTagger.load(model) : NerTagger.defaultTagger();
    tagger.clearContext();
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    List<String> sentence = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      String tok = line.strip();
      if (tok.isEmpty()) {
        flush(tagger, sentence, out);
        out.println();
      } else {
        sentence.add(tok);
      }
    }
    flush(tagger, sentence, out);
    out.flush();
    return MarsadCli.EXIT_OK;
  }

  private static void flush(NerTagger tagger, List<String> sentence, PrintWriter out) {
    if (sentence.isEmpty()) return;
    String[] toks = sentence.toArray(String[]::new);
    String[] tags = tagger.tagInContext(toks);
    for (int i = 0; i < toks.length; i++) out.println(toks[i] + "\t" + tags[i]);
    sentence.clear();
  }
}
