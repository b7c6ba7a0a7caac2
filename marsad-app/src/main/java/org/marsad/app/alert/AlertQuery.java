package org.marsad.app.alert;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.marsad.nlp.topic.TopicLabel;
import org.marsad.store.query.ArabicOr;
import org.marsad.store.query.MarsadQueryParser;
import org.marsad.text.stem.HamzaSeatSpellings;

/**
 * A parsed alert query in the Marsad search syntax, matched against one article in memory:
 * <ul>
 *   <li>words: all must occur (a word also matches with a leading Arabic proclitic: و ف ب ل ك ال وال بال لل …);</li>
 *   <li>{@code "a phrase"} (also {@code “…”} and {@code «…»}): the words in this order, next to each other;</li>
 *   <li>{@code -word} or {@code -"a phrase"}: must not occur;</li>
 *   <li>{@code a OR b} (also {@code a أو b}): either; {@code a AND b}: both (as {@code a b}); {@code NOT x}: as {@code -x};</li>
 *   <li>{@code #tag_words}: the tag or its words, and a hamza before و in either seat ({@code مسؤول}, {@code مسئول}), as in search;</li>
 *   <li>fields {@code source: city: topic: person: org: place: misc: speaker:} (entities and speakers by
 *       canonical id or name), values quoted when they hold spaces;</li>
 *   <li>{@code from:} and {@code to:} with a day, month or year ({@code 2021-08-09}, {@code 2021-08},
 *       {@code 2021}); a month or year means its first day in from: and its last in to:.</li>
 * </ul>
 * The fields and operators are those of the store's query syntax (MarsadQueryParser), so a saved
 * search works as an alert.
 * Comparison is on match-normalised text (ArabicNormalizer.match), so spelling variants of alef,
 * yeh and teh marbuta match each other. Hand-written because the alert has to be checked against
 * a single record before (or without) it is in an index; the search store owns the full parser.
 */
final class AlertQuery {
  private static final Set<String> FIELDS = Set.of("source", "city", "topic", "person", "org", "place", "misc", "speaker", "from", "to");
  private static final String KNOWN = "source, city, topic, person, org, place, misc, speaker, from, to";
  /** Opening quotation marks and the mark that closes each. */
  private static final String OPENING = "\"“«";
  private static final String CLOSING = "\"”»";

  /** One condition on an article. */
  private interface Clause {
    boolean test(MatchableArticle a);
  }

  /** Every group must hold; a group holds when any of its clauses does. */
  private final List<List<Clause>> groups;
  private final List<Clause> exclusions;

  private AlertQuery(List<List<Clause>> groups, List<Clause> exclusions) {
    this.groups = groups;
    this.exclusions = exclusions;
  }

  boolean matches(MatchableArticle a) {
    for (Clause c : exclusions) {
      if (c.test(a)) return false;
    }
    for (List<Clause> group : groups) {
      if (group.stream().noneMatch(c -> c.test(a))) return false;
    }
    return true;
  }

  /** One unit of the query as typed: a term (word, phrase, filter) or an operator (bare OR, AND, NOT). */
  private record Token(int start, boolean negated, String field, String value, boolean quoted) {
    boolean isOperator(String op) {
      return !quoted && field == null && !negated && value.equals(op);
    }

    /** What the shared أو rule (ArabicOr, as in search) sees in this token. */
    ArabicOr.Unit kind() {
      if (!quoted && field == null && !negated && ArabicOr.isArabicOr(value)) return ArabicOr.Unit.ARABIC_OR;
      boolean term = !negated && !isOperator("OR") && !"from".equals(field) && !"to".equals(field);
      return term ? ArabicOr.Unit.TERM : ArabicOr.Unit.OTHER;
    }
  }

  /** Parses a query; IllegalArgumentException names what is wrong. */
  static AlertQuery parse(String query) {
    if (query == null || query.isBlank()) throw new IllegalArgumentException("the query is empty");
    List<Token> tokens = tokens(query);
    boolean[] arabicOr = ArabicOr.operators(tokens.stream().map(Token::kind).toList());
    List<List<Clause>> groups = new ArrayList<>();
    List<Clause> exclusions = new ArrayList<>();
    boolean orPending = false;
    for (int t = 0; t < tokens.size(); t++) {
      Token tok = tokens.get(t);
      if (arabicOr[t]) {
        orPending = true; // أو between two terms, by the rule search uses
        continue;
      }
      if (!tok.quoted() && tok.field() == null && ArabicOr.isArabicOr(tok.value())) continue; // the stop word, as search drops it
      if (tok.isOperator("OR")) {
        if (groups.isEmpty() || orPending) throw new IllegalArgumentException("OR needs a term on each side");
        orPending = true;
        continue;
      }
      if (tok.value().isBlank()) throw new IllegalArgumentException("empty term at character " + (tok.start() + 1));
      Clause clause = tok.field() != null ? fieldClause(tok.field(), tok.value()) : textClause(tok.value());
      if (tok.negated()) {
        if (orPending) throw new IllegalArgumentException("OR cannot join an exclusion");
        exclusions.add(clause);
      } else if (orPending) {
        groups.get(groups.size() - 1).add(clause);
        orPending = false;
      } else {
        groups.add(new ArrayList<>(List.of(clause)));
      }
    }
    if (orPending) throw new IllegalArgumentException("OR needs a term on each side");
    if (groups.isEmpty()) throw new IllegalArgumentException("the query has no positive term (only exclusions)");
    return new AlertQuery(groups, exclusions);
  }

