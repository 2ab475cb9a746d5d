package io.reposignal.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.signal.momentum.Classification;
import io.reposignal.signal.momentum.Momentum;
import io.reposignal.signal.series.DailySeries;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SignalEngineTest {
  private static DailySeries week(int... gains) {
    DailySeries.Builder builder = DailySeries.builder(1, LocalDate.parse("2026-02-01"));
    int total = 0;
    for (int gain : gains) {
      total += gain;
      builder.observed(gain, total);
    }
    return builder.build();
  }

  @Test
  void marked_mostlySuspiciousBreakout_losesTheClassAndSaysWhy() {
    DailySeries raw = week(10, 10, 10, 10, 10, 10, 1000);
    DailySeries trusted = raw.minus(new int[] {0, 0, 0, 0, 0, 0, 990});
    Classification marked =
        SignalEngine.marked(
            new Classification(Momentum.BREAKOUT, List.of("z_today 40 >= 3")), raw, trusted, 6);
    assertThat(marked.momentum()).isNull();
    assertThat(marked.reasons())
        .contains("z_today 40 >= 3")
        .anySatisfy(r -> assertThat(r).startsWith("mostly suspicious stars: 990 of 1060"));
  }

  @Test
  void marked_fewSuspiciousStars_unchanged() {
    DailySeries raw = week(100, 100, 100, 100, 100, 100, 100);
    DailySeries trusted = raw.minus(new int[] {0, 0, 0, 0, 0, 0, 50});
    Classification steady = new Classification(Momentum.STEADY, List.of("steady"));
    assertThat(SignalEngine.marked(steady, raw, trusted, 6)).isEqualTo(steady);
  }
}
