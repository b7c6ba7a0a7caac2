package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.nlp.topic.TopicLabel;

class AntCorpusTest {
  private static final String RECORDS = """
      <DOC>
      <DOCNO>JA-sport-10-20170120</DOCNO>
      <CAT>sport</CAT>
      <TITLE>الترجي يفوز "بثلاثية" & يتصدر</TITLE>
      <TEXT>
      فاز الترجي على النجم <3 أهداف>.

      وتصدر الترتيب.
      </TEXT>
      </DOC>
      <DOC>
      <DOCNO>92</DOCNO>
      <TITLE>سجل بلا تصنيف</TITLE>
      <TEXT>
      نص
      </TEXT>
      </DOC>
      <DOC>
      <DOCNO>JA-localNews-7-20170101</DOCNO>
      <CAT>localNews</CAT>
      <TITLE>عنوان
      على سطرين</TITLE>
      <TEXT>
      خبر محلي.
      </TEXT>
      </DOC>
      """;

  @Test
  void reads_unescaped_records_skips_uncategorised_ones_and_splits_on_the_docno_number(@TempDir Path dir) throws Exception {
    Path gz = dir.resolve("ant.trec.xml.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(RECORDS.getBytes(StandardCharsets.UTF_8));
    }
    List<AntCorpus.Doc> docs = AntCorpus.read(gz);
    assertThat(docs).hasSize(2);
    AntCorpus.Doc sport = docs.get(0);
    assertThat(sport.title()).isEqualTo("الترجي يفوز \"بثلاثية\" & يتصدر");
    assertThat(sport.text()).isEqualTo("فاز الترجي على النجم <3 أهداف>.\nوتصدر الترتيب.");
    assertThat(sport.isTest()).isTrue();
    assertThat(sport.labelled().label()).isEqualTo(TopicLabel.SPORTS);
    assertThat(docs.get(1).title()).isEqualTo("عنوان على سطرين");
    assertThat(docs.get(1).isTest()).isFalse();
    assertThat(docs.get(1).labelled().label()).isEqualTo(TopicLabel.LOCAL);
  }
}
