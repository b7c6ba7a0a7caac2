package org.marsad.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.marsad.nlp.article.Article;
import org.marsad.nlp.article.RawDocument;

class InterimDocumentAnalyzerTest {
  private final InterimDocumentAnalyzer analyzer = new InterimDocumentAnalyzer();

  @Test
  void same_text_same_id_whatever_the_metadata() {
    Article a = analyzer.analyze(new RawDocument("بحث وزير الخارجية الروسي\nسبل تعزيز وقف الأعمال القتالية", false, "عنوان", "u1", "sana", null, "a.txt"));
    Article b = analyzer.analyze(new RawDocument("بحث وزير الخارجية الروسي\r\n\r\nسبل تعزيز وقف الأعمال القتالية  ", false, null, "u2", "was", null, "b.txt"));
    Article c = analyzer.analyze(RawDocument.ofText("بحث وزير الخارجية الأمريكي", "c.txt"));
    assertThat(a.id()).isEqualTo(b.id()).hasSize(32).isNotEqualTo(c.id());
    assertThat(a.lead()).isEqualTo("بحث وزير الخارجية الروسي");
    assertThat(a.text()).isEqualTo("بحث وزير الخارجية الروسي\n\nسبل تعزيز وقف الأعمال القتالية");
    assertThat(a.title()).isEqualTo("عنوان");
    assertThat(a.source()).isEqualTo("sana");
  }

  @Test
  void html_is_reduced_to_its_text() {
    Article a = analyzer.analyze(new RawDocument("<html><body><p>لافروف &amp; كيري</p></body></html>", true, null, null, null, null, "x.html"));
    assertThat(a.text()).isEqualTo("لافروف & كيري");
  }

  @Test
  void an_empty_document_is_rejected() {
    assertThatThrownBy(() -> analyzer.analyze(RawDocument.ofText(" \n ", "empty.txt"))).hasMessage("empty document");
  }
}
