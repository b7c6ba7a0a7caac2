package org.marsad.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * EASC (Essex Arabic Summaries Corpus): {@code EASC-UTF-8/Articles/TopicN/<one file>} and the five
 * human extractive summaries {@code EASC-UTF-8/MTurk/TopicN/D01NN.M.250.A.{1..5}.*}. Byte-order
 * marks are removed.
 */
public final class EascCorpus {
  /** The folder under the shared folder. */
  public static final String PATH = "data/easc/EASC-UTF-8";

  /** One article with its reference summaries. */
  public record Item(String topic, String text, List<String> references) {}

  /**
   * EASC has no official split. Marsad's: articles with an odd topic number (Topic1, Topic3, …,
   * 77 articles) are the development half, on which the summariser's features and weights are
   * chosen; even topic numbers (76 articles) are held out and only ever scored.
   */
  public enum Half {
    ALL, DEV, HELD_OUT;

    public boolean contains(Item item) {
      if (this == ALL) return true;
      boolean odd = topicNumber(item.topic()) % 2 == 1;
      return this == DEV ? odd : !odd;
    }

    public List<Item> of(List<Item> items) {
      return items.stream().filter(this::contains).toList();
    }
  }

  private EascCorpus() {}

  public static List<Item> read(Path root) throws IOException {
    Path articles = root.resolve("Articles"), mturk = root.resolve("MTurk");
    List<Item> out = new ArrayList<>();
    List<Path> topics;
    try (Stream<Path> s = Files.list(articles)) {
      topics = s.filter(Files::isDirectory).sorted(Comparator.comparing(EascCorpus::topicNumber)).toList();
    }
    for (Path topicDir : topics) {
      String topic = topicDir.getFileName().toString();
      List<Path> files = list(topicDir);
      if (files.size() != 1) throw new IOException(topicDir + ": expected one article, found " + files.size());
      List<String> refs = new ArrayList<>();
      for (Path ref : list(mturk.resolve(topic))) refs.add(readText(ref));
      if (refs.isEmpty()) throw new IOException(mturk.resolve(topic) + ": no reference summaries");
      out.add(new Item(topic, readText(files.get(0)), refs));
    }
    if (out.isEmpty()) throw new IOException(articles + ": no topics");
    return out;
  }

  private static List<Path> list(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) throw new IOException(dir + ": missing");
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static String readText(Path p) throws IOException {
    String s = Files.readString(p, StandardCharsets.UTF_8);
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }

  private static int topicNumber(Path p) {
    return topicNumber(p.getFileName().toString());
  }

  static int topicNumber(String topic) {
    String name = topic.replaceAll("\\D", "");
    return name.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(name);
  }
}
