package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Accuracy, per-class precision/recall/F1, macro-F1 (unweighted mean of per-class F1 over every
 * label that occurs in the gold or the predictions) and the confusion matrix of one run.
 */
public final class ClassificationScores {
  /** Figures for one class. */
  public record PerClass(double precision, double recall, double f1, int support) {}

  private final List<String> labels;
  private final int[][] confusion; // [gold][predicted]
  private final int total;

  /** Scores predictions against gold labels (same order, same size). */
  public ClassificationScores(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) throw new IllegalArgumentException("gold and predicted differ in size");
    TreeSet<String> all = new TreeSet<>(gold);
    all.addAll(predicted);
    labels = new ArrayList<>(all);
    confusion = new int[labels.size()][labels.size()];
    for (int i = 0; i < gold.size(); i++) {
      confusion[labels.indexOf(gold.get(i))][labels.indexOf(predicted.get(i))]++;
    }
    total = gold.size();
  }

  public List<String> labels() {
    return labels;
  }

  /** confusion()[g][p]: examples of gold label g predicted as p (indices into labels()). */
  public int[][] confusion() {
    return confusion;
  }

  public double accuracy() {
    int correct = 0;
    for (int i = 0; i < labels.size(); i++) correct += confusion[i][i];
    return total == 0 ? 0 : correct / (double) total;
  }

  public Map<String, PerClass> perClass() {
    Map<String, PerClass> out = new LinkedHashMap<>();
    for (int i = 0; i < labels.size(); i++) {
      int tp = confusion[i][i], goldN = 0, predN = 0;
      for (int j = 0; j < labels.size(); j++) {
        goldN += confusion[i][j];
        predN += confusion[j][i];
      }
      double p = predN == 0 ? 0 : tp / (double) predN;
      double r = goldN == 0 ? 0 : tp / (double) goldN;
      double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
      out.put(labels.get(i), new PerClass(p, r, f, goldN));
    }
    return out;
  }

  public double macroF1() {
    return perClass().values().stream().mapToDouble(PerClass::f1).average().orElse(0);
  }
}
