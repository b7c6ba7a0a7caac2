package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.text.ArabicNormalizer;

/**
 * The exported CRF second stage: its file reads back to Tribuo's weights, its Viterbi is the
 * best path, and it tags as Tribuo's own model does. A small CRF is trained on hand-tagged news
 * sentences, with a first stage that errs (every second person missed), so the stacked values
 * carry both right and wrong evidence.
 */
class CrfStageTest {
  private static final String[][] TEXT = {
      {"قال وزير الخارجية الروسي سيرغي لافروف في موسكو إن الاتحاد الأوروبي أخطأ", "O B-ORG I-ORG I-ORG B-PERS I-PERS O B-LOC O B-ORG I-ORG O"},
      {"وأكد لافروف أن روسيا لن تقبل العقوبات", "O B-PERS O B-LOC O O O"},
      {"وصل الرئيس التركي رجب طيب أردوغان إلى بروكسل أمس", "O O O B-PERS I-PERS I-PERS O B-LOC O"},
      {"اجتمع مجلس الأمن الدولي في جنيف لبحث الأزمة السورية", "O B-ORG I-ORG I-ORG O B-LOC O O O"},
      {"وقال أردوغان إن تركيا تدعم الحل السياسي في سورية", "O B-PERS O B-LOC O O O O B-LOC"},
      {"ونقلت وكالة رويترز عن المتحدث ديميتري بيسكوف قوله", "O B-ORG I-ORG O O B-PERS I-PERS O"},
      {"وأضاف بيسكوف أن الكرملين يتابع الوضع في سورية", "O B-PERS O B-ORG O O O B-LOC"},
      {"التقى لافروف نظيره الأمريكي جون كيري في جنيف", "O B-PERS O O B-PERS I-PERS O B-LOC"},
      {"وأعلن الاتحاد الأوروبي فرض عقوبات جديدة على روسيا", "O B-ORG I-ORG O O O O B-LOC"},
      {"وقال كيري إن واشنطن ترحب بقرار مجلس الأمن الدولي", "O B-PERS O B-LOC O O B-ORG I-ORG I-ORG"},
      {"وزار وزير الخارجية الأمريكي جون كيري موسكو الشهر الماضي", "O O O O B-PERS I-PERS B-LOC O O"},
      {"ويعقد مؤتمر جنيف الثاني في سويسرا برعاية الأمم المتحدة", "O B-MISC I-MISC I-MISC O B-LOC O B-ORG I-ORG"},
  };
  private static final String[] HELD_OUT = {
      "وقال سيرغي لافروف إن مجلس الأمن الدولي سيجتمع في بروكسل",
      "وصل أردوغان إلى جنيف",
      "أكد كيري أن الاتحاد الأوروبي يدعم تركيا",
  };

  private static List<TaggedSentence> train;
  private static ArabicNameFeatureGenerator generator;
  private static SeenNames seen;
  private static CrfTrainer.Trained trained;
  private static CrfStage stage;

  @BeforeAll
  static void trainSmallCrf() {
    train = new ArrayList<>();
    for (String[] s : TEXT) train.add(new TaggedSentence(s[0].split(" "), s[1].split(" ")));
    NerLexicon lexicon = new NerLexicon.Builder().addTrainingSentences(train).build();
    generator = new ArabicNameFeatureGenerator(lexicon);
    seen = lexicon.seenNames();
    List<String[][]> features = new ArrayList<>();
    for (List<String[][]> doc : List.of(contexts(train.subList(0, 6)), contexts(train.subList(6, 12)))) {
      for (String[][] c : doc) features.add(c);
    }
    List<String[][]> strings = new ArrayList<>();
    for (int k = 0; k < train.size(); k++) strings.add(CrfStage.features(generator, train.get(k).tokens(), features.get(k)));
    trained = CrfTrainer.train(strings, train.stream().map(TaggedSentence::tags).toList(), 1);
    stage = CrfStage.read(trained.exported());
  }

