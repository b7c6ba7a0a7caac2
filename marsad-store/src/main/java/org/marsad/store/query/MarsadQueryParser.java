package org.marsad.store.query;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.nlp.topic.TopicLabel;
import org.marsad.text.MatchNormalizer;
import org.marsad.text.stem.CompoundNameSpellings;
import org.marsad.text.stem.ForeignGSpellings;
import org.marsad.text.stem.HamzaSeatSpellings;

/**
 * Parses Marsad query syntax. Hand-written because no library parser has this exact syntax
 * and Lucene's own parsers would tie the query model to Lucene:
 * <ul>
 *   <li>{@code word word} — every word must match (AND);</li>
 *   <li>{@code "a phrase"} (also {@code “…”} and {@code «…»}) — the words in order, unstemmed;</li>
 *   <li>{@code -word}, {@code -"a phrase"}, {@code -source:x} — must not match;</li>
 *   <li>{@code a OR b} — either (binds tighter than the implicit AND: {@code a OR b c} is (a|b) c);</li>
 *   <li>{@code a أو b} — as {@code a OR b} between two words, phrases or filters (a stop word elsewhere);</li>
 *   <li>{@code a AND b} — the implicit AND spelt out; {@code NOT x} — as {@code -x} (both upper case);</li>
 *   <li>{@code source: city: topic: person: org: place: speaker: story: url:} — field filters, value bare or quoted
 *       ({@code topic:} takes a key or its Arabic desk name, {@code topic:رياضة});</li>
 *   <li>{@code from:2015-07-01 to:2015-08} — publication date range, inclusive; a year or month
 *       stands for its first day in {@code from:} and its last day in {@code to:};</li>
 *   <li>{@code https://…} — a web address: the article stored under it ({@code url:} filter, {@link UrlSpellings})
 *       or one whose text holds it;</li>
 *   <li>a word or phrase with a hamza seated before و also in its other spelling ({@code مسؤول}, {@code مسئول});
 *       a foreign word's g written غ or ج also in the other ({@code سامسونغ}, {@code سامسونج}; {@code الكونغرس},
 *       {@code الكونجرس}); a compound name apart or joined also in the other ({@code أبو ظبي}, {@code أبوظبي}),
 *       typed bare as two words too ({@code أبو ظبي} is the name, not أبو and ظبي anywhere);</li>
 *   <li>{@code #السعودية}, {@code @واس}, {@code #عاصفة_الحزم} — a hashtag or mention: the tag itself
 *       (the analyser keeps it as one token) or its words, {@code #a_b} being {@code #a_b OR "a b"}
 *       ({@link #hashtag}).</li>
 * </ul>
 * Errors are {@link QuerySyntaxException}s with a one-line message.
 */
public final class MarsadQueryParser {
  private static final Pattern FIELD = Pattern.compile("([A-Za-z]+):(.*)", Pattern.DOTALL);
  /** A hashtag or mention as typed: the sign, the tag's letters, digits, marks and underscores, then perhaps punctuation. */
  private static final Pattern TAG = Pattern.compile("[#@]([\\p{L}\\p{M}\\p{N}_]+)\\p{P}*");
  private static final String OR = "OR";
  /** Upper case only, as OR: {@code and} and {@code not} stay words. */
  private static final String AND = "AND";
  private static final String NOT = "NOT";
  /** Longest query accepted, in characters (a search box, not a document; docs/limits.md). */
  public static final int MAX_QUERY_CHARS = 2000;
  /**
   * Most words, phrases, filters and dates in one query. Each word becomes several Lucene term
   * queries (fields, stems), and Lucene refuses more than 1024 clauses at search time.
   */
  public static final int MAX_PARTS = 64;

  private final String input;
  private int pos;
  /** Whether the unit {@link #next} returned last is a bare أو (read as OR only between two operands). */
  private boolean lastWasArabicOr;

  private MarsadQueryParser(String input) {
    this.input = input;
  }

