package org.marsad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval}: the evaluation commands, one subcommand each. */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = "Evaluate Marsad components on test collections.",
    subcommands = {EvalRetrievalCommand.class, EvalArcdConvertCommand.class, EvalStoriesCommand.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing evaluation name");
  }
}
