package org.marsad.app.alert;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.Entity;
import org.marsad.text.ArabicNormalizer;
import org.marsad.text.token.NewsTokenizer;
import org.marsad.text.token.Token;
import org.marsad.text.token.TokenType;

/** An article prepared once for matching many alert queries: match-normalised words and fields. */
final class MatchableArticle {
  final Article article;
  /** Words of title, lead and body, match-normalised and lower-cased, in order. */
  final List<String> words;
  final LocalDate date;

  MatchableArticle(Article article) {
    this.article = article;
    this.words = words(join(article.title(), article.lead(), article.text()));
    this.date = dateOf(article);
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

  /** True when an entity of the article has this id or canonical name. */
  boolean hasEntity(String value) {
    if (article.entities() == null) return false;
    for (Entity e : article.entities()) {
      if (value.equals(normalise(e.id())) || value.equals(normalise(e.canonical()))) return true;
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
