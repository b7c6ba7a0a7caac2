package org.marsad.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code marsad solr …}: running Marsad on SolrCloud (see docs/solr.md). */
@Command(
    name = "solr",
    mixinStandardHelpOptions = true,
    description = "SolrCloud backend: prepare a cluster for Marsad.",
    subcommands = {SolrSetupCommand.class})
public final class SolrCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand (setup)");
  }
}
