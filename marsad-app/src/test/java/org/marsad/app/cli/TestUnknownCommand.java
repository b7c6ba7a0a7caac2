package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mistyped command name is named as an unknown command, with the commands there are. */
class TestUnknownCommand {
  @Test
  void an_unknown_command_is_named_with_the_known_ones() {
    CliRun r = CliRun.of("serch", "لافروف");
    assertThat(r.exit()).isEqualTo(MarsadCli.EXIT_USAGE);
    assertThat(r.err()).startsWith("unknown command 'serch' for marsad (commands: ").contains("search", "ingest", "quotes")
        .doesNotContain("Unmatched argument");
    assertThat(r.err()).as("picocli's suggestion").contains("search");
  }

  @Test
  void an_unknown_evaluation_is_named_with_the_known_ones() {
    CliRun r = CliRun.of("eval", "quote");
    assertThat(r.exit()).isEqualTo(MarsadCli.EXIT_USAGE);
    assertThat(r.err()).startsWith("unknown command 'quote' for marsad eval (commands: retrieval, ").contains("quotes", "stories");
  }

  @Test
  void other_usage_errors_keep_their_message() {
    CliRun r = CliRun.of("search", "--sort", "newest", "x");
    assertThat(r.exit()).isEqualTo(MarsadCli.EXIT_USAGE);
    assertThat(r.err()).startsWith("Invalid value for option '--sort'");
  }
}
