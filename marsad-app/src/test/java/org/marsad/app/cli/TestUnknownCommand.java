package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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

  /**
   * Every command, subcommands too, answers an unknown option with picocli's "Unknown option" and
   * exit 2, also those with a required parameter (session 19 QA: {@code marsad analyze --bogus} said
   * "Missing required parameter: 'FILE'", which sends a user looking for a file).
   */
  @Test
  void every_command_names_an_unknown_option_with_exit_2() {
    List<String> wrong = new ArrayList<>();
    List<List<String>> commands = new ArrayList<>();
    collect(MarsadCli.commandLine(), new ArrayList<>(), commands);
    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.add("--bogus");
      CliRun r = CliRun.of(args.toArray(String[]::new));
      if (r.exit() != MarsadCli.EXIT_USAGE || !r.err().startsWith("Unknown option: '--bogus'")) {
        wrong.add(String.join(" ", args) + " → exit " + r.exit() + ": " + r.err().lines().findFirst().orElse(""));
      }
    }
    assertThat(commands).as("commands checked").hasSizeGreaterThan(25);
    assertThat(wrong).isEmpty();
  }

  @Test
  void a_search_word_starting_with_a_dash_and_an_arabic_letter_is_an_exclusion_not_an_option(@org.junit.jupiter.api.io.TempDir java.nio.file.Path data) {
    CliRun r = CliRun.of("search", "--data", data.toString(), "سوريا", "-روسيا");
    assertThat(r.err()).doesNotContain("Unknown option");
    assertThat(r.exit()).as(r.err()).isNotEqualTo(MarsadCli.EXIT_USAGE);
    CliRun latin = CliRun.of("search", "--data", data.toString(), "سوريا", "-x");
    assertThat(latin.exit()).isEqualTo(MarsadCli.EXIT_USAGE);
    assertThat(latin.err()).startsWith("Unknown option: '-x'");
  }

  private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
    for (var e : cl.getSubcommands().entrySet()) {
      List<String> sub = new ArrayList<>(path);
      sub.add(e.getKey());
      out.add(sub);
      collect(e.getValue(), sub, out);
    }
  }
}