  /** The stacked context of a document, from a first stage that finds every other person only. */
  private static List<String[][]> contexts(List<TaggedSentence> doc) {
    List<String[]> tokens = doc.stream().map(TaggedSentence::tokens).toList();
    List<String[]> first = new ArrayList<>();
    int persons = 0;
    for (TaggedSentence s : doc) {
      String[] t = s.tags().clone();
      for (int i = 0; i < t.length; i++) {
        if (t[i].equals("B-PERS") && persons++ % 2 == 1) {
          for (int j = i; j < t.length && (j == i || t[j].equals("I-PERS")); j++) t[j] = "O";
        }
      }
      first.add(t);
    }
    return StackedContext.add(tokens, tokens.stream().map(seen::context).toList(), first);
  }

  private static String[][] heldOutContext(String[] tokens) {
    String[] first = new String[tokens.length];
    Arrays.fill(first, "O");
    first[1] = "B-PERS";
    return StackedContext.add(List.<String[]>of(tokens), List.<String[][]>of(seen.context(tokens)), List.<String[]>of(first)).get(0);
  }

  @Test
  void the_file_reads_back_to_tribuos_weights() {
    assertThat(stage.labels()).containsExactlyInAnyOrder("O", "B-PERS", "I-PERS", "B-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC");
    assertThat(stage.featureCount()).isEqualTo(trained.model().getFeatureIDMap().size());
    CrfStage.Decoder d = stage.decoder(generator);
    String[] labels = stage.labels();
    for (String s : HELD_OUT) {
      String[] tokens = s.split(" ");
      String[][] ctx = heldOutContext(tokens);
      String[][] features = CrfStage.features(generator, tokens, ctx);
      double[][] emission = d.emission(tokens, ctx);
      for (int i = 0; i < tokens.length; i++) {
        for (int y = 0; y < labels.length; y++) {
          int id = trained.model().getOutputIDInfo().getID(new org.tribuo.classification.Label(labels[y]));
          double expected = biasOf(id);
          for (String f : features[i]) {
            if (trained.model().getFeatureIDMap().get(f) != null) expected += trained.model().getFeatureWeights(f).get(id);
          }
          // Weights are stored in 16 bits: each is off by at most half a step (largest |weight| / 32767).
          double tolerance = (features[i].length + 1) * largestWeight() / Short.MAX_VALUE / 2 + 1e-9;
          assertThat(emission[i][y]).as("%s, word %d, %s", s, i, labels[y]).isCloseTo(expected, org.assertj.core.data.Offset.offset(tolerance));
        }
      }
    }
  }

  /** The largest |weight| of Tribuo's model (the 16-bit step is this / 32767). */
  private static double largestWeight() {
    double max = 0;
    for (int f = 0; f < trained.model().getFeatureIDMap().size(); f++) {
      org.tribuo.math.la.DenseVector w = trained.model().getFeatureWeights(f);
      for (int y = 0; y < w.size(); y++) max = Math.max(max, Math.abs(w.get(y)));
    }
    return max;
  }

