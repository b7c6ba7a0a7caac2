package org.marsad.solr.plugin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.sandbox.search.CombinedFieldQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.apache.solr.common.params.SolrParams;
import org.apache.solr.request.SolrQueryRequest;
import org.apache.solr.schema.FieldType;
import org.apache.solr.schema.SchemaField;
import org.apache.solr.search.QParser;
import org.apache.solr.search.QParserPlugin;
import org.apache.solr.search.SyntaxError;

/**
 * One search word scored over several fields as one weighted field (BM25F, Lucene's
 * {@link CombinedFieldQuery}), the way Marsad's embedded index scores a word of the search box
 * ({@code LuceneQueryBuilder.wordQuery} in marsad-store). Solr's own parsers only sum per-field
 * scores (dismax, edismax, the standard parser's {@code OR}), which lets a single title mention
 * outweigh an article that is about the word; with this parser both backends rank alike.
 *
 * <p>Registered in the configset's {@code solrconfig.xml} as {@code marsadWord} and used as a
 * nested clause: {@code +{!marsadWord qf=$wf v=$w0}} with {@code wf=title^2 headings^1.5 lead^1.5
 * body} and {@code w0} the word. Parameters:
 * <ul>
 *   <li>{@code qf}: the fields and their weights ({@code field^weight}, weight 1 when left out;
 *       CombinedFieldQuery takes no weight below 1). Every field must have one field type: the
 *       word is analysed once, by that type's query analyser;</li>
 *   <li>{@code v} (or the query text): one word.</li>
 * </ul>
 * The word's readings at its one position (surface form, stem, second reading: the Marsad
 * analysis chain's same-position tokens) count as one term, as synonyms. A word that analyses
 * to several positions ("COVID-19") becomes a phrase in each field, weighted and summed, and one
 * that analyses to nothing matches nothing; both as the embedded index.
 *
 * <p>Global statistics: the query reports every field × reading term to Solr's stats cache and
 * takes document frequencies and field lengths from the searcher, so {@code ExactStatsCache}
 * gives it the statistics of the whole collection, as it does for a term query.
 */
public final class CombinedFieldsQParserPlugin extends QParserPlugin {
  /** The name the configset registers the parser under. */
  public static final String NAME = "marsadWord";

  @Override
  public QParser createParser(String qstr, SolrParams localParams, SolrParams params, SolrQueryRequest req) {
    return new QParser(qstr, localParams, params, req) {
      @Override
      public Query parse() throws SyntaxError {
        String qf = getParam("qf");
        if (qf == null || qf.isBlank()) throw new SyntaxError(NAME + " needs qf, the fields to score the word over");
        Map<String, Float> fields = weights(qf);
        FieldType type = null;
        for (String f : fields.keySet()) {
          SchemaField field = req.getSchema().getFieldOrNull(f);
          if (field == null) throw new SyntaxError(NAME + ": no field " + f);
          if (type != null && field.getType() != type) {
            throw new SyntaxError(NAME + ": " + f + " has another field type than the other fields");
          }
          type = field.getType();
        }
        String word = qstr == null ? "" : qstr;
        return wordQuery(type.getQueryAnalyzer(), fields, word);
      }
    };
  }

  /** The combined query; a phrase per field for a word of several positions; no match for none. */
  static Query wordQuery(Analyzer analyzer, Map<String, Float> fields, String word) {
    QueryBuilder builder = new QueryBuilder(analyzer);
    String first = fields.keySet().iterator().next();
    List<Term> readings = sameWordReadings(builder.createPhraseQuery(first, word));
    if (!readings.isEmpty()) {
      CombinedFieldQuery.Builder q = new CombinedFieldQuery.Builder();
      fields.forEach(q::addField);
      for (Term t : readings) q.addTerm(t.bytes());
      return q.build();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int n = 0;
    for (Map.Entry<String, Float> f : fields.entrySet()) {
      Query q = builder.createPhraseQuery(f.getKey(), word);
      if (q == null) continue;
      any.add(f.getValue() == 1f ? q : new BoostQuery(q, f.getValue()), Occur.SHOULD);
      n++;
    }
    return n == 0 ? new MatchNoDocsQuery("no token in " + word) : any.build();
  }

  /** The terms of a one-position query (one term, or several readings at one position); empty otherwise. */
  private static List<Term> sameWordReadings(Query q) {
    if (q instanceof TermQuery t) return List.of(t.getTerm());
    if (q instanceof SynonymQuery s) return s.getTerms();
    return List.of();
  }

  /** {@code title^2 headings^1.5 body} in order; a weight must be at least 1. */
  static Map<String, Float> weights(String qf) throws SyntaxError {
    Map<String, Float> out = new LinkedHashMap<>();
    for (String part : qf.strip().split("\\s+")) {
      int caret = part.indexOf('^');
      String field = caret < 0 ? part : part.substring(0, caret);
      float weight;
      try {
        weight = caret < 0 ? 1f : Float.parseFloat(part.substring(caret + 1));
      } catch (NumberFormatException e) {
        throw new SyntaxError(NAME + ": bad weight in " + part);
      }
      if (!(weight >= 1f)) throw new SyntaxError(NAME + ": weight below 1 in " + part + " (BM25F takes none)");
      if (field.isEmpty() || out.put(field, weight) != null) throw new SyntaxError(NAME + ": bad or repeated field in " + qf);
    }
    return out;
  }
}
