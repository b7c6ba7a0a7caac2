package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
  @Test
  void quoted_fields_keep_commas_line_breaks_and_doubled_quotes() throws Exception {
    String csv = "Class,Content,ID\r\n"
        + "politics,\"إيران تقول إن الهجوم على \"\"عين الأسد\"\"، أوقع أضرارا\n#الجزيرة\",123\n"
        + "sports,بلا اقتباس,456\n";
    List<List<String>> rows = CsvReader.readAll(new StringReader(csv));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).containsExactly("Class", "Content", "ID");
    assertThat(rows.get(1)).containsExactly("politics", "إيران تقول إن الهجوم على \"عين الأسد\"، أوقع أضرارا\n#الجزيرة", "123");
    assertThat(rows.get(2)).containsExactly("sports", "بلا اقتباس", "456");
  }

  @Test
  void a_last_record_without_newline_is_kept() throws Exception {
    assertThat(CsvReader.readAll(new StringReader("a,b\n\"x\",y"))).containsExactly(List.of("a", "b"), List.of("x", "y"));
  }
}
