package org.marsad.nlp.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TestReportingVerbLexicon {
  private final ReportingVerbLexicon lex = ReportingVerbLexicon.standard();

  @Test
  void pastTenseInflectsForGenderAndNumber() {
    assertThat(VerbInflector.past("أكد")).containsExactly("أكد", "أكدت", "أكدا", "أكدتا", "أكدوا", "أكدن");
    assertThat(lex.lookup("أكدوا")).get().extracting(VerbForm::lemma).isEqualTo("أكد");
    assertThat(lex.lookup("قالتا").orElseThrow().feminine()).isTrue();
    assertThat(lex.lookup("قالوا").orElseThrow().feminine()).isFalse();
  }

  @Test
  void presentTenseIsBuiltFromTheStem() {
    assertThat(VerbInflector.present("قول")).contains("يقول", "تقول", "يقولان", "يقولون");
    assertThat(lex.lookup("يؤكدون").orElseThrow().tense()).isEqualTo(VerbForm.Tense.PRESENT);
    VerbForm f = lex.lookup("تشير").orElseThrow();
    assertThat(f.lemma()).isEqualTo("أشار");
    assertThat(f.feminine()).isTrue();
  }

  @Test
  void participlesWithTanweenAndFeminineEnding() {
    assertThat(lex.lookup("موضحاً").orElseThrow().tense()).isEqualTo(VerbForm.Tense.PARTICIPLE);
    assertThat(lex.lookup("مشيرة").orElseThrow().feminine()).isTrue();
    assertThat(lex.lookup("مؤكدين").orElseThrow().lemma()).isEqualTo("أكد");
    assertThat(lex.lookup("قائلا").orElseThrow().lemma()).isEqualTo("قال");
  }

  @Test
  void conjunctionPrefixesAndHamzaSpellings() {
    assertThat(lex.lookup("وأضافت").orElseThrow().lemma()).isEqualTo("أضاف");
    assertThat(lex.lookup("واضاف").orElseThrow().lemma()).isEqualTo("أضاف");
    assertThat(lex.lookup("فأكد").orElseThrow().lemma()).isEqualTo("أكد");
    assertThat(lex.lookup("وأشارت")).isPresent();
  }

  @Test
  void weakVerbsAreListedFormByForm() {
    assertThat(lex.lookup("نفت").orElseThrow().lemma()).isEqualTo("نفى");
    assertThat(lex.lookup("يرى")).isPresent();
    assertThat(lex.lookup("ودعا").orElseThrow().lemma()).isEqualTo("دعا");
    assertThat(lex.lookup("نافياً")).isPresent();
  }

  @Test
  void relayVerbalNounAndAccordingEntries() {
    assertThat(lex.lookup("ونقلت").orElseThrow().kind()).isEqualTo(VerbForm.Kind.RELAY);
    assertThat(lex.lookup("قولها").orElseThrow().kind()).isEqualTo(VerbForm.Kind.MASDAR);
    assertThat(lex.lookup("بحسب").orElseThrow().kind()).isEqualTo(VerbForm.Kind.ACCORDING);
  }

  @Test
  void impersonalFormulasAndPrepositionsAreNotSpeechVerbs() {
    assertThat(lex.lookup("يذكر").orElseThrow().kind()).isEqualTo(VerbForm.Kind.IGNORE);
    assertThat(lex.lookup("ويشار").orElseThrow().kind()).isEqualTo(VerbForm.Kind.IGNORE);
    assertThat(lex.lookup("بين")).isEmpty(); // "between"
    assertThat(lex.lookup("وبين")).isPresent(); // "and he stated"
    assertThat(lex.lookup("عبر")).isEmpty(); // "via"
    assertThat(lex.lookup("الحكومة")).isEmpty();
  }

  @Test
  void aLexiconFileWithAnUnknownKindIsRejected() {
    String bad = "verb\tقال\tقول\tقائل\nshout\tصاح\tصيح\tصائح\n";
    try {
      ReportingVerbLexicon.load(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8)));
      throw new AssertionError("expected a failure");
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage()).isEqualTo("reporting-verbs line 2: unknown kind shout");
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
