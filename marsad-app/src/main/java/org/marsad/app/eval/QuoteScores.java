package org.marsad.app.eval;

/**
 * Counts for one kind of quotation (direct, indirect or all).
 *
 * @param gold           gold quotations
 * @param predicted      extracted quotations
 * @param matched        one-to-one span matches (overlap ≥ {@link QuoteEvaluation#MIN_OVERLAP})
 * @param rightSpeaker   matches whose speaker also agrees ({@link SpeakerMatch})
 */
public record QuoteScores(int gold, int predicted, int matched, int rightSpeaker) {
  public double spanPrecision() { return ratio(matched, predicted); }
  public double spanRecall() { return ratio(matched, gold); }
  public double spanF1() { return f1(spanPrecision(), spanRecall()); }
  public double speakerPrecision() { return ratio(rightSpeaker, predicted); }
  public double speakerRecall() { return ratio(rightSpeaker, gold); }
  public double speakerF1() { return f1(speakerPrecision(), speakerRecall()); }

  QuoteScores plus(QuoteScores o) {
    return new QuoteScores(gold + o.gold, predicted + o.predicted, matched + o.matched, rightSpeaker + o.rightSpeaker);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