  /** Parses a query; null or blank parses to the empty query (match everything). */
  public static MarsadQuery parse(String query) {
    if (query != null && query.length() > MAX_QUERY_CHARS) {
      throw new QuerySyntaxException("query longer than " + MAX_QUERY_CHARS + " characters");
    }
    return new MarsadQueryParser(query == null ? "" : query).parseAll();
  }

  /** A lexical unit: a node, a date bound, or the OR operator. */
  private record Unit(boolean negated, QueryNode node, String dateKey, LocalDate date, boolean or) {
    /** Whether this unit is a word, phrase or filter an OR can join (not a date, not excluded). */
    boolean orOperand() {
      return node != null && !negated;
    }
  }

  private MarsadQuery parseAll() {
    List<Unit> units = new ArrayList<>();
    List<Unit> read = new ArrayList<>();
    List<Boolean> arabicOr = new ArrayList<>();
    for (Unit u = next(); u != null; u = next()) {
      read.add(u);
      arabicOr.add(lastWasArabicOr);
    }
    List<ArabicOr.Unit> kinds = new ArrayList<>();
    for (int i = 0; i < read.size(); i++) {
      Unit u = read.get(i);
      kinds.add(arabicOr.get(i) && !u.negated() ? ArabicOr.Unit.ARABIC_OR
          : u.orOperand() && u.dateKey() == null ? ArabicOr.Unit.TERM : ArabicOr.Unit.OTHER);
    }
    // between two positive terms أو is OR (لافروف أو كيري: 3 articles with both before, 78 with
    // either); elsewhere it stays the stop word it is in text, which searches for nothing
    boolean[] isOr = ArabicOr.operators(kinds);
    for (int i = 0; i < read.size(); i++) {
      units.add(isOr[i] ? new Unit(false, null, null, null, true) : read.get(i));
      if (units.size() > MAX_PARTS) {
        throw new QuerySyntaxException("query has more than " + MAX_PARTS + " words, phrases and filters");
      }
    }

    List<QueryNode> required = new ArrayList<>();
    List<QueryNode> excluded = new ArrayList<>();
    LocalDate from = null;
    LocalDate to = null;
    for (int i = 0; i < units.size(); i++) {
      Unit u = units.get(i);
      if (u.or()) throw new QuerySyntaxException("OR needs a word, phrase or filter on both sides");
      if (u.dateKey() != null) {
        if (i + 1 < units.size() && units.get(i + 1).or()) throw new QuerySyntaxException(u.dateKey() + ": cannot be part of an OR");
        if (u.dateKey().equals("from")) {
          if (from != null) throw new QuerySyntaxException("from: given more than once");
          from = u.date();
        } else {
          if (to != null) throw new QuerySyntaxException("to: given more than once");
          to = u.date();
        }
        continue;
      }
      // Gather "u OR v OR w" into one AnyOf (a hashtag's options join it: "#a OR b" is one OR of three).
      List<QueryNode> options = new ArrayList<>(optionsOf(u.node()));
      while (i + 1 < units.size() && units.get(i + 1).or()) {
        if (i + 2 >= units.size() || units.get(i + 2).or()) throw new QuerySyntaxException("OR needs a word, phrase or filter on both sides");
        Unit right = units.get(i + 2);
        if (right.dateKey() != null) throw new QuerySyntaxException(right.dateKey() + ": cannot be part of an OR");
        if (u.negated() || right.negated()) throw new QuerySyntaxException("an excluded term (-x) cannot be part of an OR");
        options.addAll(optionsOf(right.node()));
        i += 2;
      }
      QueryNode node = options.size() == 1 ? options.get(0) : new QueryNode.AnyOf(options);
      (u.negated() ? excluded : required).add(node);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new QuerySyntaxException("from:" + from + " is after to:" + to);
    }
    return new MarsadQuery(required, excluded, from, to);
  }

