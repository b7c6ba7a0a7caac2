package org.marsad.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.marsad.text.analysis.ArabicNameAnalyzer;
import org.marsad.text.analysis.ArabicNewsAnalyzer;

/** The shipped configset stays in step with marsad-text: stop words, and analysis factories Solr can load by name. */
class TestMarsadConfigset {
  @Test
  void stop_words_are_the_analysers_own_list() throws IOException {
    Set<String> shipped = new TreeSet<>();
    for (String line : new String(MarsadConfigset.read("stopwords.txt"), StandardCharsets.UTF_8).split("\n")) {
      if (!line.isBlank() && !line.startsWith("#")) shipped.add(line.strip());
    }
    Set<String> analyser = new TreeSet<>();
    for (Object o : ArabicNewsAnalyzer.defaultStopSet()) analyser.add(new String((char[]) o));
    assertThat(shipped).isEqualTo(analyser);
  }

  @Test
  void every_analysis_name_in_the_schema_resolves_through_lucene_spi() throws IOException {
    String schema = new String(MarsadConfigset.read("managed-schema.xml"), StandardCharsets.UTF_8);
    Matcher tokenizers = Pattern.compile("<tokenizer name=\"([A-Za-z]+)\"").matcher(schema);
    Matcher filters = Pattern.compile("<filter name=\"([A-Za-z]+)\"").matcher(schema);
    Set<String> seen = new TreeSet<>();
    while (tokenizers.find()) {
      assertThat(TokenizerFactory.availableTokenizers()).as("tokenizer %s", tokenizers.group(1)).contains(tokenizers.group(1));
      seen.add(tokenizers.group(1));
    }
    while (filters.find()) {
      assertThat(TokenFilterFactory.availableTokenFilters()).as("filter %s", filters.group(1)).contains(filters.group(1));
      seen.add(filters.group(1));
    }
    assertThat(seen).contains("marsadNews", "marsadArabicNormalization", "marsadArabicLightStem", "marsadArabicSpellingVariants", "whitespace");
  }

  @Test
  void the_schema_is_named_for_the_version_the_store_requires() throws IOException {
    String schema = new String(MarsadConfigset.read("managed-schema.xml"), StandardCharsets.UTF_8);
    Matcher name = Pattern.compile("<schema name=\"([^\"]+)\"").matcher(schema);
    assertThat(name.find()).isTrue();
    assertThat(SchemaVersion.of(name.group(1))).isEqualTo(SchemaVersion.CURRENT).isEqualTo(5);
    assertThat(schema).contains("<field name=\"" + SolrFields.BODY_ROOTS + "\" type=\"text_roots\"");
    for (String field : List.of("person", "org", "place", "misc", "speaker")) {
      assertThat(schema).contains("<field name=\"" + field + SolrFields.NAMES_SUFFIX + "\" type=\"text_names\"");
    }
    assertThat(SchemaVersion.of("marsad")).isEqualTo(1); // sessions 1-4
    assertThat(SchemaVersion.of("marsad-2")).isEqualTo(2); // sessions 5-12
    assertThat(SchemaVersion.of("example")).isEqualTo(-1);
    assertThat(SchemaVersion.of("marsad-x")).isEqualTo(-1);
  }

  @Test
  void the_phrase_and_name_field_types_analyse_as_the_embedded_analysers() throws IOException {
    // each chain built by SPI name from the schema, as Solr builds it, against the embedded analyser
    List<String> texts = List.of("علي عبد الله صالح", "بان كي مون", "سيرغي لافروف", "أمين الجميّل", "تميم بن حمد آل ثاني",
        "أم درمان", "في سوريا", "هو جينتاو", "Ban Ki-moon", "الأمم المتحدة", "وزير الخارجية السوري", "COVID-19 على الحدود");
    try (Analyzer names = fieldType("text_names"); Analyzer exact = fieldType("text_exact");
         Analyzer embeddedNames = new ArabicNameAnalyzer(); Analyzer embeddedExact = ArabicNewsAnalyzer.exact()) {
      for (String text : texts) {
        assertThat(terms(names, text)).as(text).isEqualTo(terms(embeddedNames, text)).isNotEmpty();
        assertThat(terms(exact, text)).as(text).isEqualTo(terms(embeddedExact, text));
      }
      assertThat(terms(names, "علي عبد الله صالح")).containsExactly("علي", "عبد", "الله", "صالح");
      // the gap between two values of a multi-valued field (two names, two headings) is the same too
      try (Analyzer news = fieldType("text_marsad"); Analyzer embeddedNews = new ArabicNewsAnalyzer()) {
        assertThat(news.getPositionIncrementGap("headings")).isEqualTo(embeddedNews.getPositionIncrementGap("headings"));
      }
      assertThat(names.getPositionIncrementGap("person_names"))
          .isEqualTo(embeddedNames.getPositionIncrementGap("person_names")).isGreaterThan(10);
      assertThat(exact.getPositionIncrementGap("body_exact")).isEqualTo(embeddedExact.getPositionIncrementGap("body_exact"));
      assertThat(terms(exact, "في سوريا")).containsExactly("سوريه");
    }
  }

  /** The analyser of the schema's field type {@code name}: its tokenizer and filters with their attributes. */
  private static Analyzer fieldType(String name) throws IOException {
    String schema = new String(MarsadConfigset.read("managed-schema.xml"), StandardCharsets.UTF_8);
    Matcher type = Pattern.compile("(?s)<fieldType name=\"" + name + "\".*?</fieldType>").matcher(schema);
    assertThat(type.find()).as(name).isTrue();
    ResourceLoader configset = new ResourceLoader() {
      @Override
      public InputStream openResource(String resource) throws IOException {
        return new ByteArrayInputStream(MarsadConfigset.read(resource));
      }

      @Override
      public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        throw new UnsupportedOperationException(cname);
      }
    };
    CustomAnalyzer.Builder chain = CustomAnalyzer.builder(configset);
    Matcher gap = Pattern.compile("positionIncrementGap=\"(\\d+)\"").matcher(type.group());
    if (gap.find()) chain.withPositionIncrementGap(Integer.parseInt(gap.group(1)));
    Matcher step = Pattern.compile("<(tokenizer|filter) name=\"([A-Za-z]+)\"((?:\\s+\\w+=\"[^\"]*\")*)\\s*/>").matcher(type.group());
    int steps = 0;
    while (step.find()) {
      Map<String, String> args = new HashMap<>();
      Matcher arg = Pattern.compile("(\\w+)=\"([^\"]*)\"").matcher(step.group(3));
      while (arg.find()) args.put(arg.group(1), arg.group(2));
      if (step.group(1).equals("tokenizer")) chain.withTokenizer(step.group(2), args);
      else chain.addTokenFilter(step.group(2), args);
      steps++;
    }
    assertThat(steps).as(name).isGreaterThan(1);
    return chain.build();
  }

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new java.util.ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("person_names", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  @Test
  void every_file_of_the_configset_is_in_the_jar() throws IOException {
    for (String file : MarsadConfigset.FILES) assertThat(MarsadConfigset.read(file)).isNotEmpty();
  }
}
