package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdditionalContextFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.jupiter.api.Test;

class StackedContextTest {
  private static final String[] NONE = {};

  private static String[][] empty(int n) {
    String[][] c = new String[n][];
    for (int i = 0; i < n; i++) c[i] = NONE;
    return c;
  }

  @Test
  void a_word_sees_how_the_first_stage_tagged_its_other_occurrences_in_the_document() {
    List<String[]> doc = List.of("قال سيرغي لافروف".split(" "), "وأكد لافروف ان موسكو".split(" "));
    List<String[]> stage1 = List.of("O B-PERS I-PERS".split(" "), "O O O B-LOC".split(" "));
    String[][] seen = empty(3);
    seen[2] = new String[] {"0P"};
    List<String[][]> ctx = StackedContext.add(doc, List.of(seen, empty(4)), stage1);

    // The missed لافروف of the second sentence: the other occurrence was a person.
    assertThat(ctx.get(1)[1]).containsExactly("t=O", "dwm=PERS", "dwe=PERS", "dsm=PERS", "dse=PERS");
    // The tagged one: its own tag is left out of the counts, so the other occurrence says O.
    assertThat(ctx.get(0)[2]).containsExactly("0P", "t=I-PERS", "dwm=O", "dsm=O");
    // وأكد and قال occur once; موسكو too.
    assertThat(ctx.get(1)[3]).containsExactly("t=B-LOC", "dw=alone", "ds=alone");
  }

  @Test
  void forms_are_matched_after_normalisation_and_clitic_stripping() {
    List<String[]> doc = List.of("زار موسكو".split(" "), "ووصل الى موسكو وبموسكو".split(" "));
    List<String[]> stage1 = List.of("O B-LOC".split(" "), "O O B-LOC O".split(" "));
    List<String[][]> ctx = StackedContext.add(doc, List.of(empty(2), empty(4)), stage1);
    // وبموسكو has no other occurrence as written, but its stem موسكو has two, both places.
    assertThat(ctx.get(1)[3]).containsExactly("t=O", "dw=alone", "dsm=LOC", "dse=LOC");
  }

  @Test
  void opennlps_window_keeps_tags_nearby_and_document_values_at_the_word_only() {
    AdditionalContextFeatureGenerator ctx = new AdditionalContextFeatureGenerator();
    String[] tokens = "a b c d e f g".split(" ");
    String[][] values = new String[7][];
    for (int i = 0; i < 7; i++) values[i] = new String[] {"0P", "t=O", "dw=alone"};
    values[0] = new String[] {"0P", "t=B-PERS", "dwm=PERS"};
    ctx.setCurrentContext(values);
    List<String> f = new ArrayList<>();
    StackedContext.filtered(new WindowFeatureGenerator(ctx, 8, 8)).createFeatures(f, tokens, 0, null);
    assertThat(f).contains("ne=0P", "ne=t=B-PERS", "ne=dwm=PERS", "n1ne=t=O", "n2ne=t=O", "n6ne=0P")
        .doesNotContain("n3ne=t=O", "n1ne=dw=alone");
    f.clear();
    StackedContext.filtered(new WindowFeatureGenerator(ctx, 8, 8)).createFeatures(f, tokens, 2, null);
    assertThat(f).contains("p2ne=t=B-PERS", "p2ne=0P").doesNotContain("p2ne=dwm=PERS");
  }
}
