package org.marsad.bench;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.app.eval.EascCorpus;
import org.marsad.app.eval.RougeScorer;
import org.marsad.nlp.summary.Candidate;
import org.marsad.nlp.summary.CandidateSentences;

/**
 * Dumps EASC candidate sentences with their label (mean share of the sentence's bigrams found in
 * each reference) as TSV, for analysing what the annotators picked: bench/run SummaryFeatures ../shared
 */
public final class SummaryFeatures {
  public static void main(String[] args) throws Exception {
    List<EascCorpus.Item> items = EascCorpus.read(Path.of(args[0]).resolve(EascCorpus.PATH));
    System.out.println("topic\tn\ti\tpara\twords\tlabel\tbudget\ttext");
    for (EascCorpus.Item item : items) {
      List<List<String>> refs = item.references().stream().map(RougeScorer::tokens).toList();
      int budget = (int) Math.round(refs.stream().mapToInt(List::size).average().orElse(0));
      List<Set<String>> refBigrams = refs.stream().map(SummaryFeatures::bigrams).toList();
      List<Candidate> cands = CandidateSentences.of(item.text());
      for (Candidate c : cands) {
        Set<String> b = bigrams(RougeScorer.tokens(c.text()));
        double label = 0;
        for (Set<String> rb : refBigrams) {
          long hit = b.stream().filter(rb::contains).count();
          label += b.isEmpty() ? 0 : (double) hit / b.size();
        }
        label /= refs.size();
        System.out.println(item.topic() + "\t" + cands.size() + "\t" + c.index() + "\t" + c.paragraph() + "\t" + c.words()
            + "\t" + String.format("%.3f", label) + "\t" + budget + "\t" + c.text().replace('\t', ' '));
      }
    }
  }

  private static Set<String> bigrams(List<String> t) {
    Set<String> s = new HashSet<>();
    for (int i = 0; i + 1 < t.size(); i++) s.add(t.get(i) + " " + t.get(i + 1));
    return s;
  }
}
