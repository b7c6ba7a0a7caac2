package org.marsad.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.Span;

/**
 * Tags tokenised sentences with IOB2 entity tags. A tagger is safe to share between threads
 * (a finder is never used by two threads at once; the model is shared). The product's model is the
 * resource {@value #DEFAULT_MODEL}, loaded once on first use.
 *
 * <p>A CRF-stacked model ({@code --stages crf}) is a first-stage model carrying a CRF second
 * stage ({@link CrfStage}), which reads the first stage's tags through the same stacked context.
 *
 * <p>A stacked model (one trained with two stages, see {@link NerTrainer}) carries its first
 * stage inside: a document is tagged by the first stage, then by the second, whose context adds
 * the first stage's tags of the sentence and of the same words elsewhere in the document
 * ({@link StackedContext}).
 */
public final class NerTagger {
  /** Classpath location of the shipped model. */
  public static final String DEFAULT_MODEL = "/org/marsad/nlp/ner/ar-ner.bin";

  /**
   * The model's lexicon. The tagger keeps no reference to the OpenNLP model itself: decoding
   * reads weight tables built from it (a CRF-stacked model's decoders need only these, so the
   * model's own weight map and artifacts are dropped once loaded; a name-finder model's
   * decoders keep it through their context generator).
   */
  private final NerLexicon lexicon;
  private final java.util.function.Supplier<Finder> newFinder;
  /** Per-thread finders for {@link #tagInContext(String[])}, whose document context lives across calls. */
  private final ThreadLocal<Finder> finder;
  /**
   * Idle finders for {@link #tagDocument}, which needs no state across calls. A pool rather than
   * one finder per thread: each finder keeps a word-score cache of up to
   * {@value WordScoreCache#MAX_WORDS} words, and an HTTP server analyses on whichever of its
   * hundreds of request threads takes the request, so per-thread finders would multiply that
   * memory by the thread count. Finders beyond {@link #MAX_IDLE_FINDERS} are dropped when returned.
   */
  private final ConcurrentLinkedDeque<Finder> idle = new ConcurrentLinkedDeque<>();
  private static final int MAX_IDLE_FINDERS = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
  /** The first stage of a stacked model, else null. */
  private final NerTagger stage1;
  /** Whether {@link #stage1}'s lexicon is this model's (then the seen-name context is computed once). */
  private final boolean sameLexicon;
  /**
   * The CRF second stage of a CRF-stacked model (this model is then its first stage), else null.
   * Its decoders are pooled like the finders.
   */
  private final CrfStage crf;
  /**
   * For a CRF-stacked model, the name finder's and the CRF's weights in one table (rows: the
   * finder's outcomes, then the CRF's labels), so that both stages' sums over the features they
   * share (the Arabic word features and the seen-name values) come from one pass and one lookup
   * per feature; else null.
   */
  private final CompactWeights joined;
  private final String[] joinedOutcomes;
  /** Idle decoders over {@link #joined}. */
  private final ConcurrentLinkedDeque<GreedyNameDecoder> idleJoined = new ConcurrentLinkedDeque<>();
  /** New decoders over {@link #joined}, else null. */
  private final java.util.function.Supplier<GreedyNameDecoder> newJoined;

  /**
   * A model trained with beam 1 is decoded by {@link GreedyNameDecoder} (same features, the
   * decision-independent part scored once per word); a wider beam uses
   * OpenNLP's own {@link NameFinderME}.
   */
  public NerTagger(TokenNameFinderModel model) {
    this(model, true);
  }

