package org.marsad.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders evaluation figures as readable tables or as JSON (the same figures). */
public final class EvalReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EvalReport() {}

  /** {"system": {"accuracy", "macroF1", "perClass": {label: {precision, recall, f1, support}}, "confusion"}}. */
  public static ObjectNode classificationJson(Map<String, ClassificationScores> systems) {
    ObjectNode node = JSON.createObjectNode();
    systems.forEach((name, s) -> {
      ObjectNode sys = node.putObject(name);
      sys.put("accuracy", round(s.accuracy()));
      sys.put("macroF1", round(s.macroF1()));
      ObjectNode per = sys.putObject("perClass");
      s.perClass().forEach((label, pc) -> {
        ObjectNode c = per.putObject(label);
        c.put("precision", round(pc.precision()));
        c.put("recall", round(pc.recall()));
        c.put("f1", round(pc.f1()));
        c.put("support", pc.support());
      });
      ObjectNode conf = sys.putObject("confusion");
      ArrayNode labels = conf.putArray("labels");
      s.labels().forEach(labels::add);
      ArrayNode rows = conf.putArray("rows"); // rows = gold, columns = predicted
      for (int[] row : s.confusion()) {
        ArrayNode r = rows.addArray();
        for (int v : row) r.add(v);
      }
    });
    return node;
  }

  /** Summary rows for every system, then per-class figures and the confusion matrix of {@code main}. */
  public static void printClassification(PrintWriter out, String dataset, Map<String, ClassificationScores> systems, String main) {
    out.printf(Locale.ROOT, "== %s ==%n", dataset);
    out.printf(Locale.ROOT, "%-12s %9s %9s%n", "system", "accuracy", "macro-F1");
    systems.forEach((name, s) -> out.printf(Locale.ROOT, "%-12s %9.4f %9.4f%n", name, s.accuracy(), s.macroF1()));
    ClassificationScores m = systems.get(main);
    ClassificationScores nb = systems.get(TopicEvaluation.NAIVE_BAYES);
    out.printf(Locale.ROOT, "%nper class (%s; last column: naive-Bayes F1)%n", main);
    out.printf(Locale.ROOT, "%-20s %9s %9s %9s %8s %9s%n", "label", "precision", "recall", "F1", "support", "NB-F1");
    Map<String, ClassificationScores.PerClass> nbPer = nb == null ? Map.of() : nb.perClass();
    m.perClass().forEach((label, pc) -> out.printf(Locale.ROOT, "%-20s %9.4f %9.4f %9.4f %8d %9s%n",
        label, pc.precision(), pc.recall(), pc.f1(), pc.support(),
        nbPer.containsKey(label) ? String.format(Locale.ROOT, "%.4f", nbPer.get(label).f1()) : "-"));
    out.printf(Locale.ROOT, "%nconfusion (%s; rows gold, columns predicted)%n", main);
    List<String> labels = m.labels();
    out.printf(Locale.ROOT, "%-20s", "");
    for (int j = 0; j < labels.size(); j++) out.printf(Locale.ROOT, " %5s", abbreviation(labels.get(j)));
    out.println();
    for (int i = 0; i < labels.size(); i++) {
      out.printf(Locale.ROOT, "%-20s", labels.get(i));
      for (int v : m.confusion()[i]) out.printf(Locale.ROOT, " %5d", v);
      out.println();
    }
    out.println();
  }

  private static String abbreviation(String label) {
    return label.length() <= 5 ? label : label.substring(0, 5);
  }

  /** Four decimals: evaluation figures are not more precise than that. */
  public static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }
}
