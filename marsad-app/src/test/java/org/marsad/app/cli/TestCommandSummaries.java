package org.marsad.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command list (`marsad --help`, `marsad eval`) shows the first line of each subcommand's
 * description, so that line must be a whole sentence: `eval retrieval` read "Compare Marsad's
 * search ranking with Lucene's stock analysers (marsad, lucene-arabic," and stopped there.
 */
class TestCommandSummaries {
  @Test
  void every_subcommand_is_listed_with_a_whole_sentence() {
    List<String> cut = new ArrayList<>();
    walk(MarsadCli.commandLine(), cut);
    assertThat(cut).as("subcommands whose listed summary is cut mid-sentence").isEmpty();
  }

  @Test
  void the_eval_listing_says_what_retrieval_and_stories_do() {
    var eval = MarsadCli.commandLine().getSubcommands().get("eval").getSubcommands();
    assertThat(eval.get("retrieval").getCommandSpec().usageMessage().description()[0])
        .isEqualTo("Compare Marsad's search ranking with Lucene's stock analysers on a judged collection.");
    assertThat(eval.get("stories").getCommandSpec().usageMessage().description()[0])
        .startsWith("Score story clustering against the hand-labelled SaudiNewsNet gold set");
  }

  private static void walk(CommandLine cmd, List<String> cut) {
    for (CommandLine sub : cmd.getSubcommands().values()) {
      String[] d = sub.getCommandSpec().usageMessage().description();
      String first = d.length == 0 ? "" : d[0].strip();
      if (!first.endsWith(".") && !first.endsWith(").")) cut.add(sub.getCommandSpec().qualifiedName() + ": " + first);
      walk(sub, cut);
    }
  }
}
