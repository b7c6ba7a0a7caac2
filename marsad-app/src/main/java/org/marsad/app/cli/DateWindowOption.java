package org.marsad.app.cli;

import org.marsad.store.query.MarsadQueryParser;
import org.marsad.store.query.QuerySyntaxException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * {@code --from}/{@code --to} of the listings: dates as the query syntax reads them (a day,
 * month or year), checked up front so that a bad one is a usage error naming the option, not a
 * query error naming {@code from:}.
 */
final class DateWindowOption {
  @Option(names = "--from", paramLabel = "DATE", description = "Articles published from this day (YYYY-MM-DD, or a month YYYY-MM, a year YYYY)")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Articles published up to this day (YYYY-MM-DD, or a month YYYY-MM, a year YYYY)")
  String to;

  /** Whether either end is given. */
  boolean isSet() {
    return from != null || to != null;
  }

  /** Fails as a usage error unless both are absent or valid dates, and from is not after to. */
  void check(CommandSpec spec) {
    checkOne(spec, "from", from);
    checkOne(spec, "to", to);
    if (from != null && to != null) {
      try {
        MarsadQueryParser.parse(query("from", from) + " " + query("to", to));
      } catch (QuerySyntaxException e) {
        OptionCheck.require(spec, false, "--from " + from + " is after --to " + to);
      }
    }
  }

  private static void checkOne(CommandSpec spec, String key, String value) {
    if (value == null) return;
    try {
      MarsadQueryParser.parse(query(key, value));
    } catch (QuerySyntaxException e) {
      OptionCheck.require(spec, false, "--" + key + " must be a date like 2015-07-01 (or 2015-07, 2015), got '" + value + "'");
    }
  }

  private static String query(String key, String value) {
    return key + ":\"" + value + "\"";
  }
}
