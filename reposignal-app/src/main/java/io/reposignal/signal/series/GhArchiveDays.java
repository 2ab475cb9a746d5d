package io.reposignal.signal.series;

import static java.util.Objects.requireNonNull;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import io.reposignal.store.gharchive.GhArchiveSeries;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * How far each UTC day of GH Archive can be read, and the rule that turns hour coverage into a
 * day's standing. A day is <em>complete</em> when all 24 of its hours were read in full ({@code
 * ok}): its WatchEvent count is a measurement, zero included. A day with some hours read but not
 * all 24 in full (partial, empty, corrupt or missing hours) is <em>partial</em>: its count is shown
 * but masked, because a missing hour would read as a quiet one. A day with no hour read has no
 * data: unknown, never zero.
 */
public final class GhArchiveDays {
  /** A day's standing in GH Archive. */
  public enum Standing {
    COMPLETE,
    PARTIAL,
    NO_DATA
  }

  private final NavigableMap<LocalDate, GhArchiveSeries.DayCoverage> coverage;

  private GhArchiveDays(NavigableMap<LocalDate, GhArchiveSeries.DayCoverage> coverage) {
    this.coverage = coverage;
  }

  /** The coverage of every day the store has GH Archive hours for, up to {@code to}. */
  public static GhArchiveDays read(Store store, LocalDate to) {
    requireNonNull(to, "to is null");
    NavigableMap<LocalDate, GhArchiveSeries.DayCoverage> days = new TreeMap<>();
    String sql =
        "SELECT day, hours_ok, hours_partial, hours_empty, hours_corrupt, hours_missing"
            + " FROM gha_day_coverage WHERE day <= ?";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          LocalDate day = rows.getObject(1, LocalDate.class);
          days.put(
              day,
              new GhArchiveSeries.DayCoverage(
                  day,
                  rows.getInt(2),
                  rows.getInt(3),
                  rows.getInt(4),
                  rows.getInt(5),
                  rows.getInt(6)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read GH Archive coverage: " + e.getMessage(), e);
    }
    return new GhArchiveDays(days);
  }

  /** The standing of {@code day} by the rule above. */
  public Standing standing(LocalDate day) {
    return standing(coverage.get(day));
  }

  public static Standing standing(GhArchiveSeries.DayCoverage day) {
    if (day == null || !day.covered()) {
      return Standing.NO_DATA;
    }
    return day.hoursOk() == 24 ? Standing.COMPLETE : Standing.PARTIAL;
  }

  /** The coverage of {@code day}, or null when the store has no GH Archive hour near it. */
  public GhArchiveSeries.DayCoverage coverage(LocalDate day) {
    return coverage.get(day);
  }

  /** Every day with a coverage row, in order. */
  public NavigableMap<LocalDate, GhArchiveSeries.DayCoverage> all() {
    return java.util.Collections.unmodifiableNavigableMap(coverage);
  }

  /** Complete days by epoch day, for joins in memory. */
  Map<Long, Standing> byEpochDay() {
    Map<Long, Standing> standings = new HashMap<>();
    coverage.forEach((day, c) -> standings.put(day.toEpochDay(), standing(c)));
    return standings;
  }
}
