package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

/**
 * A CRF-stacked model trained small ({@code --stages crf} on 500 sentences of CLEANANERCorp TRAIN,
 * 10 perceptron iterations): one file, the first stage carrying the exported CRF, which tags as
 * Tribuo's CRF does.
 */
class CrfStackedNerTest {
  private static List<TaggedSentence> held;
  private static TokenNameFinderModel model;
  private static String checkReport;

  @BeforeAll
  static void trainSmallCrfModel() throws Exception {
    List<TaggedSentence> all = NerCorpus.read(SharedData.require("data/cleananercorp/cleananercorp_TRAIN.txt"));
    held = all.subList(500, 600);
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    model = NerTrainer.train(all.subList(0, 500), NerTrainer.Options.defaults().withIterations(10).withBeamSize(1).withCrfStage(),
        held, new PrintStream(log, true, StandardCharsets.UTF_8));
    checkReport = log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void the_exported_crf_tags_as_tribuo_does_on_held_out_documents() {
    assertThat(checkReport).contains("on 100 sentences").contains(": 0 tags differ from Tribuo's");
  }

  @Test
  void the_model_file_carries_the_crf_and_reloads_to_the_same_tags() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    NerTagger loaded = new NerTagger(new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray())));
    assertThat(loaded.crfStacked()).isTrue();
    assertThat(loaded.stacked()).isTrue();
    List<String[]> doc = held.subList(0, 20).stream().map(TaggedSentence::tokens).toList();
    assertThat(loaded.tagDocument(doc)).usingRecursiveComparison().isEqualTo(new NerTagger(model).tagDocument(doc));
  }

  @Test
  void the_second_stage_changes_the_first_stages_tags_and_finds_names() {
    NerTagger both = new NerTagger(model);
    NerTagger first = new NerTagger(model, false);
    assertThat(first.crfStacked()).isFalse();
    NerScorer scorer = new NerScorer();
    int changed = 0;
    for (int from = 0; from < held.size(); from += 20) {
      List<TaggedSentence> doc = held.subList(from, from + 20);
      List<String[]> words = doc.stream().map(TaggedSentence::tokens).toList();
      List<String[]> tags = both.modelTags(words);
      List<String[]> firstTags = first.modelTags(words);
      for (int i = 0; i < doc.size(); i++) {
        scorer.add(doc.get(i).tags(), tags.get(i));
        for (int k = 0; k < tags.get(i).length; k++) if (!tags.get(i)[k].equals(firstTags.get(i)[k])) changed++;
      }
    }
    assertThat(changed).as("the CRF is not a copy of the first stage").isGreaterThan(0);
    // 500 training sentences: far from the shipped model, but clearly a tagger.
    assertThat(scorer.scores().get("micro").f1()).isGreaterThan(30);
  }

  @Test
  void the_joined_weight_table_gives_the_tags_of_the_crf_decoded_alone() {
    NerTagger tagger = new NerTagger(model);
    NerTagger first = new NerTagger(model, false);
    CrfStage crf = CrfStage.read(((ArabicNameFinderFactory) model.getFactory()).crfStage());
    NerLexicon lexicon = tagger.lexicon();
    CrfStage.Decoder alone = crf.decoder(new ArabicNameFeatureGenerator(lexicon));
    int entities = 0;
    for (int from = 0; from < held.size(); from += 20) {
      List<String[]> words = held.subList(from, from + 20).stream().map(TaggedSentence::tokens).toList();
      List<String[][]> ctx = StackedContext.add(words, words.stream().map(lexicon.seenNames()::context).toList(), first.modelTags(words));
      List<String[]> joined = tagger.modelTags(words);
      for (int k = 0; k < words.size(); k++) {
        assertThat(joined.get(k)).as(String.join(" ", words.get(k))).containsExactly(alone.tags(words.get(k), ctx.get(k)));
        for (String t : joined.get(k)) if (t.startsWith("B-")) entities++;
      }
    }
    assertThat(entities).isGreaterThan(50);
  }

  @Test
  void a_sentence_alone_is_a_document_of_its_own() {
    NerTagger tagger = new NerTagger(model);
    String[] s = held.get(3).tokens();
    assertThat(tagger.tagInContext(s)).containsExactly(tagger.modelTags(List.<String[]>of(s)).get(0));
  }

  @Test
  void a_loaded_tagger_keeps_neither_the_opennlp_model_nor_the_stages_own_weights() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.serialize(bytes);
    TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    java.lang.ref.WeakReference<TokenNameFinderModel> ref = new java.lang.ref.WeakReference<>(loaded);
    NerTagger tagger = new NerTagger(loaded);
    loaded = null;
    List<String[]> doc = held.subList(0, 20).stream().map(TaggedSentence::tokens).toList();
    List<String[]> tags = tagger.tagDocument(doc);
    tagger.clearContext(); // no per-thread context, and no name-finder decoder over the first stage's own weights
    for (int k = 0; k < 20 && ref.get() != null; k++) {
      System.gc();
      Thread.sleep(20);
    }
    // The model's weight map, its CRF artifact and the stages' own tables are gone; decoding reads the joined table.
    assertThat(ref.get()).as("the OpenNLP model is unreachable from the tagger").isNull();
    assertThat(tagger.crfFeaturesKept()).isZero();
    assertThat(tagger.tagDocument(doc)).usingRecursiveComparison().isEqualTo(tags);
    assertThat(tags).usingRecursiveComparison().isEqualTo(new NerTagger(model).tagDocument(doc));
  }
}
