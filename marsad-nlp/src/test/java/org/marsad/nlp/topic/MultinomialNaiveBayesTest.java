package org.marsad.nlp.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MultinomialNaiveBayesTest {
  @Test
  void follows_the_textbook_computation() {
    // Manning et al. (IIR, ch. 13) worked example: c = China, vocabulary of 6 words.
    MultinomialNaiveBayes nb = new MultinomialNaiveBayes();
    nb.add("china", List.of("Chinese", "Beijing", "Chinese"));
    nb.add("china", List.of("Chinese", "Chinese", "Shanghai"));
    nb.add("china", List.of("Chinese", "Macao"));
    nb.add("japan", List.of("Tokyo", "Japan", "Chinese"));
    // P(c|d5) ∝ 3/4 · (3/7)^3 · 1/14 · 1/14 ≈ 0.0003 > P(j|d5) ∝ 1/4 · (2/9)^3 · 2/9 · 2/9 ≈ 0.0001
    assertThat(nb.predict(List.of("Chinese", "Chinese", "Chinese", "Tokyo", "Japan"))).isEqualTo("china");
    assertThat(nb.predict(List.of("Tokyo", "Japan"))).isEqualTo("japan");
  }

  @Test
  void unseen_words_fall_back_to_the_prior() {
    MultinomialNaiveBayes nb = new MultinomialNaiveBayes();
    nb.add("sports", List.of("مباراة"));
    nb.add("sports", List.of("هدف"));
    nb.add("economy", List.of("سوق"));
    assertThat(nb.predict(List.of("كلمة", "جديدة"))).isEqualTo("sports");
  }

  @Test
  void predicting_before_training_is_an_error() {
    assertThatThrownBy(() -> new MultinomialNaiveBayes().predict(List.of("x"))).isInstanceOf(IllegalStateException.class);
  }
}
