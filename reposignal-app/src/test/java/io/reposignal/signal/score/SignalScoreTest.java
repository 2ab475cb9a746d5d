package io.reposignal.signal.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reposignal.signal.momentum.FeatureCalculator;
import io.reposignal.signal.momentum.Features;
import io.reposignal.signal.momentum.Population;
import io.reposignal.signal.series.DailySeries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class SignalScoreTest {
  private static final int DAYS = 30;

  private static DailySeries steady(int total, int gain) {
    DailySeries.Builder builder = DailySeries.builder(1, LocalDate.of(2026, 1, 1));
    int level = total;
    for (int i = 0; i < DAYS; i++) {
      level += gain;
      builder.observed(gain, level);
    }
    return builder.build();
  }

  private static List<Features> background() {
    List<Features> features = new ArrayList<>();
    for (int r = 0; r < 200; r++) {
      features.add(FeatureCalculator.of(steady(5000 + 100 * r, r % 40), DAYS - 1));
    }
    return features;
  }

  private static double score(DailySeries series, List<Features> others) {
    Features target = FeatureCalculator.of(series, DAYS - 1);
    List<Features> all = new ArrayList<>(others);
    all.add(target);
    return SignalScore.of(target, new Population(all)).score();
  }

  @Test
  void of_fasterAtTheSameSize_scoresHigher() {
    List<Features> others = background();

    assertThat(score(steady(10_000, 60), others)).isGreaterThan(score(steady(10_000, 30), others));
  }

  @Test
  void of_sameGainOnASmallerRepository_scoresHigher() {
    List<Features> others = background();

    assertThat(score(steady(2_000, 30), others)).isGreaterThan(score(steady(50_000, 30), others));
  }

  @Test
  void of_oneViralRepositoryAdded_othersScoresBarelyMove() {
    List<Features> others = background();
    double before = score(steady(10_000, 35), others);
    List<Features> withViral = new ArrayList<>(others);
    withViral.add(FeatureCalculator.of(steady(100_000, 50_000), DAYS - 1));

    double after = score(steady(10_000, 35), withViral);

    assertThat(after).isCloseTo(before, within(1.0));
    assertThat(score(steady(100_000, 50_000), others)).isGreaterThan(before);
  }

  @Test
  void of_unknownVelocity_noScore() {
    DailySeries unknown = DailySeries.builder(1, LocalDate.of(2026, 1, 1)).unknown().build();
    Features target = FeatureCalculator.of(unknown, 0);

    assertThat(SignalScore.of(target, new Population(List.of(target)))).isNull();
  }

  @Test
  void of_newcomer_partsBeforeItsDataReportedAsNull() {
    DailySeries.Builder builder = DailySeries.builder(1, LocalDate.of(2026, 1, 1));
    for (int i = 0; i < DAYS - 2; i++) {
      builder.unknown();
    }
    builder.observed(null, 1000).observed(300, 1300);
    Features target = FeatureCalculator.of(builder.build(), DAYS - 1);
    List<Features> all = new ArrayList<>(background());
    all.add(target);

    SignalScore.Parts parts = SignalScore.of(target, new Population(all));

    assertThat(parts.velocity()).isNotNull();
    assertThat(parts.acceleration()).isNull();
    assertThat(parts.relativeGrowth()).as("over the one day known").isNotNull();
    assertThat(parts.persistence()).isNull();
  }
}
