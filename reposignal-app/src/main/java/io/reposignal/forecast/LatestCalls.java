package io.reposignal.forecast;

import io.reposignal.signal.series.SnapshotSeriesSource;
import io.reposignal.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * The calls of the latest snapshot day, made and recorded in the ledger as soon as that day's data
 * is in: a scout calls breakouts when the day's numbers arrive, and the day's article, feed and
 * dashboard then read the calls instead of training the model while someone waits.
 */
public final class LatestCalls {
  private LatestCalls() {}

  /**
   * Records the default calls (horizon {@link Forecaster#DEFAULT_HORIZON}, top {@link
   * Forecaster#DEFAULT_TOP}) of the last observed day unless the ledger holds them already.
   *
   * @return the calls, or empty when the store has no day with enough history to train on
   */
  public static Optional<Forecaster.Recorded> record(Store store, Instant now) {
    NavigableSet<LocalDate> observed = new SnapshotSeriesSource(store).observedDays();
    if (observed.isEmpty()) {
      return Optional.empty();
    }
    WalkForward walkForward = new WalkForward(store, observed);
    LocalDate last = observed.last();
    LocalDate first = walkForward.firstForecastDay(Forecaster.DEFAULT_HORIZON);
    if (first == null || last.isBefore(first)) {
      return Optional.empty();
    }
    return Optional.of(
        new Forecaster(walkForward)
            .recorded(
                new ForecastLedger(store),
                last,
                Forecaster.DEFAULT_HORIZON,
                Forecaster.DEFAULT_TOP,
                last,
                now));
  }
}
