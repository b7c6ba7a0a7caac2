package org.marsad.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.junit.jupiter.api.Test;

/** The factories are found by SPI name, build working chains and reject unknown parameters. */
class TestArabicFilterFactories {

  private static Map<String, String> args(String... kv) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put(kv[i], kv[i + 1]);
    return m;
  }

  @Test
  void filter_factories_are_registered_by_name() {
    assertThat(TokenFilterFactory.availableTokenFilters()).contains(
        ArabicMatchNormalizationFilterFactory.NAME,
        ArabicLightStemFilterFactory.NAME,
        ArabicSpellingVariantFilterFactory.NAME);
    assertThat(TokenFilterFactory.lookupClass("marsadArabicLightStem")).isEqualTo(ArabicLightStemFilterFactory.class);
    assertThat(TokenizerFactory.lookupClass("marsadNews")).isEqualTo(ArabicNewsTokenizerFactory.class);
  }

  @Test
  void chain_built_from_spi_names_analyses_arabic() throws Exception {
    Analyzer a = CustomAnalyzer.builder()
        .withTokenizer("marsadNews")
        .addTokenFilter("marsadArabicNormalization")
        .addTokenFilter("marsadArabicLightStem", "alternatives", "true")
        .addTokenFilter("marsadArabicSpellingVariants")
        .build();
    assertThat(TokenStreams.terms(a, "بالحكومة وسوريا لتركيا")).containsExactly("حكوم", "سوريه", "لتركيا", "=تركيه");
  }

  @Test
  void keep_original_puts_the_stem_next_to_the_word() throws Exception {
    Analyzer a = CustomAnalyzer.builder()
        .withTokenizer("marsadNews")
        .addTokenFilter("marsadArabicNormalization")
        .addTokenFilter("marsadArabicLightStem", "keepOriginal", "true")
        .build();
    assertThat(TokenStreams.terms(a, "بالحكومة وزير")).containsExactly("بالحكومه", "=حكوم", "وزير");
  }

  @Test
  void bogus_parameters_fail() {
    for (String name : List.of("marsadArabicNormalization", "marsadArabicLightStem", "marsadArabicSpellingVariants")) {
      assertThatThrownBy(() -> TokenFilterFactory.forName(name, args("bogusArg", "bogusValue")))
          .as(name).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown parameters");
    }
    assertThatThrownBy(() -> TokenizerFactory.forName("marsadNews", args("bogusArg", "bogusValue")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Unknown parameters");
  }

  @Test
  void tokenizer_factory_creates_a_tokenizer() throws Exception {
    var t = TokenizerFactory.forName("marsadNews", new HashMap<>()).create();
    t.setReader(new StringReader("سانا"));
    t.reset();
    assertThat(t.incrementToken()).isTrue();
    t.end();
    t.close();
  }
}
