package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

/** A two-stage model trained small: one file carrying both stages, the second using the first's tags. */
class StackedNerTest {
  private static List<TaggedSentence> held;
  private static TokenNameFinderModel model;

  @BeforeAll
  static void trainSmallStackedModel() throws Exception {
    List<TaggedSentence> all = NerCorpus.read(SharedData.require("data/cleananercorp/cleananercorp_TRAIN.txt"));
    held = all.subList(1000, 1200);
    model = NerTrainer.train(all.subList(0, 1000), NerTrainer.Options.defaults().withIterations(10).withBeamSize(1).withStages(2));
  }

  @Test
  void the_model_file_carries_both_stages() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    NerTagger loaded = new NerTagger(new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(loaded.stacked()).isTrue();
    assertThat(new NerTagger(new TokenNameFinderModel(new ByteArrayInputStream(((ArabicNameFinderFactory) model.getFactory()).stage1Model())))
        .stacked()).as("the first stage is a plain model").isFalse();
    List<String[]> doc = held.subList(0, 20).stream().map(TaggedSentence::tokens).toList();
    assertThat(loaded.tagDocument(doc)).usingRecursiveComparison().isEqualTo(new NerTagger(model).tagDocument(doc));
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_second_stage_learned_weights_for_the_first_stages_tags() {
    AbstractModel m = model.getArtifact("nameFinder.model");
    Map<String, ?> predicates = (Map<String, ?>) m.getDataStructures()[1];
    assertThat(predicates).containsKeys("ne=t=B-PERS", "ne=dwm=PERS", "ne=dw=alone");
  }

  @Test
  void the_stacked_tagger_finds_names_in_documents() {
    NerTagger tagger = new NerTagger(model);
    NerScorer scorer = new NerScorer();
    for (int from = 0; from < held.size(); from += 20) {
      List<TaggedSentence> doc = held.subList(from, from + 20);
      List<String[]> tags = tagger.tagDocument(doc.stream().map(TaggedSentence::tokens).toList());
      for (int i = 0; i < doc.size(); i++) scorer.add(doc.get(i).tags(), tags.get(i));
    }
    // 1,000 training sentences and 10 iterations: far from the shipped model, but clearly a tagger.
    assertThat(scorer.scores().get("micro").f1()).isGreaterThan(30);
  }

  @Test
  void cached_scores_equal_the_feature_string_scores_with_the_stacked_context() {
    GreedyNameDecoder greedy = new GreedyNameDecoder(model);
    SeenNames seen = ((ArabicNameFinderFactory) model.getFactory()).lexicon().seenNames();
    List<String[]> doc = held.subList(0, 20).stream().map(TaggedSentence::tokens).toList();
    List<String[][]> base = doc.stream().map(seen::context).toList();
    List<String[]> first = new ArrayList<>();
    for (String[] s : doc) first.add(s.clone()); // any tags will do: the scores must agree whatever the first stage said
    for (String[] t : first) java.util.Arrays.fill(t, "O");
    first.get(0)[0] = "B-PERS";
    List<String[][]> ctx = StackedContext.add(doc, base, first);
    for (int k = 0; k < doc.size(); k++) {
      double[][] expected = greedy.stringScores(doc.get(k), ctx.get(k));
      double[][] actual = greedy.cachedScores(doc.get(k), ctx.get(k));
      for (int i = 0; i < expected.length; i++) {
        for (int o = 0; o < expected[i].length; o++) {
          assertThat(actual[i][o]).isCloseTo(expected[i][o], org.assertj.core.data.Offset.offset(1e-9 * (1 + Math.abs(expected[i][o]))));
        }
      }
    }
  }
}
