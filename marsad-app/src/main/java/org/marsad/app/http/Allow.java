package org.marsad.app.http;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The {@code Allow} header of a 405 (RFC 9110 §15.5.6: a 405 must list the methods the resource
 * takes). Javalin's 405 names the path's routed methods in its details (one comma-separated value,
 * under a key that depends on the request's {@code Accept}); a GET route answers HEAD too, so it is
 * listed with it. OPTIONS is no route here: without {@code --cors-origin} it is itself a 405 and is
 * not listed; with it, Javalin's CORS plugin answers OPTIONS on every path, so it is listed
 * ({@link #withOptions}). Session 19 QA: every 405 came without the header.
 */
final class Allow {
  /** The static scripts and styles (MarsadServer: the jar's {@code /web}); one level, no dots but the extension. */
  private static final Pattern STATIC_FILE = Pattern.compile("/(js|css)/[A-Za-z0-9_-]+\\.(js|css)");
  static final String STATIC = "GET, HEAD";

  private Allow() {}

  /** The header value for Javalin's 405 details: sorted, upper case, with HEAD for a GET route. */
  static String of(Collection<String> details) {
    Set<String> methods = new TreeSet<>();
    for (String value : details) {
      for (String m : value.split(",")) {
        String name = m.strip().toUpperCase(Locale.ROOT);
        if (name.matches("[A-Z]+")) methods.add(name);
      }
    }
    if (methods.contains("GET")) methods.add("HEAD");
    return String.join(", ", methods);
  }

  /** The header value with OPTIONS added in order (a server with CORS answers it everywhere). */
  static String withOptions(String allowed) {
    Set<String> methods = new TreeSet<>(java.util.Arrays.asList(allowed.split(", ")));
    methods.add("OPTIONS");
    return String.join(", ", methods);
  }

  /**
   * True when {@code path} is one of the static files, which Javalin serves to GET and HEAD only and
   * answers 404 for any other method, as for a path that does not exist: such a request gets a 405
   * with {@link #STATIC} instead.
   */
  static boolean isStaticFile(String path) {
    return path != null && STATIC_FILE.matcher(path).matches() && Allow.class.getResource("/web" + path) != null;
  }

  /** The detail of a 405: what was refused and what the path takes. */
  static String detail(String method, String path, String allowed) {
    return method + " is not allowed on " + path + "; it takes " + allowed;
  }
}
