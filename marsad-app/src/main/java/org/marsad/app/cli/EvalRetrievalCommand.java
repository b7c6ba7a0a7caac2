package org.marsad.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.marsad.app.eval.RetrievalCollection;
import org.marsad.app.eval.RetrievalEvaluator;
import org.marsad.app.eval.RetrievalScores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code marsad eval retrieval}: Marsad's analyser against Lucene's on a judged collection. */
@Command(
    name = "retrieval",
    mixinStandardHelpOptions = true,
    description = {
      "Compare Marsad's search ranking with Lucene's stock analysers on a judged collection.",
      "Columns: marsad, lucene-arabic, standard. The documents are indexed in memory once per column",
      "(BM25, the same parameters for all); prints MRR@10, Recall@1, Recall@10 and nDCG@10",
      "of each (see docs/eval.md)."
    })
public final class EvalRetrievalCommand implements Callable<Integer> {
  @Option(names = "--docs", required = true, description = "JSON lines {\"id\", \"text\"}")
  Path docs;

  @Option(names = "--queries", required = true, description = "JSON lines {\"id\", \"text\"}")
  Path queries;

  @Option(names = "--qrels", required = true, description = "TSV query_id<TAB>doc_id<TAB>relevance")
  Path qrels;

  @Option(names = "--k1", defaultValue = "1.2", description = "BM25 k1 for every column (default: ${DEFAULT-VALUE})")
  float k1;

  @Option(names = "--b", defaultValue = "0.75",
      description = "BM25 b for every column (default: ${DEFAULT-VALUE}, Lucene's; the store uses 0.4)")
  float b;

  @Option(names = "--json", description = "Print one JSON object instead of a table.")
  boolean json;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!(k1 >= 0) || !(b >= 0 && b <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--k1 must be >= 0 and --b between 0 and 1");
    }
    RetrievalCollection c = RetrievalCollection.load(docs, queries, qrels);
    EvalInputs.requireSome(c.docs().size(), "documents", docs);
    EvalInputs.requireSome(c.queries().keySet().stream().filter(c.qrels()::containsKey).count(), "judged queries (queries with qrels)",
        queries + " and " + qrels);
    Map<String, RetrievalScores> scores =
        RetrievalEvaluator.compare(c, RetrievalEvaluator.standardRankings(), new BM25Similarity(k1, b));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      ObjectMapper m = new ObjectMapper();
      ObjectNode root = m.createObjectNode();
      scores.forEach((name, s) -> {
        ObjectNode o = root.putObject(name);
        o.put("mrr10", round(s.mrr10()));
        o.put("recall1", round(s.recall1()));
        o.put("recall10", round(s.recall10()));
        o.put("ndcg10", round(s.ndcg10()));
        // the table's first line, so that a figure cited from the JSON carries its sample size
        o.put("queries", s.queries());
        o.put("documents", c.docs().size());
      });
      out.println(m.writeValueAsString(root));
    } else {
      int n = scores.values().iterator().next().queries();
      out.printf(Locale.ROOT, "%d documents, %d judged queries%n", c.docs().size(), n);
      out.printf(Locale.ROOT, "%-14s %8s %8s %9s %8s%n", "analyser", "MRR@10", "R@1", "R@10", "nDCG@10");
      scores.forEach((name, s) -> out.printf(Locale.ROOT, "%-14s %8.4f %8.4f %9.4f %8.4f%n",
          name, s.mrr10(), s.recall1(), s.recall10(), s.ndcg10()));
    }
    out.flush();
    return MarsadCli.EXIT_OK;
  }

  private static double round(double x) {
    return Math.round(x * 10000) / 10000.0;
  }
}
