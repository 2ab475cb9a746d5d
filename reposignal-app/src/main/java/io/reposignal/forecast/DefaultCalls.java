package io.reposignal.forecast;

import io.reposignal.signal.series.SnapshotSeriesSource;
import io.reposignal.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * The default calls of a day (horizon {@link Forecaster#DEFAULT_HORIZON}, top {@link
 * Forecaster#DEFAULT_TOP}) as the ledger holds them, made and recorded when it holds none: what the
 * article prints and what {@code ingest rankings} records for the latest day as soon as that day's
 * data is in, so the day's article, feed and dashboard read the calls instead of training the model
 * while someone waits.
 */
public final class DefaultCalls {
  private DefaultCalls() {}

  /**
   * The default calls of {@code day}, made with {@code walkForward} and recorded in {@code ledger}
   * (data up to {@code dataLastDay}, made at {@code now}) unless it holds them already.
   *
   * @return the calls, or empty when {@code day} is too early to train on
   */
  public static Optional<Forecaster.Recorded> of(
      WalkForward walkForward,
      ForecastLedger ledger,
      LocalDate day,
      LocalDate dataLastDay,
      Instant now) {
    LocalDate first = walkForward.firstForecastDay(Forecaster.DEFAULT_HORIZON);
    if (first == null || day.isBefore(first)) {
      return Optional.empty();
    }
    return Optional.of(
        new Forecaster(walkForward)
            .recorded(
                ledger, day, Forecaster.DEFAULT_HORIZON, Forecaster.DEFAULT_TOP, dataLastDay, now));
  }

  /**
   * The default calls of the last observed day, recorded unless the ledger holds them already.
   *
   * @return the calls, or empty when the store has no day with enough history to train on
   */
  public static Optional<Forecaster.Recorded> ofLatestDay(Store store, Instant now) {
    NavigableSet<LocalDate> observed = new SnapshotSeriesSource(store).observedDays();
    if (observed.isEmpty()) {
      return Optional.empty();
    }
    LocalDate last = observed.last();
    return of(new WalkForward(store, observed), new ForecastLedger(store), last, last, now);
  }
}
