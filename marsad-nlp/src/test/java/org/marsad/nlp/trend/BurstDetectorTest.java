package org.marsad.nlp.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BurstDetectorTest {
  private static final LocalDate DAY = LocalDate.of(2015, 8, 11);

  @Test
  void a_key_jumping_above_its_steady_baseline_bursts_and_a_steady_one_does_not() {
    DailyCounts counts = new DailyCounts();
    for (int i = 1; i <= 7; i++) {
      counts.add("per:jubeir", DAY.minusDays(i), 2);
      counts.add("loc:riyadh", DAY.minusDays(i), 40 + (i % 2) * 4); // 40/44 alternating
    }
    counts.add("per:jubeir", DAY, 20);
    counts.add("loc:riyadh", DAY, 43);

    BurstDetector d = new BurstDetector(7, 2.0, 3);
    assertThat(d.bursts(counts, DAY)).extracting(Burst::key).containsExactly("per:jubeir");
    Burst jubeir = d.score(counts, "per:jubeir", DAY);
    assertThat(jubeir.baseline()).isEqualTo(2.0);
    // std is 0 over a flat baseline, so the Poisson floor sqrt(2) applies: (20 - 2) / sqrt(2)
    assertThat(jubeir.zScore()).isCloseTo(18 / Math.sqrt(2), within(1e-9));
  }

  @Test
  void a_new_key_needs_the_minimum_count() {
    DailyCounts counts = new DailyCounts();
    counts.add("per:new", DAY, 2);
    assertThat(new BurstDetector(7, 1.0, 3).bursts(counts, DAY)).isEmpty();
    counts.add("per:new", DAY, 1);
    assertThat(new BurstDetector(7, 1.0, 3).bursts(counts, DAY)).extracting(Burst::count).containsExactly(3);
  }

  @Test
  void days_the_collection_does_not_cover_are_left_out_of_the_baseline() {
    DailyCounts counts = new DailyCounts();
    for (int i = 1; i <= 4; i++) counts.add("loc:kurdistan", DAY.minusDays(i), 3);
    counts.add("loc:kurdistan", DAY, 6);
    java.util.function.Predicate<LocalDate> lastFourDays = d -> !d.isBefore(DAY.minusDays(4));

    BurstDetector d = new BurstDetector(7, 2.0, 3, 4);
    Burst covered = d.score(counts, "loc:kurdistan", DAY, lastFourDays);
    assertThat(covered.baseline()).isEqualTo(3.0);
    assertThat(covered.baselineDays()).isEqualTo(4);
    assertThat(d.bursts(counts, DAY, lastFourDays)).as("(6 - 3) / sqrt(3) is under 2").isEmpty();
    assertThat(d.bursts(counts, DAY)).as("the 3 uncovered days counted 0: baseline 12/7, a burst").hasSize(1);
    assertThat(d.bursts(counts, DAY.minusDays(1), lastFourDays)).as("3 covered days, fewer than 4: not scored").isEmpty();
    assertThat(d.scorable(DAY.minusDays(1), lastFourDays)).isFalse();
    assertThatThrownBy(() -> new BurstDetector(7, 2.0, 3, 8)).hasMessageContaining("minBaselineDays");
  }

  @Test
  void a_window_below_one_day_is_refused() {
    assertThatThrownBy(() -> new BurstDetector(0, 2, 3)).hasMessage("window must be at least 1 day, got 0");
  }
}
