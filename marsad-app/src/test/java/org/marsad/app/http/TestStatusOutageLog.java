package org.marsad.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.app.http.service.ServiceUnavailableException;
import org.marsad.nlp.article.Article;
import org.marsad.store.ArticleStore;
import org.marsad.store.SearchRequest;
import org.marsad.store.SearchResult;

/**
 * The status page's index outage in the server log (session 18 review, F2): every open page asks
 * again every few seconds, so an outage is one warning and its end one line, whatever the number
 * of refreshes; an error the handler does not log must not swallow the warning of the next one.
 * The log is read from standard error, where slf4j-simple writes (looked up at each line).
 */
class TestStatusOutageLog {
  private static final String WARNING = "status: cannot count articles";
  private static final String RECOVERY = "status: the index answers again";

  @TempDir Path data;

  @Test
  void three_refreshes_of_a_failing_index_log_one_warning_and_its_end_one_line() throws Exception {
    String log = statusLog(down(), down(), down(), 42L);
    assertThat(count(log, WARNING)).as(log).isEqualTo(1);
    assertThat(log).contains("no live node");
    assertThat(count(log, RECOVERY)).as(log).isEqualTo(1);
    assertThat(log).contains("(42 articles)");
  }

  @Test
  void an_error_not_logged_does_not_hide_the_next_real_one() throws Exception {
    // first the stand-in's 503 (not logged: no index wired), then the index fails for real
    String log = statusLog(new ServiceUnavailableException("no index wired"), down(), down(), 7L);
    assertThat(count(log, WARNING)).as(log).isEqualTo(1);
    assertThat(count(log, RECOVERY)).as(log).isEqualTo(1);
  }

  @Test
  void an_outage_of_errors_not_logged_ends_without_a_recovery_line() throws Exception {
    String log = statusLog(new ServiceUnavailableException("no index wired"), new ServiceUnavailableException("no index wired"), 7L);
    assertThat(count(log, WARNING)).as(log).isZero();
    assertThat(count(log, RECOVERY)).as("no outage was reported: " + log).isZero();
  }

  private static IOException down() {
    return new org.marsad.store.StoreUnavailableException("Solr /select failed on every live node for 5 s: no live node", null);
  }

  /** Calls /api/status once per answer (an exception thrown by countNow, or a count) and returns what was logged. */
  private String statusLog(Object... answers) throws Exception {
    Deque<Object> left = new ArrayDeque<>(Arrays.asList(answers));
    ArticleStore store = new ArticleStore() {
      @Override public long countNow() throws IOException {
        Object a = left.removeFirst();
        if (a instanceof IOException e) throw e;
        if (a instanceof RuntimeException e) throw e;
        return (Long) a;
      }
      @Override public boolean contains(String id) { return false; }
      @Override public void add(Article a) {}
      @Override public void commit() {}
      @Override public Optional<Article> get(String id) { return Optional.empty(); }
      @Override public SearchResult search(SearchRequest r) throws IOException { throw new IOException("not asked here"); }
      @Override public long count() { return 0; }
      @Override public void close() {}
    };
    Services services = Services.builder(data, store).build();
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try (MarsadServer server = new MarsadServer(new ServerConfig("127.0.0.1", 0, ServerHarness.TOKEN, 64 * 1024, List.of()), services).start()) {
      HttpClient client = HttpClient.newHttpClient();
      for (int i = 0; i < answers.length; i++) {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/status")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("the page answers while the index is down").isEqualTo(200);
      }
    } finally {
      System.setErr(err);
      services.close();
    }
    assertThat(left).as("every answer used").isEmpty();
    return captured.toString(StandardCharsets.UTF_8);
  }

  private static int count(String log, String line) {
    int n = 0;
    for (int i = log.indexOf(line); i >= 0; i = log.indexOf(line, i + 1)) n++;
    return n;
  }
}
