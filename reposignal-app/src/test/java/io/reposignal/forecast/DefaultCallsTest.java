package io.reposignal.forecast;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import io.reposignal.testing.RealSnapshots;
import io.reposignal.testing.SnapshotDays;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DefaultCallsTest {
  private static final LocalDate LAST = LocalDate.of(2026, 6, 30);

  @TempDir Path dir;

  @Test
  void record_realSnapshots_recordsTheLastDaysCallsOnceAsTheArticleWouldMakeThem() {
    try (Store store = Store.open(RealSnapshots.copyInto(dir))) {
      Instant first = Instant.parse("2026-07-01T06:00:00Z");

      Optional<Forecaster.Recorded> made = DefaultCalls.ofLatestDay(store, first);
      Optional<Forecaster.Recorded> again =
          DefaultCalls.ofLatestDay(store, first.plusSeconds(3_600));

      assertThat(made).isPresent();
      assertThat(made.get().madeNow()).isTrue();
      assertThat(made.get().calls()).isNotEmpty().allMatch(c -> c.asOf().equals(LAST));
      assertThat(again.get().madeNow()).as("read from the ledger").isFalse();
      assertThat(again.get().calls()).isEqualTo(made.get().calls());
      assertThat(again.get().madeAt()).isEqualTo(first);
      assertThat(
              new ForecastLedger(store)
                  .forecast(
                      LAST,
                      Forecaster.DEFAULT_HORIZON,
                      Forecaster.DEFAULT_TOP,
                      WalkForward.MODEL_VERSION))
          .hasSize(made.get().calls().size());
    }
  }

  @Test
  void record_tooFewDaysToTrainOn_recordsNothing() {
    LocalDate from = LocalDate.of(2025, 12, 1);
    try (Store store = Store.open(SnapshotDays.copy(from, from.plusDays(9), dir))) {
      assertThat(DefaultCalls.ofLatestDay(store, Instant.EPOCH)).isEmpty();
      assertThat(
              new ForecastLedger(store)
                  .forecast(
                      from.plusDays(9),
                      Forecaster.DEFAULT_HORIZON,
                      Forecaster.DEFAULT_TOP,
                      WalkForward.MODEL_VERSION))
          .isEmpty();
    }
  }
}
