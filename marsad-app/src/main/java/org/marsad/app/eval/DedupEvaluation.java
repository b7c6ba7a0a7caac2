package org.marsad.app.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.marsad.nlp.dedup.DuplicateCheck;
import org.marsad.nlp.dedup.NearDuplicateIndex;
import org.marsad.text.ArabicNormalizer;

/**
 * Duplicate-detection evaluation on SaudiNewsNet, in two parts.
 * <ol>
 *   <li><b>Exact</b>: every article's content goes through {@code checkAndAdd} in corpus order;
 *       the gold copies are articles whose raw content, with at least one letter or digit,
 *       equals an earlier article's.</li>
 *   <li><b>Edited copies</b>: a seeded sample of articles (at least {@value #MIN_WORDS} words,
 *       content unique in the corpus) is split into {@code sample} originals and {@code sample}
 *       held-out articles. Everything except the held-out articles is indexed (title + content).
 *       Each original gets a {@link RealisticEdits} copy, which must be found as a duplicate of the
 *       original (or of an article the index itself considers a duplicate of the original).
 *       Each held-out article must not be flagged unless the flagged article is a genuine
 *       republication: at least half of the shorter text's words lie in passages of 8+ words
 *       copied verbatim (after match normalisation) from the other.</li>
 * </ol>
 * precision = correct detections / all detections (edited copies and held-out articles);
 * recall = correct detections / edited copies; unrelated-not-flagged = held-out articles without
 * a genuine republication that were not flagged / all such held-out articles.
 */
public final class DedupEvaluation {
  static final int MIN_WORDS = 80;
  static final int PASSAGE_WORDS = 8;

  /** The figures of one run. */
  public record Result(double threshold, int articles, int goldExactCopies, int exactCopiesFound, int extraExact,
      int nearFlagsInCorpus, int edited, int correct, int wrongTarget, int negatives, int negativesFlagged,
      int negativesGenuine, Map<RealisticEdits.Edit, int[]> perEdit, double microsPerArticle) {
    public double precision() {
      int detections = correct + wrongTarget + (negativesFlagged - negativesGenuine);
      return detections == 0 ? 0 : correct / (double) detections;
    }

    public double recall() {
      return edited == 0 ? 0 : correct / (double) edited;
    }

    public double unrelatedNotFlagged() {
      int unrelated = negatives - negativesGenuine;
      return unrelated == 0 ? 0 : (unrelated - (negativesFlagged - negativesGenuine)) / (double) unrelated;
    }

    public double exactRecall() {
      return goldExactCopies == 0 ? 0 : exactCopiesFound / (double) goldExactCopies;
    }
  }

  private DedupEvaluation() {}