  /** With {@code withCrf} false, a CRF-stacked model's first stage alone (for checks and comparisons). */
  NerTagger(TokenNameFinderModel model, boolean withCrf) {
    this.lexicon = model.getFactory() instanceof ArabicNameFinderFactory f ? f.lexicon() : NerLexicon.empty();
    CompactWeights weights = "1".equals(model.getManifestProperty(BEAM_SIZE)) ? GreedyNameDecoder.weightsOf(model) : null;
    byte[] first = model.getFactory() instanceof ArabicNameFinderFactory f ? f.stage1Model() : null;
    byte[] crfBytes = withCrf && model.getFactory() instanceof ArabicNameFinderFactory f ? f.crfStage() : null;
    CrfStage read = crfBytes == null ? null : CrfStage.read(crfBytes);
    if (read != null && weights == null) throw new IllegalArgumentException("a CRF-stacked model must be trained with --beam 1");
    this.joined = read == null ? null : CompactWeights.joined(weights, read.weights());
    // Decoding reads the joined table only: neither stage's own weights are kept.
    this.crf = read == null ? null : read.withoutFeatureWeights();
    this.joinedOutcomes = crf == null ? null
        : Stream.concat(Arrays.stream(GreedyNameDecoder.outcomesOf(model)), Arrays.stream(crf.labels())).toArray(String[]::new);
    this.newFinder = crf != null ? NerTagger::noFinder : finders(model, weights);
    this.newJoined = crf == null ? null : joinedDecoders(GreedyNameDecoder.outcomesOf(model), model.getFactory().createSequenceCodec(),
        lexicon, joined, joinedOutcomes);
    this.finder = ThreadLocal.withInitial(newFinder);
    try {
      this.stage1 = first == null ? null : new NerTagger(new TokenNameFinderModel(new java.io.ByteArrayInputStream(first)));
      this.sameLexicon = stage1 != null && Arrays.equals(stage1.lexicon().toBytes(), lexicon().toBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("Unable to read the first stage of a stacked NER model", e);
    }
  }

  /** New name-finder decoders of a model: greedy over {@code weights} when given (beam 1), else OpenNLP's beam search. */
  private static java.util.function.Supplier<Finder> finders(TokenNameFinderModel model, CompactWeights weights) {
    return () -> weights != null ? greedyFinder(new GreedyNameDecoder(model, weights)) : beamFinder(new NameFinderME(model));
  }

  /** New decoders over a joined table, from what they read of the model only (not the model). */
  private static java.util.function.Supplier<GreedyNameDecoder> joinedDecoders(String[] outcomes,
      opennlp.tools.util.SequenceCodec<String> codec, NerLexicon lexicon, CompactWeights joined, String[] joinedOutcomes) {
    return () -> GreedyNameDecoder.overJoined(outcomes, codec, lexicon, joined, joinedOutcomes);
  }

  /** A CRF-stacked model has no name-finder decoder of its own: both stages read {@link #joined}. */
  private static Finder noFinder() {
    throw new IllegalStateException("a CRF-stacked model decodes through its joined weight table");
  }

  /** Whether the model is stacked (two stages: two name finders, or a name finder and a CRF). */
  public boolean stacked() {
    return stage1 != null || crf != null;
  }

  /** Whether the second stage is a CRF ({@code marsad train ner --stages crf}). */
  public boolean crfStacked() {
    return crf != null;
  }

  /** Features whose weights the kept CRF stage holds itself (0: they are in the joined table only). */
  int crfFeaturesKept() {
    return crf == null ? 0 : crf.featureCount();
  }

  /** Manifest entry holding the beam width the model was trained for. */
  private static final String BEAM_SIZE = "BeamSize";

  /** The per-thread decoder. */
  private interface Finder {
    Span[] find(String[] tokens, String[][] additionalContext);

    void clearAdaptiveData();
  }

  private static Finder greedyFinder(GreedyNameDecoder d) {
    return new Finder() {
      public Span[] find(String[] tokens, String[][] ctx) {
        return d.find(tokens, ctx);
      }

      public void clearAdaptiveData() {
        d.clearAdaptiveData();
      }
    };
  }

  private static Finder beamFinder(NameFinderME f) {
    return new Finder() {
      public Span[] find(String[] tokens, String[][] ctx) {
        return f.find(tokens, ctx);
      }

      public void clearAdaptiveData() {
        f.clearAdaptiveData();
      }
    };
  }

  /** Loads a model file. */
  public static NerTagger load(Path modelFile) throws IOException {
    try {
      return new NerTagger(new TokenNameFinderModel(modelFile));
    } catch (InvalidFormatException | RuntimeException e) {
      // OpenNLP meets a file that is not one of its model packages with an NPE (no manifest)
      throw new IOException(modelFile + ": not a NER model (marsad train ner writes one; docs/ner.md)", e);
    }
  }

  /** The shipped model. */
  public static NerTagger defaultTagger() {
    return DefaultHolder.TAGGER;
  }

  private static final class DefaultHolder {
    static final NerTagger TAGGER = loadDefault();

    private static NerTagger loadDefault() {
      try (InputStream in = NerTagger.class.getResourceAsStream(DEFAULT_MODEL)) {
        if (in == null) throw new IllegalStateException("NER model resource missing: " + DEFAULT_MODEL);
        return new NerTagger(new TokenNameFinderModel(in));
      } catch (IOException e) {
        throw new UncheckedIOException("Unable to load the NER model " + DEFAULT_MODEL, e);
      }
    }
  }

  /** The lexicon inside the model (name words, triggers). */
  NerLexicon lexicon() {
    return lexicon;
  }

  /**
   * Tags the sentences of one document, then makes the document consistent
   * ({@link ParticleNames}: a foreign name with a particle right after a title is a person;
   * {@link DocumentConsistency}: a name found once is tagged where it recurs untagged; a given
   * name glued to the entity before a person moves into the person).
   */
  public List<String[]> tagDocument(List<String[]> original) {
    List<String[]> sentences = JoinedAbdNames.split(original); // عبدالله read as عبد الله
    return JoinedAbdNames.join(original, tagSplitDocument(sentences));
  }

  private List<String[]> tagSplitDocument(List<String[]> sentences) {
    // Every step reads the match-normalised words; each distinct token is normalised once.
    List<String[]> norms = DocumentConsistency.normalised(sentences);
    List<String[]> out = modelTags(sentences, norms, seenContexts(norms));
    ParticleNames.apply(sentences, out); // first, so that the surname then spreads through the document
    List<String[]> consistent = DocumentConsistency.applyNormalised(norms, out);
    DocumentConsistency.moveGivenNames(sentences, consistent, lexicon());
    return consistent;
  }

  /**
   * The model's tags of one document's sentences, without the document passes: a single-stage
   * model's, or a stacked model's second stage over its first stage's tags.
   */
  List<String[]> modelTags(List<String[]> sentences) {
    List<String[]> norms = DocumentConsistency.normalised(sentences);
    return modelTags(sentences, norms, seenContexts(norms));
  }

  /** The seen-name context of each sentence, given its match-normalised words. */
  private List<String[][]> seenContexts(List<String[]> norms) {
    SeenNames seen = lexicon().seenNames();
    List<String[][]> contexts = new ArrayList<>(norms.size());
    for (String[] n : norms) contexts.add(seen.contextOfNormalised(n));
    return contexts;
  }

  /** {@link #modelTags(List)} given the normalised words and the seen-name context under this model's lexicon. */
  private List<String[]> modelTags(List<String[]> sentences, List<String[]> norms, List<String[][]> seenContexts) {
    return crf == null ? finderTags(sentences, norms, seenContexts) : crfTags(sentences, norms, seenContexts);
  }

  /**
   * A CRF-stacked model's tags: one pass over the joined table gives, per word, the name
   * finder's decision-independent scores and the CRF's sums over the same features (the CRF
   * lacks some of the finder's features and vice versa: their weights there are 0); the finder
   * decides greedily; its tags give the stacked values, whose window adds the rest of the CRF's
   * features; then Viterbi.
   */
  private List<String[]> crfTags(List<String[]> sentences, List<String[]> norms, List<String[][]> seenContexts) {
    GreedyNameDecoder g = idleJoined.pollFirst();
    if (g == null) g = newJoined.get();
    int finderOutcomes = joinedOutcomes.length - crf.labels().length;
    try {
      List<double[][]> sums = new ArrayList<>(sentences.size());
      List<String[]> first = new ArrayList<>(sentences.size());
      List<String[][]> none = new ArrayList<>(sentences.size());
      for (int i = 0; i < sentences.size(); i++) {
        String[] tokens = sentences.get(i);
        double[][] s = tokens.length == 0 ? new double[0][] : g.scores(tokens, seenContexts.get(i));
        sums.add(s);
        first.add(tokens.length == 0 ? new String[0] : spansToTags(g.decide(tokens, s), tokens.length));
        none.add(new String[tokens.length][0]);
      }
      List<String[][]> stacked = StackedContext.addNormalised(norms, none, first);
      List<String[]> out = new ArrayList<>(sentences.size());
      for (int i = 0; i < sentences.size(); i++) {
        if (sentences.get(i).length == 0) {
          out.add(new String[0]);
          continue;
        }
        g.addContext(sums.get(i), stacked.get(i));
        out.add(crf.decode(sums.get(i), finderOutcomes));
      }
      return out;
    } finally {
      if (idleJoined.size() < MAX_IDLE_FINDERS) idleJoined.offerFirst(g);
    }
  }

  /** The name finder's tags (a stacked model's second stage over its first stage's). */
  private List<String[]> finderTags(List<String[]> sentences, List<String[]> norms, List<String[][]> seenContexts) {
    List<String[][]> contexts = seenContexts;
    if (stage1 != null) {
      // The trainer builds both stages' lexicons from the same data, so the context is usually shared.
      List<String[]> first = stage1.modelTags(sentences, norms, sameLexicon ? seenContexts : stage1.seenContexts(norms));
      contexts = StackedContext.addNormalised(norms, seenContexts, first);
    }
    Finder f = idle.pollFirst();
    if (f == null) f = newFinder.get();
    List<String[]> out = new ArrayList<>(sentences.size());
    try {
      f.clearAdaptiveData();
      for (int i = 0; i < sentences.size(); i++) out.add(tags(f, sentences.get(i), contexts.get(i)));
      f.clearAdaptiveData();
    } finally {
      if (idle.size() < MAX_IDLE_FINDERS) idle.offerFirst(f); // the size check may race: the bound is approximate
    }
    return out;
  }

  /** Tags one sentence on its own. */
  public String[] tag(String[] tokens) {
    return tagDocument(List.<String[]>of(tokens)).get(0);
  }

  /**
   * Tags a sentence continuing the current thread's document context, if the model's features
   * keep any (for streaming many sentences, e.g. evaluation); {@link #clearContext()} resets it.
   * Without the document passes; a stacked model treats the sentence as a document of its own.
   */
  public String[] tagInContext(String[] tokens) {
    List<String[]> original = List.<String[]>of(tokens);
    List<String[]> split = JoinedAbdNames.split(original); // عبدالله read as عبد الله, as tagDocument does
    String[] tags = stacked() ? modelTags(split).get(0) : tagInContext(finder.get(), split.get(0), lexicon());
    return JoinedAbdNames.join(original, List.<String[]>of(tags)).get(0);
  }

  /** Forgets the current thread's document context (a stacked model keeps none across calls). */
  public void clearContext() {
    if (!stacked()) finder.get().clearAdaptiveData();
  }

  private static String[] tagInContext(Finder f, String[] tokens, NerLexicon lexicon) {
    return tags(f, tokens, tokens.length == 0 ? null : lexicon.seenNames().context(tokens));
  }

  private static String[] tags(Finder f, String[] tokens, String[][] context) {
    if (tokens.length == 0) return new String[0];
    return spansToTags(f.find(tokens, context), tokens.length);
  }

  private static String[] spansToTags(Span[] spans, int n) {
    String[] tags = new String[n];
    Arrays.fill(tags, "O");
    for (Span s : spans) {
      tags[s.getStart()] = "B-" + s.getType();
      for (int i = s.getStart() + 1; i < s.getEnd(); i++) tags[i] = "I-" + s.getType();
    }
    return tags;
  }
}
