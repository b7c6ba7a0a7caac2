package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.nlp.topic.LabelledText;
import org.marsad.nlp.topic.MultinomialNaiveBayes;
import org.marsad.nlp.topic.TopicClassifier;
import org.marsad.nlp.topic.TopicTrainer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/**
 * Topic evaluation on one dataset: Marsad's classifier, trained on the dataset's train split
 * only, against two baselines trained on the same split: the majority class and multinomial
 * naive Bayes over raw bag-of-words (tokeniser words, lower-cased, nothing else).
 */
public final class TopicEvaluation {
  public static final String MARSAD = "marsad";
  public static final String NAIVE_BAYES = "naive-bayes";
  public static final String MAJORITY = "majority";

  private final TopicTrainer trainer;

  public TopicEvaluation(TopicTrainer trainer) {
    this.trainer = trainer;
  }

  /** Scores of every system on the test split, keyed marsad, naive-bayes, majority. */
  public Map<String, ClassificationScores> run(List<LabelledText> train, List<LabelledText> test) {
    List<String> gold = new ArrayList<>();
    for (LabelledText t : test) gold.add(t.label().key());
    Map<String, ClassificationScores> out = new LinkedHashMap<>();

    TopicClassifier model = trainer.train(train);
    List<String> pred = new ArrayList<>();
    for (LabelledText t : test) pred.add(model.classify(t.title(), t.text()).label());
    out.put(MARSAD, new ClassificationScores(gold, pred));

    MultinomialNaiveBayes nb = new MultinomialNaiveBayes();
    for (LabelledText t : train) nb.add(t.label().key(), bagOfWords(t));
    List<String> nbPred = new ArrayList<>();
    for (LabelledText t : test) nbPred.add(nb.predict(bagOfWords(t)));
    out.put(NAIVE_BAYES, new ClassificationScores(gold, nbPred));

    String majority = majority(train);
    List<String> majPred = new ArrayList<>();
    for (int i = 0; i < test.size(); i++) majPred.add(majority);
    out.put(MAJORITY, new ClassificationScores(gold, majPred));
    return out;
  }

  /** The baseline's features: every word token of title and text, lower-cased. */
  static List<String> bagOfWords(LabelledText t) {
    List<String> out = new ArrayList<>();
    String all = (t.title() == null ? "" : t.title() + "\n") + t.text();
    for (Token tok : NewsTokenizer.tokenize(all)) {
      if (tok.type() == TokenType.ARABIC_WORD || tok.type() == TokenType.LATIN_WORD) {
        out.add(tok.text().toLowerCase(Locale.ROOT));
      }
    }
    return out;
  }

  static String majority(List<LabelledText> train) {
    Map<String, Integer> counts = new HashMap<>();
    for (LabelledText t : train) counts.merge(t.label().key(), 1, Integer::sum);
    String best = null; // ties go to the alphabetically first label, for reproducibility
    for (Map.Entry<String, Integer> e : new java.util.TreeMap<>(counts).entrySet()) {
      if (best == null || e.getValue() > counts.get(best)) best = e.getKey();
    }
    return best;
  }
}