  public static Result run(List<SaudiNewsNet.Item> items, double threshold, int sample, long seed) {
    // Part 1: exact duplicates over the whole corpus, in order.
    NearDuplicateIndex all = new NearDuplicateIndex(threshold);
    Set<String> seenContent = new HashSet<>();
    Map<String, Integer> contentCount = new HashMap<>();
    int gold = 0, found = 0, extra = 0, near = 0;
    long t0 = System.nanoTime();
    for (SaudiNewsNet.Item it : items) {
      boolean goldCopy = !seenContent.add(it.content()) && it.content().codePoints().anyMatch(Character::isLetterOrDigit);
      contentCount.merge(it.content(), 1, Integer::sum);
      DuplicateCheck c = all.checkAndAdd(it.id(), it.content());
      if (goldCopy) gold++;
      if (c.kind() == DuplicateCheck.Kind.EXACT) { if (goldCopy) found++; else extra++; }
      if (c.kind() == DuplicateCheck.Kind.NEAR) near++;
    }
    double micros = (System.nanoTime() - t0) / 1000.0 / items.size();

    // Part 2: edited copies and held-out articles.
    List<SaudiNewsNet.Item> eligible = new ArrayList<>();
    for (SaudiNewsNet.Item it : items) {
      if (contentCount.get(it.content()) == 1 && it.content().split("\\s+").length >= MIN_WORDS) eligible.add(it);
    }
    Collections.shuffle(eligible, new Random(seed));
    int n = Math.min(sample, eligible.size() / 2);
    List<SaudiNewsNet.Item> originals = eligible.subList(0, n), heldOut = eligible.subList(n, 2 * n);
    Set<String> heldOutIds = new HashSet<>();
    for (SaudiNewsNet.Item it : heldOut) heldOutIds.add(it.id());
    Map<String, SaudiNewsNet.Item> byId = new HashMap<>();
    NearDuplicateIndex index = new NearDuplicateIndex(threshold);
    for (SaudiNewsNet.Item it : items) {
      byId.put(it.id(), it);
      if (!heldOutIds.contains(it.id())) index.add(it.id(), text(it));
    }
    RealisticEdits edits = new RealisticEdits(seed);
    Map<RealisticEdits.Edit, int[]> perEdit = new EnumMap<>(RealisticEdits.Edit.class);
    int correct = 0, wrong = 0;
    for (SaudiNewsNet.Item it : originals) {
      RealisticEdits.Copy copy = edits.edit(it.title(), it.content());
      DuplicateCheck c = index.check("edited:" + it.id(), copy.text());
      boolean ok = c.isDuplicate() && (c.of().equals(it.id()) || sameStory(it, byId.get(c.of()), threshold));
      if (ok) correct++;
      else if (c.isDuplicate()) wrong++;
      for (RealisticEdits.Edit e : copy.edits()) {
        int[] counts = perEdit.computeIfAbsent(e, k -> new int[2]);
        counts[0]++;
        if (ok) counts[1]++;
      }
    }
    int flagged = 0, genuine = 0;
    for (SaudiNewsNet.Item it : heldOut) {
      DuplicateCheck c = index.check(it.id(), text(it));
      if (!c.isDuplicate()) continue;
      flagged++;
      if (copiedShare(it.content(), byId.get(c.of()).content()) >= 0.5) genuine++;
    }
    return new Result(threshold, items.size(), gold, found, extra, near, n, correct, wrong, n, flagged, genuine, perEdit, micros);
  }

  static String text(SaudiNewsNet.Item it) {
    return it.title() + "\n" + it.content();
  }

  /** Whether the index itself would call the two articles duplicates. */
  private static boolean sameStory(SaudiNewsNet.Item a, SaudiNewsNet.Item b, double threshold) {
    NearDuplicateIndex pair = new NearDuplicateIndex(threshold);
    pair.add(a.id(), text(a));
    return pair.check(b.id(), text(b)).isDuplicate();
  }

  /**
   * Share of the shorter text's words that lie in passages of at least {@value #PASSAGE_WORDS}
   * consecutive words copied verbatim (after match normalisation) from the other text: how an
   * editor recognises re-run copy, and independent of the index's shingles and threshold.
   */
  static double copiedShare(String a, String b) {
    List<String> wa = words(a), wb = words(b);
    List<String> small = wa.size() <= wb.size() ? wa : wb, large = small == wa ? wb : wa;
    if (small.size() < PASSAGE_WORDS) return 0;
    Set<String> grams = new HashSet<>();
    for (int i = 0; i + PASSAGE_WORDS <= large.size(); i++) grams.add(String.join(" ", large.subList(i, i + PASSAGE_WORDS)));
    boolean[] covered = new boolean[small.size()];
    for (int i = 0; i + PASSAGE_WORDS <= small.size(); i++) {
      if (grams.contains(String.join(" ", small.subList(i, i + PASSAGE_WORDS)))) {
        for (int j = i; j < i + PASSAGE_WORDS; j++) covered[j] = true;
      }
    }
    int n = 0;
    for (boolean c : covered) if (c) n++;
    return n / (double) small.size();
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : ArabicNormalizer.match(text).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) out.add(w);
    }
    return out;
  }
}
