package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

/** The fast greedy decoder must find exactly what OpenNLP's own beam-1 search finds. */
class GreedyNameDecoderTest {
  private static List<TaggedSentence> held;
  private static TokenNameFinderModel model;

  @BeforeAll
  static void trainSmallModel() throws Exception {
    List<TaggedSentence> all = NerCorpus.read(SharedData.require("data/cleananercorp/cleananercorp_TRAIN.txt"));
    held = all.subList(1500, 1700);
    model = NerTrainer.train(all.subList(0, 1500), NerTrainer.Options.defaults().withIterations(10).withBeamSize(1));
  }

  @Test
  void greedy_decoding_equals_opennlp_beam_one() {
    NameFinderME beam = new NameFinderME(model);
    GreedyNameDecoder greedy = new GreedyNameDecoder(model);
    SeenNames seen = ((ArabicNameFinderFactory) model.getFactory()).lexicon().seenNames();
    int spans = 0;
    for (TaggedSentence s : held) {
      String[][] ctx = seen.context(s.tokens());
      Span[] expected = beam.find(s.tokens(), ctx);
      Span[] actual = greedy.find(s.tokens(), ctx);
      assertThat(actual).as(String.join(" ", s.tokens())).containsExactly(expected);
      spans += expected.length;
    }
    assertThat(spans).as("the model finds names at all").isGreaterThan(50);
  }

  @Test
  void per_word_cached_scores_equal_the_feature_string_scores() throws Exception {
    TokenNameFinderModel shipped;
    try (java.io.InputStream in = NerTagger.class.getResourceAsStream(NerTagger.DEFAULT_MODEL)) {
      shipped = new TokenNameFinderModel(in);
    }
    for (TokenNameFinderModel m : List.of(model, shipped)) {
      GreedyNameDecoder greedy = new GreedyNameDecoder(m);
      SeenNames seen = ((ArabicNameFinderFactory) m.getFactory()).lexicon().seenNames();
      for (TaggedSentence s : held) {
        String[][] ctx = seen.context(s.tokens());
        double[][] expected = greedy.stringScores(s.tokens(), ctx);
        double[][] actual = greedy.cachedScores(s.tokens(), ctx);
        for (int i = 0; i < expected.length; i++) {
          for (int o = 0; o < expected[i].length; o++) {
            assertThat(actual[i][o]).as("%s word %d outcome %d", String.join(" ", s.tokens()), i, o)
                .isCloseTo(expected[i][o], org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(expected[i][o]))));
          }
        }
      }
    }
  }

  @Test
  void grouped_features_are_the_ordered_features() {
    assertGroupedAreOrdered((ArabicNameFeatureGenerator) model.getFactory().createFeatureGenerators());
  }

  @Test
  void grouped_features_are_the_ordered_features_with_brown_clusters() throws Exception {
    List<TaggedSentence> train = NerCorpus.read(SharedData.require("data/cleananercorp/cleananercorp_TRAIN.txt")).subList(0, 1500);
    BrownClusters brown = BrownClusters.learn(train.stream().map(TaggedSentence::tokens).toList(), 16, 2, 2, 1);
    NerLexicon lexicon = new NerLexicon.Builder().addTrainingSentences(train).addBrown(brown).build();
    ArabicNameFeatureGenerator g = new ArabicNameFeatureGenerator(lexicon);
    List<String> f = new ArrayList<>();
    String[] tokens = held.get(0).tokens();
    for (int i = 0; i < tokens.length; i++) g.createFeatures(f, tokens, i, null);
    assertThat(f).as("Brown features at the word and its neighbours").anyMatch(x -> x.startsWith("bc4="))
        .anyMatch(x -> x.startsWith("bc-1:10=")).anyMatch(x -> x.startsWith("bc+2:6="));
    assertGroupedAreOrdered(g);
  }

  private static void assertGroupedAreOrdered(ArabicNameFeatureGenerator g) {
    for (TaggedSentence s : held) {
      String[] tokens = s.tokens();
      WordForms[] forms = java.util.Arrays.stream(tokens).map(t -> WordForms.of(t, g.lexicon())).toArray(WordForms[]::new);
      for (int i = 0; i < tokens.length; i++) {
        List<String> ordered = new ArrayList<>();
        g.createFeatures(ordered, tokens, i, null);
        List<String> grouped = new ArrayList<>();
        g.ownGroup(grouped, forms[i]);
        for (int d = -2; d <= 2; d++) {
          if (d == 0) continue;
          int j = i + d;
          ArabicNameFeatureGenerator.neighbourGroup(grouped, d, j >= 0 && j < tokens.length ? forms[j] : null);
        }
        ArabicNameFeatureGenerator.pairGroup(ArabicNameFeatureGenerator.FeatureSink.into(grouped), forms, i);
        assertThat(grouped).as(String.join(" ", tokens) + " word " + i).containsExactlyInAnyOrderElementsOf(ordered);
      }
    }
  }

  @Test
  void the_tagger_uses_the_greedy_decoder_for_beam_one_models() {
    NerTagger tagger = new NerTagger(model);
    List<String[]> out = new ArrayList<>();
    for (TaggedSentence s : held) out.add(tagger.tag(s.tokens()));
    assertThat(out).hasSize(held.size());
    assertThat(out.stream().flatMap(t -> java.util.Arrays.stream(t)).filter(t -> t.startsWith("B-")).count()).isGreaterThan(50);
  }
}
