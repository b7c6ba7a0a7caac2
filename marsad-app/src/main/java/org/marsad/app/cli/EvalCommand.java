package org.marsad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad eval TASK}: groups the evaluation commands. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluate a component on a labelled dataset (see the subcommands).",
    subcommands = {EvalNerCommand.class})
public final class EvalCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing task (e.g. 'ner')");
  }
}
