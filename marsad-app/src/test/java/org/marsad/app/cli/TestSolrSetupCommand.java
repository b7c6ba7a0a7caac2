package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Argument handling of {@code marsad solr setup}; the setup itself runs against a real cluster in marsad-solr's tests. */
class TestSolrSetupCommand {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = MarsadCli.commandLine();
    StringWriter out = new StringWriter(), err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void missing_zk_is_a_usage_error() {
    Run r = run("solr", "setup", "--collection", "news");
    assertThat(r.exit()).isEqualTo(MarsadCli.EXIT_USAGE);
    assertThat(r.err()).contains("--zk");
  }

  @Test
  void zero_shards_is_a_usage_error() {
    Run r = run("solr", "setup", "--zk", "127.0.0.1:9983", "--collection", "news", "--shards", "0");
    assertThat(r.exit()).isEqualTo(MarsadCli.EXIT_USAGE);
    assertThat(r.err()).contains("--shards and --replicas must be at least 1");
  }

  @Test
  void a_malformed_zk_address_is_bad_input_in_one_line() {
    Run r = run("solr", "setup", "--zk", "zk1:port", "--collection", "news");
    assertThat(r.exit()).isEqualTo(MarsadCli.EXIT_BAD_INPUT);
    assertThat(r.err().strip()).isEqualTo("marsad: bad ZooKeeper host 'zk1:port' in 'zk1:port' (expected host:port)");
  }

  @Test
  void help_lists_the_options() {
    Run r = run("solr", "setup", "--help");
    assertThat(r.exit()).isZero();
    assertThat(r.out()).contains("--zk", "--collection", "--shards", "--replicas");
  }
}
