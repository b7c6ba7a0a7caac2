package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.eval.DedupEvaluation;
import org.marsad.app.eval.EvalReport;
import org.marsad.app.eval.SaudiNewsNet;
import org.marsad.nlp.dedup.NearDuplicateIndex;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad eval dedup}: exact and near-duplicate detection on SaudiNewsNet plus edited copies. */
@Command(name = "dedup", mixinStandardHelpOptions = true,
    description = "Duplicate detection on SaudiNewsNet: exact copies, realistic edited copies, unrelated articles.")
public final class EvalDedupCommand implements Callable<Integer> {
  @Mixin SharedDataOption data;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--sample", paramLabel = "N", description = "Edited copies and held-out articles (default ${DEFAULT-VALUE} each).")
  int sample = 1000;

  @Option(names = "--seed", description = "Seed of the sample and the edits (default ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--threshold", description = "Jaccard threshold for near-duplicates (default ${DEFAULT-VALUE}).")
  double threshold = NearDuplicateIndex.DEFAULT_THRESHOLD;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    DedupEvaluation.Result r = DedupEvaluation.run(SaudiNewsNet.read(data.resolve(SaudiNewsNet.PATH)), threshold, sample, seed);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = new ObjectMapper().createObjectNode();
      root.put("threshold", r.threshold());
      root.put("articles", r.articles());
      ObjectNode ex = root.putObject("exact");
      ex.put("goldCopies", r.goldExactCopies());
      ex.put("found", r.exactCopiesFound());
      ex.put("recall", EvalReport.round(r.exactRecall()));
      ex.put("extraNormalisedExact", r.extraExact());
      ex.put("nearInCorpus", r.nearFlagsInCorpus());
      ObjectNode ed = root.putObject("edited");
      ed.put("copies", r.edited());
      ed.put("correct", r.correct());
      ed.put("wrongTarget", r.wrongTarget());
      ed.put("heldOut", r.negatives());
      ed.put("heldOutFlagged", r.negativesFlagged());
      ed.put("heldOutGenuineRepublications", r.negativesGenuine());
      ed.put("precision", EvalReport.round(r.precision()));
      ed.put("recall", EvalReport.round(r.recall()));
      ed.put("unrelatedNotFlagged", EvalReport.round(r.unrelatedNotFlagged()));
      ObjectNode per = ed.putObject("recallByEdit");
      r.perEdit().forEach((e, c) -> per.put(e.name(), EvalReport.round(c[1] / (double) c[0])));
      // the table's count of copies per edit, so that each recall above carries its sample size
      ObjectNode copies = ed.putObject("copiesByEdit");
      r.perEdit().forEach((e, c) -> copies.put(e.name(), c[0]));
      out.println(root); // one line, as every eval --json (docs/eval.md)
    } else {
      out.printf(Locale.ROOT, "SaudiNewsNet, %d articles, near-duplicate threshold Jaccard >= %.2f%n", r.articles(), r.threshold());
      out.printf(Locale.ROOT, "exact: %d gold copies, %d found (recall %.4f); %d more identical after match normalisation; %d near-duplicates in the corpus%n",
          r.goldExactCopies(), r.exactCopiesFound(), r.exactRecall(), r.extraExact(), r.nearFlagsInCorpus());
      out.printf(Locale.ROOT, "edited copies: %d, found %d, wrong target %d%n", r.edited(), r.correct(), r.wrongTarget());
      out.printf(Locale.ROOT, "held-out articles: %d, flagged %d (of which genuine republications %d)%n",
          r.negatives(), r.negativesFlagged(), r.negativesGenuine());
      out.printf(Locale.ROOT, "precision %.4f  recall %.4f  unrelated-not-flagged %.4f%n", r.precision(), r.recall(), r.unrelatedNotFlagged());
      out.println("recall by edit (copies with that edit):");
      r.perEdit().forEach((e, c) -> out.printf(Locale.ROOT, "  %-18s %5d  %.4f%n", e, c[0], c[1] / (double) c[0]));
      out.printf(Locale.ROOT, "(indicative: %.1f µs per check+add in part 1; see bench/ for the measured cost)%n", r.microsPerArticle());
    }
    out.flush();
    return 0;
  }
}
