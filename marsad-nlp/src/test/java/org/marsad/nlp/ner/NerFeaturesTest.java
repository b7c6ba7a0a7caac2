package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NerFeaturesTest {
  private static TaggedSentence s(String words, String tags) {
    return new TaggedSentence(words.split(" "), tags.split(" "));
  }

  private static final List<TaggedSentence> TRAIN = List.of(
      s("زار لافروف موسكو", "O B-PERS B-LOC"), s("وقال لافروف إن", "O B-PERS O"), s("في موسكو امس", "O B-LOC O"),
      s("التقى لافروف كيري", "O B-PERS B-PERS"), s("عاد الى موسكو", "O O B-LOC"), s("قال المتحدث امس", "O O O"),
      s("زار كيري جنيف", "O B-PERS B-LOC"), s("في جنيف امس", "O B-LOC O"), s("وصل لافروف الى جنيف", "O B-PERS O B-LOC"),
      s("قال كيري امس", "O B-PERS O"));

  @Test
  void every_word_gets_the_shipped_generators_features_once_each() throws Exception {
    NerFeatures fx = NerFeatures.forTraining(TRAIN, null);
    String[][] f = fx.features("وقال لافروف في جنيف".split(" "));
    assertThat(f).hasNumberOfRows(4);
    assertThat(f[1]).contains("w=لافروف", "w-1=وقال", "w1=في");
    assertThat(f[1]).contains("sn=0P"); // seen as a person in the whole training set
    for (String[] w : f) assertThat(w).doesNotHaveDuplicates();
  }

  @Test
  void jackknifed_features_hide_a_sentence_from_its_own_seen_name_list() throws Exception {
    // كيري is a person in three sentences; when the sentence with "التقى لافروف كيري" is a fold
    // of its own, the other folds still know it, but a word seen only in one fold is unknown.
    List<TaggedSentence> train = List.of(s("زار تشيجوف موسكو", "O B-PERS B-LOC"), s("زار كيري جنيف", "O B-PERS B-LOC"),
        s("قال كيري امس", "O B-PERS O"), s("في جنيف امس", "O B-LOC O"), s("عاد الى موسكو", "O O B-LOC"),
        s("قال المتحدث امس", "O O O"), s("زار كيري موسكو", "O B-PERS B-LOC"), s("في موسكو امس", "O B-LOC O"),
        s("وصل كيري الى جنيف", "O B-PERS O B-LOC"), s("قال كيري امس", "O B-PERS O"));
    NerFeatures fx = NerFeatures.forTraining(train, null);
    List<String[][]> jk = fx.jackknifedFeatures(train);
    assertThat(jk).hasSize(train.size());
    assertThat(fx.features(train.get(0).tokens())[1]).contains("sn=0P");
    assertThat(Arrays.asList(jk.get(0)[1])).doesNotContain("sn=0P"); // تشيجوف occurs only in its own fold
    assertThat(jk.get(1)[1]).contains("sn=0P");
  }

  @Test
  void the_lexicon_survives_serialisation() throws Exception {
    NerFeatures fx = NerFeatures.forTraining(TRAIN, null);
    NerFeatures back = NerFeatures.fromLexiconBytes(fx.lexiconBytes());
    String[] words = "زار لافروف جنيف".split(" ");
    assertThat(back.features(words)).isDeepEqualTo(fx.features(words));
  }
}