  /** The query's terms and OR operators; AND is dropped (the implicit AND) and NOT folded into the term after it. */
  private static List<Token> tokens(String query) {
    List<Token> tokens = new ArrayList<>();
    boolean notPending = false;
    int i = 0, n = query.length();
    while (i < n) {
      char c = query.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      boolean negated = c == '-';
      if (negated) i++;
      String field = null;
      int colon = fieldEnd(query, i);
      if (colon > 0) {
        field = query.substring(i, colon).toLowerCase(Locale.ROOT);
        if (!FIELDS.contains(field)) throw new IllegalArgumentException("unknown field '" + field + ":' (known: " + KNOWN + ")");
        i = colon + 1;
      }
      String value;
      int quote = i < n ? OPENING.indexOf(query.charAt(i)) : -1;
      boolean quoted = quote >= 0;
      if (quoted) {
        int close = query.indexOf(CLOSING.charAt(quote), i + 1);
        if (close < 0) throw new IllegalArgumentException("unclosed quotation mark at character " + (i + 1));
        value = query.substring(i + 1, close);
        i = close + 1;
      } else {
        int end = i;
        while (end < n && !Character.isWhitespace(query.charAt(end))) end++;
        value = query.substring(i, end);
        i = end;
      }
      Token tok = new Token(start, negated, field, value, quoted);
      if (tok.isOperator("AND")) continue; // the implicit AND, spelt out
      if (tok.isOperator("NOT") || (notPending && tok.isOperator("OR"))) {
        if (notPending) throw new IllegalArgumentException("NOT needs a term after it");
        notPending = true;
        continue;
      }
      if (notPending) {
        if (negated) throw new IllegalArgumentException("NOT before an exclusion (-x): use one of them");
        tok = new Token(start, true, field, value, quoted);
        notPending = false;
      }
      tokens.add(tok);
    }
    if (notPending) throw new IllegalArgumentException("NOT needs a term after it");
    return tokens;
  }

  /** Index of the colon ending a field name at {@code i}, or -1 when no field starts there. */
  private static int fieldEnd(String q, int i) {
    int j = i;
    while (j < q.length() && isAsciiLetter(q.charAt(j))) j++;
    return j > i && j < q.length() && q.charAt(j) == ':' ? j : -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static Clause fieldClause(String field, String raw) {
    String value = MatchableArticle.normalise(raw);
    return switch (field) {
      case "source" -> a -> a.hasSource(value);
      case "city" -> a -> a.hasCity(value);
      case "topic" -> { // a key or its Arabic desk name, as in search (topic:رياضة)
        String key = TopicLabel.byName(raw).map(l -> MatchableArticle.normalise(l.key())).orElseThrow(() ->
            new IllegalArgumentException("unknown topic '" + raw.strip() + "' (known: " + TopicLabel.knownNames() + ")"));
        yield a -> a.hasTopic(key);
      }
      case "person" -> a -> a.hasEntity("PERS", value);
      case "org" -> a -> a.hasEntity("ORG", value);
      case "place" -> a -> a.hasEntity("LOC", value);
      case "misc" -> a -> a.hasEntity("MISC", value);
      case "speaker" -> a -> a.hasSpeaker(value);
      case "from" -> {
        LocalDate from = date(field, raw, false);
        yield a -> a.date != null && !a.date.isBefore(from);
      }
      case "to" -> {
        LocalDate to = date(field, raw, true);
        yield a -> a.date != null && !a.date.isAfter(to);
      }
      default -> throw new IllegalStateException("field list and switch disagree: " + field);
    };
  }

  /** A day, month or year; a month or year is its first day, or its last when {@code end}. */
  private static LocalDate date(String field, String raw, boolean end) {
    try {
      if (raw.matches("\\d{4}")) {
        Year y = Year.parse(raw);
        return end ? y.atDay(y.length()) : y.atDay(1);
      }
      if (raw.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(raw);
        return end ? m.atEndOfMonth() : m.atDay(1);
      }
      return LocalDate.parse(raw);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + ": needs a date as YYYY-MM-DD, YYYY-MM or YYYY, got '" + raw + "'");
    }
  }

  /**
   * A word or a phrase: its words must appear consecutively in the article. A hashtag or mention
   * ({@code #عاصفة_الحزم}) also matches its words, as in search (MarsadQueryParser.hashtag).
   */
  private static Clause textClause(String raw) {
    List<String> phrase = MatchableArticle.words(raw);
    if (phrase.isEmpty()) throw new IllegalArgumentException("'" + raw + "' has no word to search for");
    List<List<String>> spellings = new ArrayList<>();
    List<String> tagWords = MarsadQueryParser.tagWords(raw);
    if (!tagWords.isEmpty()) { // the tag's words, in either hamza seat too (#مسؤول is مسؤول)
      for (String s : HamzaSeatSpellings.of(String.join(" ", tagWords))) spellings.add(MatchableArticle.words(s));
    }
    for (String s : HamzaSeatSpellings.of(raw)) spellings.add(MatchableArticle.words(s)); // مسؤول, مسئول
    spellings.removeIf(List::isEmpty);
    return a -> spellings.stream().anyMatch(a::containsPhrase);
  }
}