  /** The next unit, or null at the end of the input. */
  private Unit next() {
    lastWasArabicOr = false;
    skipSpace();
    if (pos >= input.length()) return null;
    boolean negated = false;
    if (input.charAt(pos) == '-') {
      pos++;
      if (pos >= input.length() || Character.isWhitespace(input.charAt(pos))) return next(); // a lone '-' means nothing
      negated = true;
    }
    if (isOpenQuote(input.charAt(pos))) {
      return new Unit(negated, otherSpellings(new QueryNode.Phrase(readQuoted())), null, null, false);
    }
    String word = startsALink() ? readToSpace() : readBare();
    if (!negated && word.equals(OR)) return new Unit(false, null, null, null, true);
    if (!negated && ArabicOr.isArabicOr(word)) {
      lastWasArabicOr = true;
      return new Unit(false, new QueryNode.Word(word), null, null, false);
    }
    if (!negated && word.equals(AND)) return next(); // the implicit AND, spelt out
    if (!negated && word.equals(NOT)) return negated(next());
    Matcher m = FIELD.matcher(word);
    if (m.matches() && !m.group(2).startsWith("//")) { // "http://…" is not a field
      return fieldUnit(negated, m.group(1), m.group(2));
    }
    if (UrlSpellings.isUrl(word)) { // a pasted link: the article at that address, or one that cites it
      return new Unit(negated, new QueryNode.AnyOf(List.of(new QueryNode.Word(word), new QueryNode.FieldTerm(QueryField.URL, word))), null, null, false);
    }
    String compound = compoundWith(word);
    if (compound != null) return new Unit(negated, otherSpellings(new QueryNode.Word(compound)), null, null, false);
    return new Unit(negated, otherSpellings(hashtag(word)), null, null, false);
  }

  /**
   * A compound name typed as two bare words ({@code أبو ظبي}, {@code عبد الله}): the joined word,
   * reading the second word, when {@code word} and the next one are a compound
   * ({@link CompoundNameSpellings#joined}); null, reading nothing, otherwise. The two words are then
   * one word, searched joined and apart like {@code أبوظبي}: as two words of an AND they were
   * {@code أبو} and {@code ظبي} anywhere in an article, so {@code أبو ظبي} found 9 articles and
   * missed the 39 that write أبوظبي (bench/RESULTS.md, session 16). Punctuation after the second
   * word ({@code عبد الله،}, pasted from a text) is dropped, as the analyser drops it.
   */
  private String compoundWith(String word) {
    if (!word.contains("عبد") && !word.contains("بو")) return null;
    int start = pos;
    skipSpace();
    if (pos < input.length() && !isOpenQuote(input.charAt(pos)) && input.charAt(pos) != '-') {
      String second = TRAILING_PUNCTUATION.matcher(readBare()).replaceFirst("");
      String joined = isOperator(second) ? null : CompoundNameSpellings.joined(word, second);
      if (joined != null) return joined;
    }
    pos = start;
    return null;
  }

  /** Sentence punctuation at the end of a word, Arabic or Latin. */
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[،؛؟.,;:!?]+$");

  /** Whether a bare word is read as an operator rather than a word (OR, AND, NOT, أو). */
  private static boolean isOperator(String word) {
    return word.equals(OR) || word.equals(AND) || word.equals(NOT) || ArabicOr.isArabicOr(word);
  }

  /**
   * A word or phrase with a hamza seated before و, in both spellings ({@code مسؤول} OR {@code مسئول},
   * {@link HamzaSeatSpellings}), with a foreign g in both ({@code سامسونغ} OR {@code سامسونج},
   * {@link ForeignGSpellings}) and with a compound name apart and joined ({@code أبوظبي} OR
   * {@code "أبو ظبي"}, {@link CompoundNameSpellings}): the index keeps each as written. A word's
   * spelling apart is a phrase, with and without a proclitic ({@link CompoundNameSpellings#ofWord}).
   */
  private static QueryNode otherSpellings(QueryNode node) {
    String text = node instanceof QueryNode.Word w ? w.text() : node instanceof QueryNode.Phrase p ? p.text() : null;
    if (text == null) return node;
    List<String> spellings = new ArrayList<>();
    for (String seat : HamzaSeatSpellings.of(text)) {
      for (String g : ForeignGSpellings.of(seat)) {
        List<String> compounds = node instanceof QueryNode.Word ? CompoundNameSpellings.ofWord(g) : CompoundNameSpellings.of(g);
        for (String s : compounds) if (!spellings.contains(s)) spellings.add(s);
      }
    }
    if (spellings.size() == 1) return node;
    List<QueryNode> options = new ArrayList<>();
    for (String s : spellings) {
      options.add(node instanceof QueryNode.Word && !s.contains(" ") ? new QueryNode.Word(s) : new QueryNode.Phrase(s));
    }
    return new QueryNode.AnyOf(options);
  }

