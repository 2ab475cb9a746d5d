package io.reposignal.signal.series;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One UTC day of GH Archive: how its hours were read, its standing, and the capture rate its
 * WatchEvents are scaled by.
 *
 * @param day the day
 * @param hoursOk hours read in full
 * @param hoursPartial hours read up to a fault
 * @param hoursEmpty empty hour files
 * @param hoursCorrupt unreadable hour files
 * @param hoursMissing hours without a file
 * @param standing {@code complete} (all 24 hours ok: counts are measurements), {@code partial}
 *     (counts shown but masked) or {@code no-data}
 * @param captureRate the rate and how it was found
 */
@JsonPropertyOrder({
  "day",
  "standing",
  "hours_ok",
  "hours_partial",
  "hours_empty",
  "hours_corrupt",
  "hours_missing",
  "capture_rate"
})
public record CoverageDay(
    LocalDate day,
    @JsonProperty("hours_ok") int hoursOk,
    @JsonProperty("hours_partial") int hoursPartial,
    @JsonProperty("hours_empty") int hoursEmpty,
    @JsonProperty("hours_corrupt") int hoursCorrupt,
    @JsonProperty("hours_missing") int hoursMissing,
    String standing,
    @JsonProperty("capture_rate") CaptureRate captureRate) {
  public CoverageDay {
    requireNonNull(day, "day is null");
    requireNonNull(standing, "standing is null");
    requireNonNull(captureRate, "captureRate is null");
  }

  /** Every day GH Archive has a coverage row for, with its capture rate. */
  public static List<CoverageDay> of(GhArchiveDays days, CaptureRates rates) {
    List<CoverageDay> result = new ArrayList<>();
    days.all()
        .forEach(
            (day, c) ->
                result.add(
                    new CoverageDay(
                        day,
                        c.hoursOk(),
                        c.hoursPartial(),
                        c.hoursEmpty(),
                        c.hoursCorrupt(),
                        c.hoursMissing(),
                        GhArchiveDays.standing(c).name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        rates.on(day))));
    return result;
  }
}
