package org.marsad.app.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code marsad} command line. Each subcommand is a small class that parses its options,
 * calls into the engine and prints; no analysis or search logic lives here.
 *
 * <p>Exit codes: 0 ok, 1 bad input (a file could not be read or parsed), 2 usage error.
 */
@Command(
    name = "marsad",
    mixinStandardHelpOptions = true,
    version = "marsad 0.1.0",
    description = "Arabic-first news monitoring: analyse, index, search and follow Arabic news.",
    subcommands = {
      CommandLine.HelpCommand.class,
      EvalCommand.class,
      AnalyzeCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      GetCommand.class,
      ServeCommand.class,
      TrainCommand.class,
      NerCommand.class,
      SolrCommand.class,
      RunCommand.class,
      WatchCommand.class,
      EntitiesCommand.class,
      QuotesCommand.class,
      StoriesCommand.class,
      TrendsCommand.class,
      ExportCommand.class,
      ReindexCommand.class,
      CompactCommand.class,
    })
public final class MarsadCli implements Runnable {
  public static final int EXIT_OK = 0;
  public static final int EXIT_BAD_INPUT = 1;
  public static final int EXIT_USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line (also used by tests to run commands in-process). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new MarsadCli()); // picocli already exits 2 on usage errors
    cl.setExecutionExceptionHandler(new ErrorHandler());
    CommandLine.IParameterExceptionHandler usage = cl.getParameterExceptionHandler();
    cl.setParameterExceptionHandler((ex, args) -> {
      ex = unknownOptionFirst(ex);
      String unknown = unknownCommand(ex);
      if (unknown == null) return usage.handleParseException(ex, args);
      ex.getCommandLine().getErr().println(unknown);
      if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, ex.getCommandLine().getErr())) {
        ex.getCommandLine().usage(ex.getCommandLine().getErr());
      }
      return EXIT_USAGE;
    });
    // a query word may start with '-' (an exclusion, -روسيا): picocli takes it as an option; SearchCommand sorts them out
    cl.getSubcommands().get("search").setUnmatchedOptionsArePositionalParams(true);
    cl.setExecutionStrategy(MarsadCli::strictHelp);
    return cl;
  }

  /**
   * Runs the command, but refuses an option that {@code help} does not know ({@code help --bogus}
   * printed the usage and exited 0: picocli's help command lets unmatched arguments through).
   */
  private static int strictHelp(CommandLine.ParseResult parsed) {
    CommandLine.ParseResult help = parsed.subcommand();
    if (help != null && help.commandSpec().name().equals("help")) {
      for (String arg : help.originalArgs()) {
        if (arg.startsWith("-") && !arg.equals("-h") && !arg.equals("--help") && !arg.equals("help")) {
          throw new CommandLine.UnmatchedArgumentException(help.commandSpec().commandLine(), List.of(arg));
        }
      }
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  /**
   * An unknown option, when picocli met one, rather than the missing parameter it reports first:
   * {@code marsad analyze --bogus} said "Missing required parameter: 'FILE'" (session 19 QA), which
   * sends a user looking for a file while the mistake is the option; every other command said
   * "Unknown option: '--bogus'". Picocli checks required parameters before it reports the arguments
   * it could not match, which it has collected by then.
   */
  private static CommandLine.ParameterException unknownOptionFirst(CommandLine.ParameterException ex) {
    if (!(ex instanceof CommandLine.MissingParameterException)) return ex;
    java.util.List<String> unmatched = ex.getCommandLine().getUnmatchedArguments();
    if (unmatched.isEmpty() || !unmatched.get(0).startsWith("-")) return ex;
    return new CommandLine.UnmatchedArgumentException(ex.getCommandLine(), unmatched);
  }

  /**
   * "unknown command 'foo' (…)" when the first word after a command that has subcommands is none
   * of them; picocli says "Unmatched argument at index 0: 'foo'", which does not tell a user
   * that it took the word for a command. Null for any other usage error.
   */
  private static String unknownCommand(CommandLine.ParameterException ex) {
    CommandLine c = ex.getCommandLine();
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || c.getSubcommands().isEmpty()) return null;
    java.util.List<String> unmatched = u.getUnmatched();
    if (unmatched.isEmpty() || unmatched.get(0).startsWith("-")) return null;
    return "unknown command '" + unmatched.get(0) + "' for " + c.getCommandSpec().qualifiedName()
        + " (commands: " + String.join(", ", c.getSubcommands().keySet()) + ")";
  }
}
