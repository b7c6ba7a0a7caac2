package org.marsad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval …}: evaluations against the shared datasets; each subcommand is one task. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate Marsad against public datasets (read from ../shared/data).",
    subcommands = {EvalTopicsCommand.class, EvalSummaryCommand.class, EvalDedupCommand.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation (see marsad eval --help)");
  }
}
