package io.reposignal.signal.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

final class DailySeriesTest {
  private static final LocalDate FIRST = LocalDate.parse("2026-03-02");

  @Test
  void sampleRate_countedDays_areOne() {
    DailySeries series = DailySeries.builder(1, FIRST).observed(5, 100).unknown().build();

    assertThat(series.sampleRate(0)).isEqualTo(1.0);
    assertThat(series.sampleRate(1)).isEqualTo(1.0);
    assertThat(series.sampleRate(7)).as("outside the series").isEqualTo(1.0);
  }

  @Test
  void sampledAt_setsOnlyTheDayJustAdded_evenAcrossTheBuildersGrowth() {
    DailySeries.Builder builder = DailySeries.builder(1, FIRST);
    builder.add(40, null, true, false, false, true).sampledAt(0.25);
    for (int i = 1; i < 100; i++) {
      builder.add(i, null, true, false, false, true);
    }
    builder.sampledAt(0.5);
    builder.observed(3, 10);

    DailySeries series = builder.build();

    assertThat(series.sampleRate(0)).isEqualTo(0.25);
    assertThat(series.sampleRate(1)).isEqualTo(1.0);
    assertThat(series.sampleRate(98)).isEqualTo(1.0);
    assertThat(series.sampleRate(99)).isEqualTo(0.5);
    assertThat(series.sampleRate(100)).isEqualTo(1.0);
  }

  @Test
  void sliceAndMinus_keepTheRatesOfTheirDays() {
    DailySeries series =
        DailySeries.builder(1, FIRST)
            .add(10, null, true, false, false, true)
            .add(20, null, true, false, false, true)
            .sampledAt(0.2)
            .build();

    assertThat(series.slice(1, 1).sampleRate(0)).isEqualTo(0.2f);
    assertThat(series.minus(new int[] {0, 2}).sampleRate(1)).isEqualTo(0.2f);
  }

  @Test
  void minus_onAnEstimatedDay_scalesTheSuspiciousEventsLikeTheGain() {
    // 25 events at a capture rate of 0.25 estimate 100 stars; 10 of the events were suspicious,
    // so 40 of the estimated stars are
    DailySeries series =
        DailySeries.builder(1, FIRST)
            .add(100, null, true, false, false, true)
            .sampledAt(0.25)
            .observed(100, 1_000)
            .build();

    DailySeries trusted = series.minus(new int[] {10, 10});

    assertThat(trusted.gained(0)).isEqualTo(60);
    assertThat(trusted.gained(1)).as("a counted day loses the stars seen").isEqualTo(90);
  }

  @Test
  void sampledAt_nothingAddedOrNoPositiveRate_isRefused() {
    assertThatThrownBy(() -> DailySeries.builder(1, FIRST).sampledAt(0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no day added");
    assertThatThrownBy(() -> DailySeries.builder(1, FIRST).observed(1, 1).sampledAt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be positive");
  }
}
