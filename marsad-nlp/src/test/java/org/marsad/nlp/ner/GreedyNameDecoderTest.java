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
  void the_tagger_uses_the_greedy_decoder_for_beam_one_models() {
    NerTagger tagger = new NerTagger(model);
    List<String[]> out = new ArrayList<>();
    for (TaggedSentence s : held) out.add(tagger.tag(s.tokens()));
    assertThat(out).hasSize(held.size());
    assertThat(out.stream().flatMap(t -> java.util.Arrays.stream(t)).filter(t -> t.startsWith("B-")).count()).isGreaterThan(50);
  }
}
