package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerCorpusTest {
  @TempDir Path dir;

  @Test
  void reads_conll_sentences_separated_by_blank_lines() throws Exception {
    Path f = Files.writeString(dir.resolve("c.txt"), "زار O\nلافروف B-PERS\nموسكو B-LOC\n\nقال O\nكيري B-PERS\n");
    List<TaggedSentence> s = NerCorpus.read(f);
    assertThat(s).hasSize(2);
    assertThat(s.get(0).tokens()).containsExactly("زار", "لافروف", "موسكو");
    assertThat(s.get(1).tags()).containsExactly("O", "B-PERS");
  }

  @Test
  void repairs_the_original_anercorp_and_splits_at_sentence_final_punctuation() throws Exception {
    Path f = Files.writeString(dir.resolve("flat.txt"),
        "مثبتة O\n. O\n O\nالصالحية ونايفة B-LOC\nالمفرق I-LOC\n؟ O\nغيث B-PERS\n");
    List<TaggedSentence> s = NerCorpus.read(f);
    assertThat(s).hasSize(3);
    assertThat(s.get(1).tokens()).containsExactly("الصالحية", "ونايفة", "المفرق", "؟");
    assertThat(s.get(1).tags()).containsExactly("B-LOC", "I-LOC", "I-LOC", "O");
    assertThat(NerCorpus.read(f, 4).get(0).tokens()[0]).isEqualTo("الصالحية");
  }

  @Test
  void a_bad_tag_names_the_file_and_line() throws Exception {
    Path f = Files.writeString(dir.resolve("bad.txt"), "زار O\nلافروف B-PERSON\n");
    assertThatThrownBy(() -> NerCorpus.read(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.txt: line 2");
  }
}
