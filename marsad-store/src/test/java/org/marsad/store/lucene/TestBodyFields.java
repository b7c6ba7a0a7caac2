package org.marsad.store.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Article;
import org.marsad.store.TestArticles;

/**
 * The body fields are fed from one analysis of the text ({@link BodyFields}); every token they
 * index (term, position increment, offsets, type, keyword flag) and their end state must be those
 * of the field's own analyser in {@link IndexAnalyzers}, which search and the highlighter use.
 */
class TestBodyFields {
  private static final Analyzer INDEX = IndexAnalyzers.create();
  private static final String[] FIELDS = {ArticleFields.BODY, ArticleFields.BODY_EXACT, ArticleFields.BODY_ROOTS};

  @Test
  void replayed_fields_index_what_their_analysers_produce_on_real_articles() throws IOException {
    List<String> texts = new ArrayList<>();
    texts.add(TestArticles.seed().text());
    List<Article> day = TestArticles.saudiNewsNet("2015-08-11");
    for (Article a : day.subList(0, Math.min(150, day.size()))) texts.add(a.text());
    int tokens = 0;
    for (String text : texts) tokens += assertSameTokens(text);
    assertThat(tokens).isGreaterThan(50_000); // real bodies, not a handful of words
  }

  @Test
  void edge_cases_keep_positions_offsets_and_end_state() throws IOException {
    String longToken = "ب".repeat(300); // skipped by the tokenizer: a position gap
    for (String text : new String[] {
        "",
        "في من على",                                   // only stop words: no token, a final increment
        "قال وزير الخارجية السوري إن سوريا ستشارك في",  // a variant (سوريا) and trailing stop words
        "زار لافروف الرياض " + longToken + " ثم عاد إلى موسكو http://spa.gov.sa/ 2015",
        "والمفاوضات  لتركيا،\nالأميركية ٢٠١٥ G20 #سوريا"}) {
      assertSameTokens(text);
    }
  }

  /** Compares the three replayed fields of {@code text} with the index analysers; returns the body's token count. */
  private static int assertSameTokens(String text) throws IOException {
    Field[] fields = BodyFields.of(text, ArticleDocuments.BODY_TYPE, ArticleDocuments.EXACT_TYPE, ArticleDocuments.ROOTS_TYPE);
    int count = 0;
    for (int i = 0; i < FIELDS.length; i++) {
      assertThat(fields[i].name()).isEqualTo(FIELDS[i]);
      List<String> expected = states(INDEX.tokenStream(FIELDS[i], text));
      List<String> actual = states(fields[i].tokenStream(INDEX, null));
      assertThat(actual).as("%s of %.40s", FIELDS[i], text).isEqualTo(expected);
      if (i == 0) count = expected.size() - 1;
    }
    return count;
  }

  /** Every attribute of every token, then the state after end(). */
  private static List<String> states(TokenStream ts) throws IOException {
    List<String> out = new ArrayList<>();
    try (ts) {
      ts.reset();
      while (ts.incrementToken()) out.add(ts.reflectAsString(false));
      ts.end();
      out.add("end " + ts.reflectAsString(false));
    }
    return out;
  }
}