  /** The options of a node as an OR operand: an AnyOf's own options, else the node. */
  private static List<QueryNode> optionsOf(QueryNode node) {
    return node instanceof QueryNode.AnyOf any ? any.options() : List.of(node);
  }

  /**
   * A bare word; a hashtag or mention ({@code #السعودية}, {@code @واس}, {@code #عاصفة_الحزم}) is the
   * tag OR its words. The analyser indexes a tag in an article as one token, so the tag alone found
   * only articles that print that very tag: {@code #السعودية} found none of the 1,875 articles on
   * السعودية (session 13 QA). Its words are one word, or a phrase for an underscored tag. Excluded
   * ({@code -#x}), it excludes both.
   */
  static QueryNode hashtag(String word) {
    List<String> words = tagWords(word);
    if (words.isEmpty()) return new QueryNode.Word(word);
    QueryNode plain = words.size() == 1 ? new QueryNode.Word(words.get(0)) : new QueryNode.Phrase(String.join(" ", words));
    List<QueryNode> options = new ArrayList<>(List.of(new QueryNode.Word(word)));
    options.addAll(optionsOf(otherSpellings(plain))); // #مسؤول is مسؤول, in either hamza seat
    return new QueryNode.AnyOf(options);
  }

  /**
   * The words of a hashtag or mention as typed ({@code #عاصفة_الحزم} → عاصفة, الحزم); none when
   * {@code typed} is no tag.
   */
  static List<String> tagWords(String typed) {
    Matcher m = TAG.matcher(typed);
    if (!m.matches()) return List.of();
    List<String> words = new ArrayList<>();
    for (String w : m.group(1).split("_")) if (!w.isEmpty()) words.add(w);
    return words;
  }

  /** The unit after NOT, excluded as with a leading '-'. */
  private static Unit negated(Unit u) {
    if (u == null || u.or()) throw new QuerySyntaxException("NOT needs a word, phrase or filter after it");
    if (u.negated()) throw new QuerySyntaxException("NOT before an excluded term (-x): use one of them");
    if (u.dateKey() != null) throw new QuerySyntaxException("NOT " + u.dateKey() + ": is not allowed; use from: and to: for a date range");
    return new Unit(true, u.node(), null, null, false);
  }

  private Unit fieldUnit(boolean negated, String key, String bareValue) {
    String value = bareValue;
    if (value.isEmpty() && pos < input.length() && isOpenQuote(input.charAt(pos))) value = readQuoted();
    String k = key.toLowerCase(java.util.Locale.ROOT);
    boolean isDate = k.equals("from") || k.equals("to");
    Optional<QueryField> field = QueryField.byKey(k);
    if (!isDate && field.isEmpty()) {
      throw new QuerySyntaxException("unknown field '" + key + ":' (known: " + QueryField.allKeys() + ")");
    }
    if (value.isBlank()) throw new QuerySyntaxException(k + ": needs a value");
    if (isDate) {
      if (negated) throw new QuerySyntaxException("-" + k + ": is not allowed; use from: and to: for a date range");
      return new Unit(false, null, k, parseDate(k, value), false);
    }
    if (field.get() == QueryField.TOPIC) value = topicKey(value);
    return new Unit(negated, new QueryNode.FieldTerm(field.get(), value.strip()), null, null, false);
  }

