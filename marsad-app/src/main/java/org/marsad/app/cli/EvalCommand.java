package org.marsad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval …}: the evaluation commands, one subcommand per task; each prints a table, or one JSON object with --json. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate Marsad components on test collections; prints a table, or one JSON object with --json.",
    subcommands = {
      EvalRetrievalCommand.class,
      EvalArcdConvertCommand.class,
      EvalQuotesCommand.class,
      EvalStoriesCommand.class,
      EvalTopicsCommand.class,
      EvalSummaryCommand.class,
      EvalDedupCommand.class,
      EvalNerCommand.class,
    })
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation name (see marsad eval --help)");
  }
}
