package org.marsad.nlp.topic;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import org.marsad.nlp.article.Topic;

/**
 * Assigns one {@link TopicLabel} to an article with the trained model. The shipped model is
 * the resource {@value #RESOURCE} (built by {@code marsad train topics}); {@link #shipped()}
 * loads it once. Thread-safe: each thread gets its own OpenNLP categoriser over the shared,
 * immutable model.
 */
public final class TopicClassifier {
  /** Classpath location of the shipped model. */
  public static final String RESOURCE = "/org/marsad/nlp/topic/topic-model.bin";

  private final DoccatModel model;
  private final ThreadLocal<DocumentCategorizerME> categorizer;

  TopicClassifier(DoccatModel model) {
    this.model = model;
    this.categorizer = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
  }

  /** The shipped product model (loaded on first use). */
  public static TopicClassifier shipped() {
    return ShippedHolder.INSTANCE;
  }

  /** Loads a model written by {@link #save}. */
  public static TopicClassifier load(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return new TopicClassifier(new DoccatModel(in));
    }
  }

  /** Writes the model (OpenNLP's zip format). */
  public void save(Path file) throws IOException {
    if (file.getParent() != null) Files.createDirectories(file.getParent());
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      model.serialize(out);
    }
  }

  /** The most probable topic of an article with that title (may be null) and text. */
  public Topic classify(String title, String text) {
    Map<TopicLabel, Double> p = probabilities(title, text);
    TopicLabel best = null;
    double bestP = -1;
    for (Map.Entry<TopicLabel, Double> e : p.entrySet()) {
      if (e.getValue() > bestP) { best = e.getKey(); bestP = e.getValue(); }
    }
    return new Topic(best.key(), bestP);
  }

  /** The probability of every label the model knows. */
  public Map<TopicLabel, Double> probabilities(String title, String text) {
    DocumentCategorizerME me = categorizer.get();
    double[] p = me.categorize(TopicFeatures.of(title, text));
    Map<TopicLabel, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < p.length; i++) out.put(TopicLabel.ofKey(me.getCategory(i)), p[i]);
    return out;
  }

  private static final class ShippedHolder {
    static final TopicClassifier INSTANCE = loadShipped();

    private static TopicClassifier loadShipped() {
      try (InputStream in = TopicClassifier.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IOException("resource " + RESOURCE + " missing (run: marsad train topics)");
        return new TopicClassifier(new DoccatModel(new BufferedInputStream(in)));
      } catch (IOException e) {
        throw new UncheckedIOException("Unable to load the shipped topic model", e);
      }
    }
  }
}
