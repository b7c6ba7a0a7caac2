package org.marsad.ingest.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The rules of one robots.txt for one user agent, after RFC 9309: the group whose
 * {@code User-agent} matches our product token is used, else the {@code *} group; among the
 * {@code Allow}/{@code Disallow} rules matching a path the longest wins, {@code Allow} on a tie;
 * {@code *} matches any characters and a final {@code $} anchors the end. {@code Crawl-delay}
 * (not in the RFC, but common) is kept. Hand-written: no maintained Java library for this is
 * on the project's stack, and the rules fit in this class.
 */
public final class RobotsRules {
  private static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), null);
  private static final RobotsRules DISALLOW_ALL = new RobotsRules(List.of(new Rule("/", false)), null);

  private record Rule(String pattern, boolean allow) {}

  private final List<Rule> rules;
  private final Duration crawlDelay;

  private RobotsRules(List<Rule> rules, Duration crawlDelay) {
    this.rules = rules;
    this.crawlDelay = crawlDelay;
  }

  /** No robots.txt (404 and other 4xx): everything is allowed. */
  public static RobotsRules allowAll() {
    return ALLOW_ALL;
  }

  /** robots.txt unreachable (5xx, network error): nothing is allowed for now. */
  public static RobotsRules disallowAll() {
    return DISALLOW_ALL;
  }

  /**
   * Parses a robots.txt for a user agent.
   *
   * @param text         the file
   * @param productToken our token, e.g. "Marsad" (matched case-insensitively)
   */
  public static RobotsRules parse(String text, String productToken) {
    String token = productToken.toLowerCase(Locale.ROOT);
    List<Rule> ours = new ArrayList<>();
    List<Rule> star = new ArrayList<>();
    Duration ourDelay = null;
    Duration starDelay = null;
    boolean foundOurs = false;
    boolean foundStar = false;
    // The agents of the group being read; a rule line after agent lines closes the agent list.
    List<String> agents = new ArrayList<>();
    boolean inRules = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      String line = raw.replaceFirst("#.*", "").strip();
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (inRules) {
          agents.clear();
          inRules = false;
        }
        agents.add(value.toLowerCase(Locale.ROOT));
        continue;
      }
      if (agents.isEmpty()) {
        continue;
      }
      inRules = true;
      boolean forUs = agents.contains(token);
      boolean forStar = agents.contains("*");
      foundOurs |= forUs;
      foundStar |= forStar;
      switch (key) {
        case "allow", "disallow" -> {
          if (value.isEmpty()) {
            break; // "Disallow:" with no path allows everything
          }
          Rule rule = new Rule(value, key.equals("allow"));
          if (forUs) {
            ours.add(rule);
          }
          if (forStar) {
            star.add(rule);
          }
        }
        case "crawl-delay" -> {
          Duration d = parseDelay(value);
          if (forUs) {
            ourDelay = d;
          }
          if (forStar) {
            starDelay = d;
          }
        }
        default -> { }
      }
    }
    if (foundOurs) {
      return new RobotsRules(List.copyOf(ours), ourDelay);
    }
    return foundStar ? new RobotsRules(List.copyOf(star), starDelay) : ALLOW_ALL;
  }

  /** Whether a path (with its query, as sent) may be fetched. */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery == null || pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    for (Rule r : rules) {
      if (matches(r.pattern(), path)
          && (best == null || r.pattern().length() > best.pattern().length()
              || r.pattern().length() == best.pattern().length() && r.allow())) {
        best = r;
      }
    }
    return best == null || best.allow();
  }

  /** The Crawl-delay for us, or null. */
  public Duration crawlDelay() {
    return crawlDelay;
  }

  /** Glob match from the start of the path: {@code *} any run of characters, final {@code $} the end. */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return match(p, 0, path, 0, anchored);
  }

  private static boolean match(String p, int pi, String s, int si, boolean anchored) {
    while (pi < p.length()) {
      char c = p.charAt(pi);
      if (c == '*') {
        for (int k = si; k <= s.length(); k++) {
          if (match(p, pi + 1, s, k, anchored)) {
            return true;
          }
        }
        return false;
      }
      if (si >= s.length() || s.charAt(si) != c) {
        return false;
      }
      pi++;
      si++;
    }
    return !anchored || si == s.length();
  }

  private static Duration parseDelay(String value) {
    try {
      double seconds = Double.parseDouble(value);
      return seconds > 0 ? Duration.ofMillis((long) Math.min(seconds, 3600) * 1000) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