  /** Tribuo's bias of label {@code id} (its parameters are private; read as CrfTrainer reads them). */
  private static double biasOf(int id) {
    try {
      java.lang.reflect.Field f = org.tribuo.classification.sgd.crf.CRFModel.class.getDeclaredField("parameters");
      f.setAccessible(true);
      return ((org.tribuo.classification.sgd.crf.CRFParameters) f.get(trained.model())).getBias(id);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void viterbi_finds_the_best_path_of_all() {
    CrfStage.Decoder d = stage.decoder(generator);
    double[][] transitions = transitions();
    for (String s : HELD_OUT) {
      String[] tokens = s.split(" ");
      if (tokens.length > 6) tokens = Arrays.copyOf(tokens, 6); // 8^6 paths
      double[][] e = d.emission(tokens, heldOutContext(tokens));
      int[] best = bruteForce(e, transitions);
      assertThat(CrfStage.viterbi(e, transitions)).as(s).containsExactly(best);
    }
  }

  @Test
  void viterbi_breaks_ties_towards_the_first_label() {
    double[][] flat = new double[3][3];
    assertThat(CrfStage.viterbi(new double[][] {{0, 0, 0}, {0, 0, 0}}, flat)).containsExactly(0, 0);
    double[][] e = {{0, 1, 0}, {0, 0, 2}, {1, 0, 0}};
    double[][] t = {{0, 0, 0}, {0, -5, 3}, {0, 0, 0}};
    assertThat(CrfStage.viterbi(e, t)).containsExactly(bruteForce(e, t));
  }

  @Test
  void the_exported_decoder_tags_as_tribuo_does() {
    CrfStage.Decoder d = stage.decoder(generator);
    int entities = 0;
    for (String s : HELD_OUT) {
      String[] tokens = s.split(" ");
      String[][] ctx = heldOutContext(tokens);
      String[] tribuo = trained.tribuoTags(CrfStage.features(generator, tokens, ctx));
      assertThat(d.rawTags(tokens, ctx)).as(s).containsExactly(tribuo);
      for (String t : tribuo) if (t.startsWith("B-")) entities++;
    }
    assertThat(entities).as("the small CRF finds names").isGreaterThan(2);
  }

  @Test
  void training_is_reproducible_and_the_seed_matters() {
    List<String[][]> strings = new ArrayList<>();
    for (TaggedSentence t : train) strings.add(CrfStage.features(generator, t.tokens(), new String[t.size()][0]));
    List<String[]> gold = train.stream().map(TaggedSentence::tags).toList();
    byte[] a = CrfTrainer.train(strings, gold, 7).exported();
    assertThat(CrfTrainer.train(strings, gold, 7).exported()).isEqualTo(a);
    assertThat(CrfTrainer.train(strings, gold, 8).exported()).isNotEqualTo(a);
  }

  @Test
  void the_window_keeps_seen_names_at_the_word_tags_at_one_word_and_document_values_at_the_word() {
    assertThat(CrfStage.keeps("ne=0P")).isTrue();
    assertThat(CrfStage.keeps("p1ne=0P")).isFalse();
    assertThat(CrfStage.keeps("p1ne=t=B-PERS")).isTrue();
    assertThat(CrfStage.keeps("n2ne=t=B-PERS")).isFalse();
    assertThat(CrfStage.keeps("ne=dwm=PERS")).isTrue();
    assertThat(CrfStage.keeps("n1ne=dwm=PERS")).isFalse();
    assertThat(CrfStage.keeps("w=" + ArabicNormalizer.match("لافروف"))).isTrue();
  }

  @Test
  void pruning_drops_exactly_the_features_whose_weights_are_all_small() {
    assertThat(CrfStage.pruned(trained.exported(), 0)).as("nothing below 0").isEqualTo(trained.exported());
    double[] largest = largestPerFeature(trained);
    // Halfway between the median feature's largest weight and the next larger one: no feature sits at the threshold.
    double[] sorted = Arrays.stream(largest).sorted().distinct().toArray();
    int median = Arrays.binarySearch(sorted, Arrays.stream(largest).sorted().toArray()[largest.length / 2]);
    double threshold = (sorted[median] + sorted[median + 1]) / 2;
    long expected = Arrays.stream(largest).filter(x -> x >= threshold).count();
    CrfStage pruned = CrfStage.read(CrfStage.pruned(trained.exported(), threshold));
    assertThat(pruned.featureCount()).isEqualTo((int) expected).isLessThan(stage.featureCount());
    // A kept feature keeps its weights: the emission moves by at most the dropped features' weights.
    CrfStage.Decoder all = stage.decoder(generator), kept = pruned.decoder(generator);
    for (String s : HELD_OUT) {
      String[] tokens = s.split(" ");
      String[][] ctx = heldOutContext(tokens);
      double[][] a = all.emission(tokens, ctx), b = kept.emission(tokens, ctx);
      String[][] features = CrfStage.features(generator, tokens, ctx);
      for (int i = 0; i < tokens.length; i++) {
        for (int y = 0; y < a[i].length; y++) {
          assertThat(b[i][y]).isCloseTo(a[i][y], org.assertj.core.data.Offset.offset(features[i].length * threshold + 1e-9));
        }
      }
    }
  }

  @Test
  void pruning_at_training_time_gives_the_pruned_export() {
    List<String[][]> strings = new ArrayList<>();
    for (TaggedSentence t : train) strings.add(CrfStage.features(generator, t.tokens(), new String[t.size()][0]));
    List<String[]> gold = train.stream().map(TaggedSentence::tags).toList();
    CrfTrainer.Trained whole = CrfTrainer.train(strings, gold, 7);
    double threshold = Arrays.stream(largestPerFeature(whole)).max().orElseThrow() / 2;
    byte[] pruned = CrfTrainer.train(strings, gold, 7, CrfTrainer.CUTOFF, threshold).exported();
    assertThat(pruned).isEqualTo(CrfStage.pruned(whole.exported(), threshold));
    assertThat(CrfStage.read(pruned).featureCount()).isPositive().isLessThan(CrfStage.read(whole.exported()).featureCount());
  }

  /** Each feature's largest |weight| as the export stores it (16 bits on the scale of the largest float weight). */
  private static double[] largestPerFeature(CrfTrainer.Trained t) {
    int n = t.model().getFeatureIDMap().size();
    float max = 0;
    for (int f = 0; f < n; f++) {
      org.tribuo.math.la.DenseVector w = t.model().getFeatureWeights(f);
      for (int y = 0; y < w.size(); y++) max = Math.max(max, Math.abs((float) w.get(y)));
    }
    double scale = (double) max / Short.MAX_VALUE;
    double[] largest = new double[n];
    for (int f = 0; f < n; f++) {
      org.tribuo.math.la.DenseVector w = t.model().getFeatureWeights(f);
      for (int y = 0; y < w.size(); y++) largest[f] = Math.max(largest[f], Math.abs(Math.round((float) w.get(y) / scale)) * scale);
    }
    return largest;
  }

  @Test
  void tags_are_valid_iob2() {
    assertThat(CrfStage.validIob(new String[] {"I-PERS", "I-PERS", "O", "I-LOC", "B-ORG", "I-LOC"}))
        .containsExactly("B-PERS", "I-PERS", "O", "B-LOC", "B-ORG", "B-LOC");
  }

  @Test
  void another_file_is_refused() {
    assertThatThrownBy(() -> CrfStage.read(new byte[] {1, 2, 3, 4, 0, 0, 0, 1})).isInstanceOf(IllegalArgumentException.class);
  }

  private static double[][] transitions() {
    try {
      java.lang.reflect.Field f = CrfStage.class.getDeclaredField("transitions");
      f.setAccessible(true);
      return (double[][]) f.get(stage);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The highest-scoring label sequence by trying every one (the first found on a tie). */
  private static int[] bruteForce(double[][] emission, double[][] transitions) {
    int n = emission.length, l = transitions.length;
    int[] path = new int[n], best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    long total = (long) Math.pow(l, n);
    for (long code = 0; code < total; code++) {
      long c = code;
      for (int i = n - 1; i >= 0; i--) {
        path[i] = (int) (c % l);
        c /= l;
      }
      double s = emission[0][path[0]];
      for (int i = 1; i < n; i++) s += transitions[path[i - 1]][path[i]] + emission[i][path[i]];
      if (s > bestScore + 1e-12) {
        bestScore = s;
        best = path.clone();
      }
    }
    return best;
  }
}
