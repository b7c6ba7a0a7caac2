import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;

/**
 * CPU per search of the first page (the default request), one line per query: hits, thread-CPU
 * median and p90 of 60 timed searches after 30 warm-up ones. A source file run against any build,
 * to compare a lane's jar with the session's base jar on one data directory:
 *   java -cp "JAR:LIB/*" bench/SearchCost.java DATA_DIR QUERY...
 * Thread CPU, not wall time: the machine is shared; still noisy under load (bench/RESULTS.md, session 16).
 */
public class SearchCost {
  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(Path.of(args[0]))) {
      for (int i = 1; i < args.length; i++) {
        for (int w = 0; w < 30; w++) store.search(SearchRequest.of(args[i]));
        long[] t = new long[60];
        long total = 0;
        for (int r = 0; r < t.length; r++) {
          long c = mx.getCurrentThreadCpuTime();
          total = store.search(SearchRequest.of(args[i])).total();
          t[r] = mx.getCurrentThreadCpuTime() - c;
        }
        Arrays.sort(t);
        System.out.printf("%s\t%d\tCPU median %.2f ms\tp90 %.2f ms%n", args[i], total, t[30] / 1e6, t[54] / 1e6);
      }
    }
  }
}
