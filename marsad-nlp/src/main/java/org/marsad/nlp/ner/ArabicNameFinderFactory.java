package org.marsad.nlp.ner;

import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * Plugs {@link ArabicNameFeatureGenerator} into OpenNLP's name finder. The model file names
 * this class in its manifest, so OpenNLP re-creates it (no-arg constructor) when the model is
 * loaded; the lexicon travels inside the model as the artifact {@value #LEXICON_ARTIFACT}.
 */
public class ArabicNameFinderFactory extends TokenNameFinderFactory {
  /** Model artifact holding the {@link NerLexicon} (the .featuregen extension stores raw bytes). */
  static final String LEXICON_ARTIFACT = "marsad-lexicon.featuregen";
  /**
   * Artifact of a stacked model's second stage holding the whole first-stage model file (see
   * {@link StackedContext}), so one model file carries both stages.
   */
  static final String STAGE1_ARTIFACT = "marsad-stage1.featuregen";

  /**
   * Artifact of a CRF-stacked model ({@code --stages crf}) holding the exported second-stage CRF
   * ({@link CrfStage}); the model itself is the first stage.
   */
  static final String CRF_ARTIFACT = "marsad-crf.featuregen";

  /** {@link #lexicon()}, once read. */
  private volatile NerLexicon lexicon;

  /** Used by OpenNLP when loading a model. */
  public ArabicNameFinderFactory() {
  }

  /** Used for training: the lexicon becomes part of the model. */
  ArabicNameFinderFactory(NerLexicon lexicon) {
    super(null, Map.of(LEXICON_ARTIFACT, lexicon.toBytes()), new BioCodec());
  }

  /** Used for training a stacked second stage: the lexicon and the first-stage model file become part of the model. */
  ArabicNameFinderFactory(NerLexicon lexicon, byte[] stage1Model) {
    super(null, Map.of(LEXICON_ARTIFACT, lexicon.toBytes(), STAGE1_ARTIFACT, stage1Model), new BioCodec());
  }

  /** Used for training the first stage of a CRF-stacked model: the lexicon and the exported CRF become part of the model. */
  static ArabicNameFinderFactory withCrf(NerLexicon lexicon, byte[] crf) {
    return new ArabicNameFinderFactory(Map.of(LEXICON_ARTIFACT, lexicon.toBytes(), CRF_ARTIFACT, crf));
  }

  private ArabicNameFinderFactory(Map<String, Object> resources) {
    super(null, resources, new BioCodec());
  }

  /**
   * OpenNLP's context generator over the Arabic features. OpenNLP adds its window over the
   * additional context to it (in training and in {@code NameFinderME}; {@link GreedyNameDecoder}
   * does the same); that window is narrowed for a stacked model's values
   * ({@link StackedContext#keepWindowed}).
   */
  @Override
  public NameContextGenerator createContextGenerator() {
    return new DefaultNameContextGenerator(createFeatureGenerators()) {
      @Override
      public void addFeatureGenerator(AdaptiveFeatureGenerator generator) {
        super.addFeatureGenerator(generator instanceof WindowFeatureGenerator ? StackedContext.filtered(generator) : generator);
      }
    };
  }

  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return new ArabicNameFeatureGenerator(lexicon());
  }

  /** The first-stage model file of a stacked model, or null for a single-stage model. */
  byte[] stage1Model() {
    return artifact(STAGE1_ARTIFACT) instanceof byte[] b ? b : null;
  }

  /** The exported CRF second stage of a CRF-stacked model, or null. */
  byte[] crfStage() {
    return artifact(CRF_ARTIFACT) instanceof byte[] b ? b : null;
  }

  private Object artifact(String name) {
    return artifactProvider != null ? artifactProvider.getArtifact(name) : getResources().get(name);
  }

  /**
   * The lexicon stored in the model (empty if the model has none), read once: every decoder of
   * the model builds its feature generators from it ({@link #createFeatureGenerators()}), and a
   * copy each cost about 8 MB of word maps per pooled decoder. A lexicon is immutable, so all
   * share one.
   */
  NerLexicon lexicon() {
    NerLexicon l = lexicon;
    if (l != null) return l;
    Object bytes = artifact(LEXICON_ARTIFACT);
    if (!(bytes instanceof byte[] b)) return NerLexicon.empty();
    l = NerLexicon.fromBytes(b);
    lexicon = l; // a race reads the same bytes twice, harmlessly
    return l;
  }
}
