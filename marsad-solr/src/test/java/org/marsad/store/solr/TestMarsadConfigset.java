package org.marsad.store.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.junit.jupiter.api.Test;
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
    assertThat(SchemaVersion.of(name.group(1))).isEqualTo(SchemaVersion.CURRENT).isEqualTo(2);
    assertThat(schema).contains("<field name=\"" + SolrFields.BODY_ROOTS + "\" type=\"text_roots\"");
    assertThat(SchemaVersion.of("marsad")).isEqualTo(1); // sessions 1-4
    assertThat(SchemaVersion.of("example")).isEqualTo(-1);
    assertThat(SchemaVersion.of("marsad-x")).isEqualTo(-1);
  }

  @Test
  void every_file_of_the_configset_is_in_the_jar() throws IOException {
    for (String file : MarsadConfigset.FILES) assertThat(MarsadConfigset.read(file)).isNotEmpty();
  }
}