  /**
   * The key of a topic typed by its key or its Arabic desk name ({@code topic:رياضة} is
   * {@code topic:sports}: the index holds keys, and the Arabic name found nothing before session 13);
   * anything else is refused, since the taxonomy is closed and an unknown name was silently 0 hits.
   */
  static String topicKey(String value) {
    return TopicLabel.byName(value).map(TopicLabel::key).orElseThrow(() ->
        new QuerySyntaxException("unknown topic '" + value.strip() + "' (known: " + TopicLabel.knownNames() + ")"));
  }

  /** yyyy, yyyy-MM or yyyy-MM-dd; the first day for from:, the last day for to:. */
  static LocalDate parseDate(String key, String value) {
    String v = asciiDigits(value.strip());
    boolean end = key.equals("to");
    try {
      if (v.matches("\\d{4}")) {
        int year = Integer.parseInt(v);
        return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
      }
      if (v.matches("\\d{4}-\\d{1,2}")) {
        String[] p = v.split("-");
        YearMonth ym = YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]));
        return end ? ym.atEndOfMonth() : ym.atDay(1);
      }
      if (v.matches("\\d{4}-\\d{1,2}-\\d{1,2}")) {
        String[] p = v.split("-");
        return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
      }
    } catch (DateTimeException e) {
      throw new QuerySyntaxException(key + ": '" + value + "' is not a valid date");
    }
    throw new QuerySyntaxException(key + ": expects a date like 2015-07-01 (or 2015-07, 2015), got '" + value + "'");
  }

  /** Arabic-Indic digits typed in a date become ASCII. */
  private static String asciiDigits(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) b.append(MatchNormalizer.fold(s.charAt(i)));
    return b.toString();
  }

  private void skipSpace() {
    while (pos < input.length() && Character.isWhitespace(input.charAt(pos))) pos++;
  }

  /**
   * Whether a link or a {@code url:} filter starts at {@code pos}: read to the next space, quote
   * marks included, since aawsat and al-madina slugs hold « » (458 of 9,482 stored URLs, session 13).
   */
  private boolean startsALink() {
    String rest = input.substring(pos, Math.min(input.length(), pos + 12)).toLowerCase(java.util.Locale.ROOT);
    return rest.startsWith("http://") || rest.startsWith("https://") || rest.startsWith("www.")
        || (rest.startsWith("url:") && rest.length() > 4 && !isOpenQuote(rest.charAt(4)));
  }

  private String readToSpace() {
    int start = pos;
    while (pos < input.length() && !Character.isWhitespace(input.charAt(pos))) pos++;
    return input.substring(start, pos);
  }

  /** A run of non-space characters, stopping before an opening quote that starts a phrase. */
  private String readBare() {
    int start = pos;
    while (pos < input.length() && !Character.isWhitespace(input.charAt(pos))
        && !(pos > start && isOpenQuote(input.charAt(pos)))) {
      pos++;
    }
    return input.substring(start, pos);
  }

  /** The text between an opening quote at {@code pos} and its closing quote. */
  private String readQuoted() {
    char open = input.charAt(pos);
    int start = ++pos;
    while (pos < input.length() && !closes(open, input.charAt(pos))) pos++;
    if (pos >= input.length()) {
      String shown = input.substring(start - 1).strip();
      throw new QuerySyntaxException("unbalanced quote: " + shown + " has no closing " + closingOf(open));
    }
    String text = input.substring(start, pos++).strip();
    if (text.isEmpty()) throw new QuerySyntaxException("empty phrase " + open + closingOf(open));
    return text;
  }

  private static boolean isOpenQuote(char c) {
    return c == '"' || c == '\u201C' || c == '\u00AB';
  }

  private static boolean closes(char open, char c) {
    return switch (open) {
      case '\u201C' -> c == '\u201D' || c == '"';
      case '\u00AB' -> c == '\u00BB';
      default -> c == '"' || c == '\u201D';
    };
  }

  private static char closingOf(char open) {
    return switch (open) {
      case '\u201C' -> '\u201D';
      case '\u00AB' -> '\u00BB';
      default -> '"';
    };
  }
}
