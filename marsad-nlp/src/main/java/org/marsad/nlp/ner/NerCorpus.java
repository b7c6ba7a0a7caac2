package org.marsad.nlp.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads tagged corpora, one {@code token<space>tag} per line. Two layouts:
 * <ul>
 *   <li>CoNLL: a blank line between sentences (CLEANANERCorp);</li>
 *   <li>flat: no blank lines at all (the original ANERcorp). Sentences are then cut after
 *       sentence-final punctuation ({@code . ! ? ؟}).</li>
 * </ul>
 * The layout is detected (a file with no blank line is flat). Malformed lines of the original
 * ANERcorp are repaired: a line with an empty token is skipped; a line with two words gets the
 * tag on the first word and its continuation ({@code I-X}, or {@code O}) on the rest.
 */
public final class NerCorpus {
  private static final Set<String> SENTENCE_FINAL = Set.of(".", "!", "?", "\u061F");
  /** A flat file's sentence is also cut here so that run-on stretches stay tractable. */
  private static final int MAX_FLAT_SENTENCE = 150;

  private NerCorpus() {}

  /** All sentences of a file. */
  public static List<TaggedSentence> read(Path file) throws IOException {
    return read(file, 1);
  }

  /** The sentences from 1-based line {@code fromLine} to the end of the file. */
  public static List<TaggedSentence> read(Path file, int fromLine) throws IOException {
    List<String> lines;
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      lines = r.lines().toList();
    } catch (java.io.UncheckedIOException e) {
      if (!(e.getCause() instanceof java.nio.charset.CharacterCodingException)) throw e;
      throw new IllegalArgumentException(file + ": not UTF-8 text (a token<space>tag file is read as UTF-8)");
    }
    if (fromLine < 1 || fromLine > lines.size() + 1) {
      throw new IllegalArgumentException(file + ": --from-line " + fromLine + " is outside the file (" + lines.size() + " lines)");
    }
    lines = lines.subList(fromLine - 1, lines.size());
    boolean flat = lines.stream().noneMatch(String::isBlank);
    List<TaggedSentence> out = new ArrayList<>();
    List<String> toks = new ArrayList<>(), tags = new ArrayList<>();
    int lineNo = fromLine - 1;
    for (String line : lines) {
      lineNo++;
      if (line.isBlank()) {
        flush(toks, tags, out);
        continue;
      }
      String l = line.strip();
      int sp = l.lastIndexOf(' ');
      if (sp < 0) {
        if (isTag(l)) continue; // the original ANERcorp's " O" lines: a tag with no token
        throw new IllegalArgumentException(file + ": line " + lineNo + " has no tag: " + line);
      }
      String tag = l.substring(sp + 1);
      if (!isTag(tag)) throw new IllegalArgumentException(file + ": line " + lineNo + " has a bad tag: " + tag);
      String[] words = l.substring(0, sp).strip().split("\\s+");
      for (int k = 0; k < words.length; k++) {
        if (words[k].isEmpty()) continue;
        toks.add(words[k]);
        tags.add(k == 0 || tag.equals("O") ? tag : "I-" + tag.substring(2));
      }
      if (flat && (SENTENCE_FINAL.contains(words[words.length - 1]) || toks.size() >= MAX_FLAT_SENTENCE)) {
        flush(toks, tags, out);
      }
    }
    flush(toks, tags, out);
    return out;
  }

  private static boolean isTag(String t) {
    return t.equals("O") || ((t.startsWith("B-") || t.startsWith("I-")) && EntityType.parse(t.substring(2)) != null);
  }

  private static void flush(List<String> toks, List<String> tags, List<TaggedSentence> out) {
    if (toks.isEmpty()) return;
    out.add(new TaggedSentence(toks.toArray(String[]::new), tags.toArray(String[]::new)));
    toks.clear();
    tags.clear();
  }
}
