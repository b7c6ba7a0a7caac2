package org.marsad.app.cli;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
    CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    InputStream in = new BufferedInputStream(System.in);
    List<String> sentence = new ArrayList<>();
    String line;
    int lineNo = 0;
    while ((line = readLine(in, utf8, ++lineNo)) != null) {
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

  /**
   * One line (ended by LF, CRLF or a lone CR, as {@link java.io.BufferedReader#readLine} ends them),
   * decoded on its own, or null at the end: a reader decoding ahead by the buffer named line 1 for a
   * bad byte anywhere in the first 8 KB (session 19 QA). {@code in} must support mark/reset.
   */
  static String readLine(InputStream in, CharsetDecoder utf8, int lineNo) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int b;
    while ((b = in.read()) != -1 && b != '\n' && b != '\r') bytes.write(b);
    if (b == '\r') { // CRLF is one end of line
      in.mark(1);
      if (in.read() != '\n') in.reset();
    }
    if (b == -1 && bytes.size() == 0) return null;
    try {
      return utf8.decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
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
