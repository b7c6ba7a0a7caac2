package org.marsad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad train …}: reproducibly builds the models Marsad ships. */
@Command(
    name = "train",
    mixinStandardHelpOptions = true,
    description = "Build a shipped model from the shared datasets.",
    subcommands = {TrainTopicsCommand.class, TrainNerCommand.class, TrainClustersCommand.class})
public final class TrainCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing model (see marsad train --help)");
  }
}
