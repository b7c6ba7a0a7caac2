package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.app.eval.EascCorpus;
import org.marsad.app.eval.EvalReport;
import org.marsad.app.eval.PairedComparison;
import org.marsad.app.eval.SummaryEvaluation;
import org.marsad.nlp.summary.LeadAwareRanker;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code marsad eval summary}: ROUGE on EASC for Marsad's summariser, lead-k and TextRank. */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = "Extractive summaries on EASC (ROUGE-1/2/L F, mean over the 5 references) against lead and TextRank.")
public final class EvalSummaryCommand implements Callable<Integer> {
  @Mixin SharedDataOption data;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @Option(names = "--half", paramLabel = "all|dev|held-out", defaultValue = "all", converter = HalfConverter.class,
      description = "Articles scored: all 153 (default), the development half (odd topic numbers, used for choosing weights) or the held-out half (even).")
  EascCorpus.Half half;

  public static final class HalfConverter implements CommandLine.ITypeConverter<EascCorpus.Half> {
    @Override
    public EascCorpus.Half convert(String value) {
      return switch (value) {
        case "all" -> EascCorpus.Half.ALL;
        case "dev" -> EascCorpus.Half.DEV;
        case "held-out" -> EascCorpus.Half.HELD_OUT;
        default -> throw new CommandLine.TypeConversionException("expected all, dev or held-out, got " + value);
      };
    }
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Map<String, List<SummaryEvaluation.Scores>> perArticle =
        SummaryEvaluation.perArticle(half.of(EascCorpus.read(data.resolve(EascCorpus.PATH))), LeadAwareRanker.DEFAULT);
    Map<String, SummaryEvaluation.Scores> results = SummaryEvaluation.means(perArticle);
    Map<String, PairedComparison> vsLead = SummaryEvaluation.compare(perArticle, SummaryEvaluation.LEAD);
    PairedComparison vsTextRank = SummaryEvaluation.compare(perArticle, SummaryEvaluation.TEXTRANK).get(SummaryEvaluation.MARSAD);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectNode root = new ObjectMapper().createObjectNode();
      results.forEach((name, s) -> {
        ObjectNode n = root.putObject(name);
        n.put("rouge1", EvalReport.round(s.rouge1()));
        n.put("rouge2", EvalReport.round(s.rouge2()));
        n.put("rougeL", EvalReport.round(s.rougeL()));
        n.put("articles", s.articles()); // the table's sample size, so a cited figure carries it
        if (vsLead.containsKey(name)) comparisonJson(n.putObject("rouge2VsLead"), vsLead.get(name));
        if (name.equals(SummaryEvaluation.MARSAD)) comparisonJson(n.putObject("rouge2VsTextrank"), vsTextRank);
      });
      out.println(root); // one line, as every eval --json (docs/eval.md)
    } else {
      int n = results.values().iterator().next().articles();
      out.printf(Locale.ROOT, "EASC (%s), %d articles; budget = mean reference length in words; F averaged over 5 references%n",
          half.name().toLowerCase(Locale.ROOT).replace('_', '-'), n);
      out.printf(Locale.ROOT, "%-10s %8s %8s %8s%n", "system", "ROUGE-1", "ROUGE-2", "ROUGE-L");
      results.forEach((name, s) -> out.printf(Locale.ROOT, "%-10s %8.4f %8.4f %8.4f%n", name, s.rouge1(), s.rouge2(), s.rougeL()));
      out.println("ROUGE-2 per article (wins/losses/ties, mean difference with paired-bootstrap 95% interval, sign test p):");
      vsLead.forEach((name, c) -> comparisonLine(out, name + " vs lead", c));
      comparisonLine(out, "marsad vs textrank", vsTextRank);
    }
    out.flush();
    return 0;
  }

  private static void comparisonLine(PrintWriter out, String label, PairedComparison c) {
    out.printf(Locale.ROOT, "%-20s %d/%d/%d  %+.4f [%+.4f, %+.4f]  p = %.3f%s%n", label, c.wins(), c.losses(), c.ties(),
        c.meanDiff(), c.ciLow(), c.ciHigh(), c.signTestP(), c.significantlyBetter() ? "  (better beyond noise)" : "");
  }

  private static void comparisonJson(ObjectNode v, PairedComparison c) {
    v.put("wins", c.wins());
    v.put("losses", c.losses());
    v.put("ties", c.ties());
    v.put("meanDifference", EvalReport.round(c.meanDiff()));
    v.putArray("bootstrap95").add(EvalReport.round(c.ciLow())).add(EvalReport.round(c.ciHigh()));
    v.put("signTestP", EvalReport.round(c.signTestP()));
    v.put("betterBeyondNoise", c.significantlyBetter()); // the table's "(better beyond noise)"
  }
}
