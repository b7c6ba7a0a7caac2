package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.app.eval.QuoteEvaluation;
import org.marsad.app.eval.QuoteScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code marsad eval quotes}: precision, recall and F1 of quotation spans and of quotations
 * with the right speaker, for direct and indirect quotations (output format in docs/quotes.md).
 */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = "Score quotation extraction against the hand-annotated gold set.")
public final class EvalQuotesCommand implements Callable<Integer> {
  static final String DEFAULT_GOLD = "marsad-nlp/src/test/resources/org/marsad/nlp/quote/gold.jsonl";

  @Option(names = "--gold", paramLabel = "FILE", description = "gold JSON Lines (default: ${DEFAULT-VALUE})",
      defaultValue = DEFAULT_GOLD)
  Path gold;

  @Option(names = "--shared", paramLabel = "DIR", description = "the shared datasets folder (default: ../shared)")
  Path shared;

  @Option(names = "--json", description = "print one JSON object instead of a table")
  boolean json;

  @Option(names = "--entities", description = "run the entity step first, as the analysis pipeline does")
  boolean entities;

  @Option(names = "--errors", description = "also list misses, false alarms and wrong speakers (tab-separated)")
  boolean errors;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path sharedDir = shared != null ? shared
        : fromCheckout(Path.of(System.getProperty("marsad.shared", "../shared")), "../shared");
    Path goldFile = gold.toString().equals(DEFAULT_GOLD) ? fromCheckout(gold, DEFAULT_GOLD) : gold;
    List<String> errs = new ArrayList<>();
    QuoteEvaluation.Result r = QuoteEvaluation.run(goldFile, sharedDir, entities, errors ? errs::add : null);
    EvalInputs.requireSome(r.documents(), "gold documents", goldFile);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper m = new ObjectMapper();
      ObjectNode o = m.createObjectNode();
      o.put("documents", r.documents());
      o.put("minOverlap", QuoteEvaluation.MIN_OVERLAP);
      o.put("entities", entities);
      o.set("direct", node(m, r.direct()));
      o.set("indirect", node(m, r.indirect()));
      o.set("all", node(m, r.all()));
      out.println(m.writeValueAsString(o));
    } else {
      out.printf(Locale.ROOT, "Quotations: %d documents, span overlap >= %.0f%%%s%n", r.documents(), QuoteEvaluation.MIN_OVERLAP * 100,
          entities ? ", with entities" : "");
      out.printf(Locale.ROOT, "%-20s %6s %6s %6s %6s %6s %8s%n", "", "P", "R", "F1", "gold", "pred", "correct");
      row(out, "direct spans", r.direct(), false);
      row(out, "direct +speaker", r.direct(), true);
      row(out, "indirect spans", r.indirect(), false);
      row(out, "indirect +speaker", r.indirect(), true);
      row(out, "all spans", r.all(), false);
      row(out, "all +speaker", r.all(), true);
    }
    for (String e : errs) out.println(e);
    out.flush();
    return MarsadCli.EXIT_OK;
  }

  /**
   * A default path as given when it exists from the working directory, else resolved against
   * the checkout the running jar was built in (marsad-app/target/marsad-app.jar), so that
   * {@code ./marsad eval quotes} works from any directory.
   */
  private static Path fromCheckout(Path asGiven, String relative) {
    if (java.nio.file.Files.exists(asGiven)) return asGiven;
    try {
      Path jar = Path.of(EvalQuotesCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path root = jar.getParent() == null ? null : jar.getParent().getParent();
      if (root != null && root.getParent() != null) {
        Path p = root.getParent().resolve(relative).normalize();
        if (java.nio.file.Files.exists(p)) return p;
      }
    } catch (java.net.URISyntaxException | SecurityException | NullPointerException e) {
      // fall through: report the path as given
    }
    return asGiven;
  }

  private static void row(PrintWriter out, String label, QuoteScores s, boolean speaker) {
    out.printf(Locale.ROOT, "%-20s %6.3f %6.3f %6.3f %6d %6d %8d%n", label,
        speaker ? s.speakerPrecision() : s.spanPrecision(),
        speaker ? s.speakerRecall() : s.spanRecall(),
        speaker ? s.speakerF1() : s.spanF1(),
        s.gold(), s.predicted(), speaker ? s.rightSpeaker() : s.matched());
  }

  private static ObjectNode node(ObjectMapper m, QuoteScores s) {
    ObjectNode n = m.createObjectNode();
    n.put("gold", s.gold());
    n.put("predicted", s.predicted());
    n.put("matched", s.matched());
    n.put("rightSpeaker", s.rightSpeaker());
    ObjectNode span = n.putObject("span");
    span.put("precision", s.spanPrecision());
    span.put("recall", s.spanRecall());
    span.put("f1", s.spanF1());
    ObjectNode sp = n.putObject("speaker");
    sp.put("precision", s.speakerPrecision());
    sp.put("recall", s.speakerRecall());
    sp.put("f1", s.speakerF1());
    return n;
  }
}
