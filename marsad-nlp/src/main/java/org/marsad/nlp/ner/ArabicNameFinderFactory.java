package org.marsad.nlp.ner;

import java.util.Map;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Plugs {@link ArabicNameFeatureGenerator} into OpenNLP's name finder. The model file names
 * this class in its manifest, so OpenNLP re-creates it (no-arg constructor) when the model is
 * loaded; the lexicon travels inside the model as the artifact {@value #LEXICON_ARTIFACT}.
 */
public class ArabicNameFinderFactory extends TokenNameFinderFactory {
  /** Model artifact holding the {@link NerLexicon} (the .featuregen extension stores raw bytes). */
  static final String LEXICON_ARTIFACT = "marsad-lexicon.featuregen";

  /** Used by OpenNLP when loading a model. */
  public ArabicNameFinderFactory() {
  }

  /** Used for training: the lexicon becomes part of the model. */
  ArabicNameFinderFactory(NerLexicon lexicon) {
    super(null, Map.of(LEXICON_ARTIFACT, lexicon.toBytes()), new BioCodec());
  }

  @Override
  public NameContextGenerator createContextGenerator() {
    return new DefaultNameContextGenerator(createFeatureGenerators());
  }

  @Override
  public AdaptiveFeatureGenerator createFeatureGenerators() {
    return new ArabicNameFeatureGenerator(lexicon());
  }

  /** The lexicon stored in the model (empty if the model has none). */
  NerLexicon lexicon() {
    Object bytes = artifactProvider != null
        ? artifactProvider.getArtifact(LEXICON_ARTIFACT)
        : getResources().get(LEXICON_ARTIFACT);
    return bytes instanceof byte[] b ? NerLexicon.fromBytes(b) : NerLexicon.empty();
  }
}
