package org.marsad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval …}: the evaluation commands, one subcommand per task. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate an analysis step against a gold set; prints a table, or one JSON object with --json.",
    subcommands = {EvalQuotesCommand.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation (try: marsad eval quotes)");
  }
}
