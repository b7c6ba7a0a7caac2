package org.marsad.store.query;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.marsad.testkit.fuzz.Documented;
import org.marsad.testkit.fuzz.FuzzText;

/**
 * Fuzz target for the search box: a query string from a user. Documented refusal:
 * {@link QuerySyntaxException} with a one-line message. A parsed query has no blank word or
 * phrase, an inclusive date range that is not reversed, and parses to the same query again
 * (parsing is deterministic). Regression inputs:
 * src/test/resources/org/marsad/store/query/MarsadQueryParserFuzzTestInputs/parse/.
 */
class MarsadQueryParserFuzzTest {
  private static final Documented REFUSALS = Documented.refusals(QuerySyntaxException.class);

  @FuzzTest(maxDuration = "10m")
  void parse(byte[] input) throws Exception {
    String text = FuzzText.of(input);
    MarsadQuery q;
    try {
      q = REFUSALS.call(() -> MarsadQueryParser.parse(text));
    } catch (QuerySyntaxException e) {
      throw e;
    }
    if (q == null) {
      return;
    }
    q.required().forEach(MarsadQueryParserFuzzTest::checkNode);
    q.excluded().forEach(MarsadQueryParserFuzzTest::checkNode);
    if (q.from() != null && q.to() != null && q.from().isAfter(q.to())) {
      throw new AssertionError("reversed date range accepted: " + q);
    }
    if (!q.equals(MarsadQueryParser.parse(text))) {
      throw new AssertionError("parsing is not deterministic for: " + text);
    }
  }

  private static void checkNode(QueryNode node) {
    if (node instanceof QueryNode.Word w && w.text().isBlank()
        || node instanceof QueryNode.Phrase p && p.text().isBlank()
        || node instanceof QueryNode.FieldTerm f && (f.field() == null || f.value().isBlank())) {
      throw new AssertionError("blank query part: " + node);
    }
    if (node instanceof QueryNode.AnyOf any) {
      any.options().forEach(MarsadQueryParserFuzzTest::checkNode);
    }
  }
}
