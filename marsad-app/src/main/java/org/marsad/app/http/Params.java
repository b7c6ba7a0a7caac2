package org.marsad.app.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.marsad.app.http.service.PageRequest;

/** Reads query parameters, turning anything malformed into a 400 that names the parameter. */
final class Params {
  static final int MAX_PAGE_SIZE = 100;
  static final int MAX_PAGE = 10_000;

  private Params() {}

  /** An integer parameter in [min, max], or {@code dflt} when absent or empty. */
  static int integer(Context ctx, String name, int dflt, int min, int max) {
    return integer(ctx::queryParam, name, dflt, min, max);
  }

  static int integer(QueryParams params, String name, int dflt, int min, int max) {
    String raw = params.get(name);
    if (raw == null || raw.isBlank()) return dflt;
    int v;
    try {
      v = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + " must be a whole number, got '" + raw + "'");
    }
    if (v < min || v > max) throw ApiException.badRequest(name + " must be between " + min + " and " + max + ", got " + v);
    return v;
  }

  /** A YYYY-MM-DD parameter, or null when absent. */
  static LocalDate date(Context ctx, String name) {
    return date(ctx::queryParam, name);
  }

  static LocalDate date(QueryParams params, String name) {
    String raw = text(params, name);
    if (raw == null) return null;
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(name + " must be a date as YYYY-MM-DD, got '" + raw + "'");
    }
  }

  /** A boolean parameter: true/false/1/0/yes/no, or present without a value (true). */
  static boolean flag(Context ctx, String name) {
    return flag(ctx::queryParam, name);
  }

  static boolean flag(QueryParams params, String name) {
    String raw = params.get(name);
    if (raw == null) return false;
    return switch (raw.strip().toLowerCase()) {
      case "", "true", "1", "yes" -> true;
      case "false", "0", "no" -> false;
      default -> throw ApiException.badRequest(name + " must be true or false, got '" + raw + "'");
    };
  }

  /** A text parameter, stripped; null when absent or blank. */
  static String text(Context ctx, String name) {
    return text(ctx::queryParam, name);
  }

  static String text(QueryParams params, String name) {
    String raw = params.get(name);
    return raw == null || raw.isBlank() ? null : raw.strip();
  }

  /** The page and size parameters (page from 1, size 1..100, default 20). */
  static PageRequest page(Context ctx) {
    return new PageRequest(integer(ctx, "page", 1, 1, MAX_PAGE), integer(ctx, "size", 20, 1, MAX_PAGE_SIZE));
  }
}
