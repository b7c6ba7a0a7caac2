package org.marsad.bench;

/** The {@code --name value} options of the bench harnesses (a harness is run by hand, so no parser library). */
final class BenchArgs {
  private BenchArgs() {}

  /** The value after {@code name}, or {@code dflt} when the option is absent. */
  static String option(String[] args, String name, String dflt) {
    for (int i = 0; i + 1 < args.length; i++) if (args[i].equals(name)) return args[i + 1];
    return dflt;
  }

  /** The value after {@code name}; a clear error when the option is absent. */
  static String required(String[] args, String name) {
    String v = option(args, name, null);
    if (v == null) throw new IllegalArgumentException("missing " + name);
    return v;
  }
}
