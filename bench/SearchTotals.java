import java.nio.file.Path;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;

/**
 * Hit totals of many queries in one JVM, one "total<TAB>query" line each, as `marsad search --json
 * --size 0` counts them (duplicates folded). A source file run against any build, so that a lane
 * can compare its jar with the session's base jar on one data directory:
 *   java -cp "JAR:LIB/*" bench/SearchTotals.java DATA_DIR QUERY...
 * (bench/search-counts.sh starts one JVM per query: ~20 s each on a loaded machine.)
 */
public class SearchTotals {
  public static void main(String[] args) throws Exception {
    try (ArticleStore store = ArticleStore.openEmbeddedReadOnly(Path.of(args[0]))) {
      for (int i = 1; i < args.length; i++) {
        System.out.println(store.search(SearchRequest.of(args[i]).withPage(0, 0)).total() + "\t" + args[i]);
      }
    }
  }
}
