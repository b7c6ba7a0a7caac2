package org.marsad.app.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
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
    // strict: bytes that are not UTF-8 were tagged as replacement characters before
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    List<String> sentence = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = readLine(in, ++lineNo)) != null) {
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

  private static String readLine(BufferedReader in, int lineNo) throws java.io.IOException {
    try {
      return in.readLine();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("standard input: line " + lineNo + " is not UTF-8 text (tokens are read as UTF-8)");
    }
  }

  private static void flush(NerTagger tagger, List<String> sentence, PrintWriter out) {
    if (sentence.isEmpty()) return;
    String[] toks = sentence.toArray(String[]::new);
    String[] tags = tagger.tagInContext(toks);
    for (int i = 0; i < toks.length; i++) out.println(toks[i] + "\t" + tags[i]);
    sentence.clear();
  }
}
