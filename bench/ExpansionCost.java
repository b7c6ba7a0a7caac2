import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.app.corpus.QueryExpansion;
import org.marsad.nlp.entity.EntityRegistry;
import org.marsad.nlp.entity.Transliterator;

/**
 * Thread CPU of one {@code QueryExpansion.apply} (the rewrite search and alerts read a query
 * through) over a data directory's entity registry, opened as ingest and serve open it: mean of 500
 * calls after 200 warm-up ones, per query, then the rewritten query. Latin names and Arabic queries
 * by default, or the queries given:
 *   java -cp "JAR:LIB/*" bench/ExpansionCost.java DATA_DIR [QUERY...]
 */
public class ExpansionCost {
  public static void main(String[] args) throws Exception {
    QueryExpansion expansion = QueryExpansion.of(EntityRegistry.open(Path.of(args[0]), Transliterator.rulesOnly()));
    List<String> queries = new ArrayList<>(List.of(args).subList(1, args.length));
    if (queries.isEmpty()) {
      queries.addAll(List.of("Lavrov", "Obama", "Salman", "Ashton Carter", "Nouri al-Maliki"));
      queries.addAll(List.of("الرئيس الأمريكي", "\"وزير الخارجية\"", "person:\"باراك أوباما\"", "source:spa الملك"));
    }
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (String q : queries) {
      for (int i = 0; i < 200; i++) expansion.apply(q);
      long c = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < 500; i++) expansion.apply(q);
      System.out.printf("%s\t%.1f µs\t%s%n", q, (mx.getCurrentThreadCpuTime() - c) / 500 / 1e3, expansion.apply(q));
    }
  }
}
