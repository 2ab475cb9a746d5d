package io.reposignal.signal.series;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * GH Archive's capture rate on one day: the share of the stars GitHub counted that arrived as
 * WatchEvents.
 *
 * @param day the UTC day
 * @param rate the rate used to scale that day's events (a fraction, 0 excluded)
 * @param basis {@code measured} (from that day's repositories in both sources), {@code carried}
 *     (the last measured day within {@link CaptureRates#CARRY_DAYS} days before), or {@code
 *     assumed} (nothing to reconcile against: 1, events taken as complete)
 * @param measuredOn the day the rate was measured on, or null when assumed
 * @param repos repositories in both sources that day with enough snapshot gain to count (0 unless
 *     measured)
 * @param eventStars their WatchEvents that day
 * @param snapshotStars their snapshot gains that day
 */
@JsonPropertyOrder({
  "day",
  "rate",
  "basis",
  "measured_on",
  "repos",
  "event_stars",
  "snapshot_stars"
})
public record CaptureRate(
    LocalDate day,
    double rate,
    String basis,
    @JsonProperty("measured_on") LocalDate measuredOn,
    int repos,
    @JsonProperty("event_stars") long eventStars,
    @JsonProperty("snapshot_stars") long snapshotStars) {
  public static final String MEASURED = "measured";
  public static final String CARRIED = "carried";
  public static final String ASSUMED = "assumed";

  public CaptureRate {
    requireNonNull(day, "day is null");
    requireNonNull(basis, "basis is null");
    if (!(rate > 0) || Double.isInfinite(rate)) {
      throw new IllegalArgumentException("rate must be a positive number, was " + rate);
    }
  }

  /** True unless the rate is the assumed 1. */
  public boolean reconciled() {
    return !ASSUMED.equals(basis);
  }

  /** Stars estimated from {@code events} WatchEvents: events / rate, rounded. */
  public int estimate(long events) {
    return (int) Math.round(events / rate);
  }
}
