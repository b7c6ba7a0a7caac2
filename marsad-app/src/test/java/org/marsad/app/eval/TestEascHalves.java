package org.marsad.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.testkit.SharedData;

/** EASC's documented split: odd topic numbers develop, even ones are held out. */
class TestEascHalves {
  private static EascCorpus.Item item(String topic) {
    return new EascCorpus.Item(topic, "نص", List.of("ملخص"));
  }

  @Test
  void odd_topics_are_the_development_half_and_even_ones_are_held_out() {
    assertThat(EascCorpus.Half.DEV.contains(item("Topic1"))).isTrue();
    assertThat(EascCorpus.Half.DEV.contains(item("Topic100"))).isFalse();
    assertThat(EascCorpus.Half.HELD_OUT.contains(item("Topic100"))).isTrue();
    assertThat(EascCorpus.Half.ALL.contains(item("Topic7"))).isTrue();
  }

  @Test
  void the_halves_of_easc_have_77_and_76_articles_and_do_not_overlap() throws Exception {
    List<EascCorpus.Item> all = EascCorpus.read(SharedData.require(EascCorpus.PATH));
    List<EascCorpus.Item> dev = EascCorpus.Half.DEV.of(all), held = EascCorpus.Half.HELD_OUT.of(all);
    assertThat(all).hasSize(153);
    assertThat(dev).hasSize(77);
    assertThat(held).hasSize(76);
    assertThat(dev).doesNotContainAnyElementsOf(held);
  }
}
