package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClustersTest {
  @TempDir Path dir;

  /** Words used in the same contexts share a class; words used differently do not. */
  @Test
  void words_in_the_same_contexts_share_a_class() throws Exception {
    String[] people = {"لافروف", "كيري", "بيسكوف", "تاديتش", "سيرانو"};
    String[] places = {"موسكو", "بروكسل", "جنيف", "دمشق", "حلب"};
    Random r = new Random(7);
    List<String[]> text = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      String p = people[r.nextInt(people.length)], q = places[r.nextInt(places.length)];
      text.add(new String[] {"قال", "الوزير", p, "في", "مؤتمر", "صحفي"});
      text.add(new String[] {"وصل", "الوفد", "الى", q, "امس", "صباحا"});
    }
    WordClusters c = WordClusters.learn(text, 1000, 5, 1, 6, 2);
    int lavrov = c.packed().get("لافروف") & 0xFFFF;
    for (String p : people) assertThat(c.packed().get(p) & 0xFFFF).as(p).isEqualTo(lavrov);
    int moscow = c.packed().get("موسكو") & 0xFFFF;
    for (String q : places) assertThat(c.packed().get(q) & 0xFFFF).as(q).isEqualTo(moscow);
    assertThat(moscow).isNotEqualTo(lavrov);

    Path f = dir.resolve("c.tsv");
    c.write(f);
    assertThat(WordClusters.read(f).packed()).isEqualTo(c.packed());
  }

  @Test
  void tokenizes_like_the_labelled_corpora() {
    assertThat(UnlabelledNews.tokenize("قال لافروف: \"إن موسكو\"، 2016.")).containsExactly(
        "قال", "لافروف", ":", "\"", "إن", "موسكو", "\"", "،", "2016", ".");
  }
}
