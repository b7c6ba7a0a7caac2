package org.marsad.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.regex.Pattern;

/**
 * One line for a JSON syntax error: where it is and what Jackson says, without the parts of its
 * message meant for programmers ("(start marker at [Source: REDACTED
 * (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); line: 1, column: 11])").
 */
public final class JsonErrors {
  private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[Source:.*?\\]\\)");

  private JsonErrors() {}

  /** {@code invalid JSON at line L column C: reason}. */
  public static String describe(JsonProcessingException e) {
    JsonLocation loc = e.getLocation();
    String where = loc == null || loc.getLineNr() < 1 ? "" : " at line " + loc.getLineNr() + " column " + loc.getColumnNr();
    return "invalid JSON" + where + ": " + reason(e);
  }

  /** Jackson's reason alone, on one line. */
  public static String reason(JsonProcessingException e) {
    String m = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
    return START_MARKER.matcher(m).replaceAll("");
  }
}
