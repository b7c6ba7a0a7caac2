package org.marsad.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.nlp.ner.NerCorpus;
import org.marsad.nlp.ner.NerTagger;
import org.marsad.nlp.ner.TaggedSentence;

/**
 * Retained heap of loaded NER taggers, without an object-layout tool: the used heap after full
 * collections, before and after loading N taggers of one model, divided by N; then again after
 * each tagger has tagged one document (which adds one pooled decoder and its word caches).
 * bench/run NerHeap [--model MODEL] [--taggers N] FILE (the model defaults to the shipped file in the source tree)
 *
 * <p>{@code FILE} gives the document: its first 20 sentences. Run with a fixed heap
 * ({@code BENCH_JAVA_OPTS="-Xms2g -Xmx2g"}) so that collections do not resize it between readings.
 */
public final class NerHeap {
  private NerHeap() {}

  public static void main(String[] args) throws Exception {
    Path model = Path.of("marsad-nlp/src/main/resources/org/marsad/nlp/ner/ar-ner.bin");
    int n = 8;
    Path file = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--model" -> model = Path.of(args[++i]);
        case "--taggers" -> n = Integer.parseInt(args[++i]);
        default -> file = Path.of(args[i]);
      }
    }
    if (file == null) throw new IllegalArgumentException("usage: NerHeap [--model MODEL] [--taggers N] FILE");
    List<TaggedSentence> corpus = NerCorpus.read(file);
    List<String[]> document = corpus.subList(0, Math.min(20, corpus.size())).stream().map(TaggedSentence::tokens).toList();
    // A first tagger loaded, used and dropped: classes and static tables are then not counted.
    load(model).tagDocument(document);
    long before = usedAfterGc();
    List<NerTagger> taggers = new ArrayList<>(n);
    for (int k = 0; k < n; k++) taggers.add(load(model));
    long loaded = usedAfterGc();
    for (NerTagger t : taggers) t.tagDocument(document);
    long used = usedAfterGc();
    System.out.printf(Locale.ROOT, "%d taggers of %s: %,.1f MB each loaded, %,.1f MB each after tagging one %d-sentence document%n",
        n, model, (loaded - before) / 1e6 / n, (used - before) / 1e6 / n, document.size());
    if (taggers.size() != n) throw new AssertionError(); // keeps the taggers reachable until here
  }

  private static NerTagger load(Path model) throws Exception {
    return NerTagger.load(model);
  }

  private static long usedAfterGc() throws InterruptedException {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int k = 0; k < 4; k++) {
      System.gc();
      Thread.sleep(200);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
