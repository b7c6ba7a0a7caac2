package org.marsad.app.alert;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.nlp.article.Quote;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/** An article prepared once for matching many alert queries: match-normalised words and fields. */
final class MatchableArticle {
  final Article article;
  /** Proclitics a word may carry in front of the form a query asks for, longest first (match-normalised). */
  static final List<String> PROCLITICS = List.of("وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك");
  /** A query word needs this many letters left after a proclitic is peeled (so ب+لد never matches لد). */
  private static final int MIN_STEM = 2;

  /** Words of title, lead and body, match-normalised and lower-cased, in order. */
  final List<String> words;
  /** For each position, the forms a query word may take to match there (the word, and it without a proclitic). */
  private final List<List<String>> formsAt;
  /** Form → positions where it occurs, ascending. */
  private final Map<String, List<Integer>> positions = new HashMap<>();
  final LocalDate date;

  MatchableArticle(Article article) {
    this.article = article;
    this.words = words(join(article.title(), article.lead(), article.text()));
    this.formsAt = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      List<String> forms = forms(words.get(i));
      formsAt.add(forms);
      for (String f : forms) positions.computeIfAbsent(f, k -> new ArrayList<>()).add(i);
    }
    this.date = dateOf(article);
  }

  /** The word and, when it starts with a proclitic and enough remains, the word without it. */
  static List<String> forms(String word) {
    List<String> out = new ArrayList<>(2);
    out.add(word);
    for (String p : PROCLITICS) {
      if (word.length() - p.length() >= MIN_STEM && word.startsWith(p)) out.add(word.substring(p.length()));
    }
    return out;
  }

  /** True when the query words occur in this order at adjacent positions. */
  boolean containsPhrase(List<String> phrase) {
    List<Integer> starts = positions.get(phrase.get(0));
    if (starts == null) return false;
    outer:
    for (int start : starts) {
      if (start + phrase.size() > words.size()) break;
      for (int k = 1; k < phrase.size(); k++) {
        if (!formsAt.get(start + k).contains(phrase.get(k))) continue outer;
      }
      return true;
    }
    return false;
  }

  /** Match-normalised, lower-cased words of a text (punctuation dropped). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || text.isBlank()) return out;
    for (Token t : NewsTokenizer.tokenize(ArabicNormalizer.match(text).toLowerCase(Locale.ROOT))) {
      if (t.type() != TokenType.PUNCTUATION) out.add(t.text());
    }
    return out;
  }

  /** One value normalised the way fields are compared. */
  static String normalise(String value) {
    return value == null ? "" : ArabicNormalizer.match(value).toLowerCase(Locale.ROOT).strip();
  }

  boolean hasSource(String value) {
    return normalise(article.source()).equals(value);
  }

  boolean hasCity(String value) {
    return article.dateline() != null && normalise(article.dateline().city()).equals(value);
  }

  boolean hasTopic(String value) {
    return article.topic() != null && normalise(article.topic().label()).equals(value);
  }

  /** True when an entity of this type (PERS, ORG, LOC) has this id, canonical name or surface form. */
  boolean hasEntity(String type, String value) {
    if (article.entities() == null) return false;
    for (Entity e : article.entities()) {
      if (!type.equals(e.type())) continue;
      if (value.equals(normalise(e.id())) || value.equals(normalise(e.canonical())) || value.equals(normalise(e.text()))) return true;
    }
    return false;
  }

  /** True when a quotation of the article is by this speaker (id or name as written). */
  boolean hasSpeaker(String value) {
    if (article.quotes() == null) return false;
    for (Quote q : article.quotes()) {
      if (value.equals(normalise(q.speakerId())) || value.equals(normalise(q.speaker()))) return true;
    }
    return false;
  }

  private static String join(String... parts) {
    StringBuilder sb = new StringBuilder();
    for (String p : parts) {
      if (p != null) sb.append(p).append('\n');
    }
    return sb.toString();
  }

  private static LocalDate dateOf(Article a) {
    LocalDate d = parseDate(a.published());
    if (d == null && a.dateline() != null) d = parseDate(a.dateline().date());
    return d;
  }

  private static LocalDate parseDate(String iso) {
    if (iso == null || iso.length() < 10) return null;
    try {
      return LocalDate.parse(iso.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
