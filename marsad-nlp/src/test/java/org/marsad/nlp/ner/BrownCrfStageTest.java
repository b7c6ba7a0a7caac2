package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

/**
 * A small CRF-stacked model whose Brown clusters feed the CRF only ({@code --clusters-crf-only}):
 * the clusters travel in the model's lexicon, the name finder never saw their features, and the
 * exported CRF tags as Tribuo's does (so tagging computes the Brown features training used).
 */
class BrownCrfStageTest {
  private static List<TaggedSentence> held;
  private static TokenNameFinderModel model;
  private static String checkReport;

  @BeforeAll
  static void train() throws Exception {
    List<TaggedSentence> all = NerCorpus.read(SharedData.require("data/cleananercorp/cleananercorp_TRAIN.txt"));
    List<TaggedSentence> train = all.subList(0, 500);
    held = all.subList(500, 600);
    Path dir = Files.createTempDirectory("brown-crf");
    Path clusters = dir.resolve("brown.txt");
    BrownClusters.learn(all.subList(0, 2000).stream().map(TaggedSentence::tokens).toList(), 32, 3, 3, 1).write(clusters);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    model = NerTrainer.train(train, NerTrainer.Options.defaults().withIterations(10).withBeamSize(1).withCrfStage()
        .withClusters(clusters).withClustersCrfOnly(true), held, new PrintStream(log, true, StandardCharsets.UTF_8));
    checkReport = log.toString(StandardCharsets.UTF_8);
    Files.delete(clusters);
    Files.delete(dir);
  }

  @Test
  void the_model_carries_the_clusters_and_the_crf_tags_as_tribuo_does() {
    NerTagger tagger = new NerTagger(model);
    assertThat(tagger.lexicon().hasBrown()).isTrue();
    assertThat(checkReport).contains("on 100 sentences").contains(": 0 tags differ from Tribuo's");
  }

  @Test
  void the_name_finder_has_no_brown_features() throws Exception {
    ArabicNameFinderFactory factory = (ArabicNameFinderFactory) model.getFactory();
    opennlp.tools.ml.model.AbstractModel finder = model.getArtifact("nameFinder.model");
    Object[] data = finder.getDataStructures();
    @SuppressWarnings("unchecked")
    java.util.Map<String, ?> pmap = (java.util.Map<String, ?>) data[1];
    assertThat(pmap.keySet()).isNotEmpty().noneMatch(k -> k.startsWith("bc"));
    // The CRF does use them.
    CrfStage crf = CrfStage.read(factory.crfStage());
    ArabicNameFeatureGenerator g = new ArabicNameFeatureGenerator(factory.lexicon());
    List<String> f = new java.util.ArrayList<>();
    g.createFeatures(f, held.get(0).tokens(), 0, null);
    assertThat(f.stream().filter(x -> x.startsWith("bc")).filter(crf::hasFeature)).isNotEmpty();
  }
}
