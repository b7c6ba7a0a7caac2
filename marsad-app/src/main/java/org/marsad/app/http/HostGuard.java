package org.marsad.app.http;

import com.ibm.icu.text.IDNA;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Refuses requests whose {@code Host} header is not a name the server answers to. Against DNS
 * rebinding: a hostile page at {@code evil.example} re-points its own name to 127.0.0.1 and then
 * reads the local server's read-only API as "same origin"; its requests still carry
 * {@code Host: evil.example}, which this check refuses (421). Write routes need the token anyway.
 *
 * <p>Bound to loopback (the default), the accepted names are {@code localhost}, {@code 127.0.0.1}
 * and {@code [::1]}, plus any the user names ({@code --allowed-host}, e.g. the public name a reverse
 * proxy forwards). Bound to another address, the address itself is accepted too; bound to another
 * address with no name given, no check is made (the user exposed the server on purpose and the
 * names it is reached by are unknown; the start-up warning says so). Any port is accepted, and
 * any address literal ({@code 127.0.0.2}, {@code 192.168.1.5}, {@code [fe80::1]}): rebinding needs
 * a name the attacker controls, and a browser sends an address only for a page opened by it.
 */
public final class HostGuard implements Handler {
  private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");

  /** Null: every Host is accepted. */
  private final Set<String> accepted;

  private HostGuard(Set<String> accepted) {
    this.accepted = accepted;
  }

  /** The guard for a server bound to {@code bindHost} that also answers to {@code allowedHosts}. */
  static HostGuard forBinding(String bindHost, List<String> allowedHosts) {
    boolean loopback = isLoopback(bindHost);
    if (!loopback && allowedHosts.isEmpty()) return new HostGuard(null);
    Set<String> names = new LinkedHashSet<>(LOOPBACK_NAMES);
    if (!loopback && !isWildcard(bindHost)) names.add(name(bindHost.contains(":") && !bindHost.startsWith("[") ? "[" + bindHost + "]" : bindHost));
    for (String h : allowedHosts) names.add(name(h));
    return new HostGuard(Set.copyOf(names));
  }

  /**
   * Why an {@code --allowed-host} value can never match a {@code Host} header, or null when it is a
   * name: a URL ({@code http://x} was read as the name {@code http}), a path, user or wildcard, a
   * space, a bare IPv6 address (the header brackets it) or a non-ASCII name (the header carries its
   * xn-- form). A port is allowed and ignored: any port is accepted.
   */
  public static String whyNotAHostName(String value) {
    String v = value.strip();
    if (v.isEmpty()) return "an empty name";
    int scheme = v.indexOf("://");
    if (scheme >= 0) {
      String rest = v.substring(scheme + 3).replaceFirst("[/?#].*", "").replaceFirst("^.*@", "");
      return "a URL, not a host name" + (rest.isEmpty() ? "" : ": give " + rest.replaceFirst(":\\d+$", ""));
    }
    if (v.startsWith("[")) {
      return v.matches("\\[[0-9A-Fa-f:.]+](:\\d{1,5})?") ? null : "not an IPv6 address in brackets such as [fe80::1]";
    }
    if (v.indexOf(':') != v.lastIndexOf(':')) return "an IPv6 address is written in brackets: [" + v + "]";
    String name = v.replaceFirst(":\\d{1,5}$", "");
    if (!name.chars().allMatch(c -> c < 128)) {
      String ascii = browserAscii(name);
      return "browsers send a non-ASCII name in its xn-- form" + (ascii == null ? "" : ": give " + ascii);
    }
    if (!name.matches("[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?(\\.[A-Za-z0-9_]([A-Za-z0-9_-]*[A-Za-z0-9_])?)*\\.?")) {
      return "not a host name (letters, digits, '-', '_' and '.' only; no path, user, wildcard or space)";
    }
    return null;
  }

  /**
   * The xn-- form a browser sends for a non-ASCII name (UTS #46 nontransitional processing, as
   * browsers do: {@code straße.de} stays {@code xn--strae-oqa.de} and a ZWNJ is kept, where
   * {@code java.net.IDN}'s older IDNA 2003 gave {@code strasse.de}), or null when the name is no valid
   * host name at all (then no suggestion beats a wrong one; session 19 review).
   */
  private static String browserAscii(String name) {
    IDNA.Info info = new IDNA.Info();
    StringBuilder ascii = UTS46.nameToASCII(name, new StringBuilder(), info);
    return info.hasErrors() ? null : ascii.toString();
  }

  private static final IDNA UTS46 = IDNA.getUTS46Instance(
      IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.USE_STD3_RULES | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);

  /** Whether the address is this machine's loopback (the only case where every name is known). */
  public static boolean isLoopback(String bindHost) {
    String h = bindHost.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.startsWith("127.") || h.equals("::1") || h.equals("[::1]")
        || h.equals("0:0:0:0:0:0:0:1");
  }

  private static boolean isWildcard(String bindHost) {
    return bindHost.equals("0.0.0.0") || bindHost.equals("::") || bindHost.equals("[::]") || bindHost.equals("0:0:0:0:0:0:0:0");
  }

  /** Whether any Host is let through (bound to a non-loopback address with no names given). */
  boolean acceptsAny() {
    return accepted == null;
  }

  /** Whether a request with this {@code Host} header value is answered; no header (HTTP/1.0) is. */
  boolean accepts(String hostHeader) {
    if (accepted == null || hostHeader == null) return true;
    String name = name(hostHeader);
    return accepted.contains(name) || isAddressLiteral(name);
  }

  /** An IPv4 address or a bracketed IPv6 one, as a Host header names them. */
  private static boolean isAddressLiteral(String name) {
    return name.startsWith("[") && name.endsWith("]") && name.length() > 2 || name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
  }

  /**
   * The name of a Host header value or an --allowed-host: lower case, without port or a final dot
   * ({@code LocalHost.:7070} → {@code localhost}, {@code [::1]:7070} → {@code [::1]}).
   */
  static String name(String hostAndPort) {
    String h = hostAndPort.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    if (colon >= 0 && colon == h.lastIndexOf(':')) h = h.substring(0, colon);
    while (h.endsWith(".")) h = h.substring(0, h.length() - 1);
    return h;
  }

  @Override
  public void handle(Context ctx) {
    String host = ctx.header("Host");
    if (!accepts(host)) {
      throw new ApiException(421, "misdirected-request", "Host not accepted",
          "this server does not answer to the host name '" + host + "' (a guard against DNS rebinding); "
              + "reach it as " + String.join(", ", new TreeSet<>(accepted))
              + ", or start it with --allowed-host NAME · لا يجيب هذا الخادم باسم المضيف هذا؛ "
              + "افتحه بالعنوان المحلي أو أضف الاسم بالخيار ‎--allowed-host");
    }
  }
}
