package org.marsad.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.testkit.SharedData;

/** Brown clusters learnt from the words of CLEANANERCorp TRAIN (skipped without ../shared). */
class BrownClustersTest {
  private static List<String[]> lines;
  private static BrownClusters clusters;

  @BeforeAll
  static void learn() throws IOException {
    Path train = SharedData.require("data/cleananercorp/cleananercorp_TRAIN.txt");
    lines = new ArrayList<>();
    for (TaggedSentence s : NerCorpus.read(train)) lines.add(s.tokens());
    clusters = BrownClusters.learn(lines, 64, 3, 10, 1);
  }

  @Test
  void the_same_seed_gives_the_same_file_and_another_seed_another(@TempDir Path dir) throws IOException {
    clusters.write(dir.resolve("a.txt"));
    BrownClusters.learn(lines, 64, 3, 10, 1).write(dir.resolve("b.txt"));
    BrownClusters.learn(lines, 64, 3, 10, 2).write(dir.resolve("c.txt"));
    assertThat(Files.readAllBytes(dir.resolve("b.txt"))).isEqualTo(Files.readAllBytes(dir.resolve("a.txt")));
    assertThat(Files.readAllBytes(dir.resolve("c.txt"))).isNotEqualTo(Files.readAllBytes(dir.resolve("a.txt")));
    BrownClusters back = BrownClusters.read(dir.resolve("a.txt"));
    assertThat(BrownClusters.isBrownFile(dir.resolve("a.txt"))).isTrue();
    assertThat(back.size()).isEqualTo(clusters.size());
    assertThat(back.path(BrownClusters.form("بغداد"))).isEqualTo(clusters.path(BrownClusters.form("بغداد")));
  }

  @Test
  void words_are_clustered_by_their_stem_and_only_above_the_count() {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] l : lines) for (String t : l) counts.merge(BrownClusters.form(t), 1, Integer::sum);
    long frequent = counts.values().stream().filter(c -> c >= 3).count();
    assertThat(clusters.size()).isEqualTo(frequent);
    assertThat(clusters.classCount()).isEqualTo(64);
    // و/ب/ل/ال forms share the stem's path.
    assertThat(BrownClusters.form("وبغداد")).isEqualTo(BrownClusters.form("بغداد"));
    assertThat(clusters.path(BrownClusters.form("والعراق"))).isEqualTo(clusters.path(BrownClusters.form("العراق"))).isNotNull();
    String rare = counts.entrySet().stream().filter(e -> e.getValue() < 3).map(Map.Entry::getKey).findFirst().orElseThrow();
    assertThat(clusters.path(rare)).isNull();
  }

  @Test
  void city_names_share_longer_path_prefixes_with_each_other_than_with_other_words() {
    String[] cities = {"بغداد", "دمشق", "القاهرة", "بيروت", "باريس", "لندن", "موسكو", "واشنطن"};
    String[] others = {"قال", "أكد", "الذي", "يوم", "أمس", "الحكومة", "مليون", "خلال"};
    double within = 0, across = 0;
    int nw = 0, na = 0;
    for (int i = 0; i < cities.length; i++) {
      for (int j = i + 1; j < cities.length; j++, nw++) within += shared(cities[i], cities[j]);
      for (String o : others) {
        across += shared(cities[i], o);
        na++;
      }
    }
    assertThat(within / nw).isGreaterThan(across / na + 3);
    // A verb of saying is nearer another such verb than a city.
    assertThat(shared("قال", "أكد")).isGreaterThan(shared("قال", "بغداد"));
  }

  @Test
  void exchange_passes_never_lower_the_likelihood_and_beat_a_random_assignment() {
    double one = clusters(1).objective(lines), three = clusters(3).objective(lines), ten = clusters.objective(lines);
    assertThat(three).isGreaterThanOrEqualTo(one);
    assertThat(ten).isGreaterThanOrEqualTo(three);
    // The same class sizes, words shuffled between them.
    Map<String, String> paths = clusters.paths();
    List<String> words = new ArrayList<>(new java.util.TreeSet<>(paths.keySet()));
    List<String> shuffled = new ArrayList<>(words);
    java.util.Collections.shuffle(shuffled, new Random(7));
    Map<String, String> random = new HashMap<>();
    for (int i = 0; i < words.size(); i++) random.put(words.get(i), paths.get(shuffled.get(i)));
    assertThat(ten).isGreaterThan(BrownClusters.of(random).objective(lines));
  }

  @Test
  void paths_pack_into_an_int_and_back() {
    for (String p : List.of("0", "1", "0110", "1111111111", "000000000000000000001")) {
      assertThat(BrownClusters.unpack(BrownClusters.pack(p))).isEqualTo(p);
    }
  }

  private static BrownClusters clusters(int iterations) {
    return BrownClusters.learn(lines, 64, 3, iterations, 1);
  }

  private static int shared(String a, String b) {
    String pa = clusters.path(BrownClusters.form(a)), pb = clusters.path(BrownClusters.form(b));
    assertThat(pa).as(a).isNotNull();
    assertThat(pb).as(b).isNotNull();
    int k = 0;
    while (k < pa.length() && k < pb.length() && pa.charAt(k) == pb.charAt(k)) k++;
    return k;
  }
}
