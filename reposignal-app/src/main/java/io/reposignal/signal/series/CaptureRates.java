package io.reposignal.signal.series;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * GH Archive's capture rate day by day, measured where a repository is in both sources.
 *
 * <p>Rule (a ratio of sums): on a complete GH Archive day that is not a purge day, take every
 * snapshot identity with a real (not interpolated) snapshot gain of at least {@value
 * #MIN_SNAPSHOT_GAIN} stars; its events are the WatchEvents of the GH Archive repositories linked
 * to it ({@link SourceLinks}), 0 when none arrived (GH Archive read the whole day, so no event is a
 * zero, and leaving those out would bias the rate upwards). rate = sum of events / sum of gains,
 * measured when at least {@value #MIN_REPOS} identities and {@value #MIN_STARS} snapshot stars
 * count. *Why a ratio of sums:* small gains give ratios of 0, 1/10, 2/10 (Poisson noise); pooling
 * weighs each repository by its gain, and the gain floor keeps repositories that barely move (where
 * a renamed or mismatched name weighs most) out. A day without a measurement carries the last
 * measured rate up to {@value #CARRY_DAYS} days forward (the rate drifts slowly); with none the
 * rate is assumed to be 1 (GH Archive taken as complete, as it was before its 2025 sampling) and
 * says so. Rates read nothing after the day they are for.
 */
public final class CaptureRates {
  static final int MIN_SNAPSHOT_GAIN = 10;
  static final int MIN_REPOS = 5;
  static final int MIN_STARS = 100;
  static final int CARRY_DAYS = 30;

  private final NavigableMap<LocalDate, CaptureRate> measured;

  private CaptureRates(NavigableMap<LocalDate, CaptureRate> measured) {
    this.measured = measured;
  }

  /** Nothing to reconcile against: every day's rate is assumed to be 1. */
  public static CaptureRates assumed() {
    return new CaptureRates(new TreeMap<>());
  }

  /** The rates measured on every day up to {@code to}. */
  public static CaptureRates measure(
      Store store, GhArchiveDays days, SourceLinks links, Set<Long> purgeDays, LocalDate to) {
    Map<Long, GhArchiveDays.Standing> standings = days.byEpochDay();
    NavigableMap<LocalDate, long[]> sums = new TreeMap<>();
    String sql =
        "SELECT repo_key, day - DATE '1970-01-01', stars_gained FROM snap_day"
            + " WHERE day <= ? AND stars IS NOT NULL AND NOT interpolated AND stars_gained >= ?"
            + " AND day IN (SELECT day FROM gha_day_coverage WHERE hours_ok = 24)";
    Map<Long, Map<Integer, Long>> events = eventsByDayAndKey(store, links, to);
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, to);
      query.setInt(2, MIN_SNAPSHOT_GAIN);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          int key = rows.getInt(1);
          long day = rows.getLong(2);
          if (standings.get(day) != GhArchiveDays.Standing.COMPLETE || purgeDays.contains(day)) {
            continue;
          }
          long[] sum = sums.computeIfAbsent(LocalDate.ofEpochDay(day), d -> new long[3]);
          sum[0]++;
          sum[1] += events.getOrDefault(day, Map.of()).getOrDefault(key, 0L);
          sum[2] += rows.getInt(3);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot measure GH Archive's capture rate: " + e.getMessage(), e);
    }
    NavigableMap<LocalDate, CaptureRate> rates = new TreeMap<>();
    sums.forEach(
        (day, sum) -> {
          if (sum[0] >= MIN_REPOS && sum[2] >= MIN_STARS && sum[1] > 0) {
            rates.put(
                day,
                new CaptureRate(
                    day,
                    (double) sum[1] / sum[2],
                    CaptureRate.MEASURED,
                    day,
                    (int) sum[0],
                    sum[1],
                    sum[2]));
          }
        });
    return new CaptureRates(rates);
  }

  private static Map<Long, Map<Integer, Long>> eventsByDayAndKey(
      Store store, SourceLinks links, LocalDate to) {
    Map<Long, Map<Integer, Long>> events = new java.util.HashMap<>();
    String sql =
        "SELECT repo_id, day - DATE '1970-01-01', sum(stars)::BIGINT FROM gha_repo_day_part"
            + " WHERE day <= ? AND stars > 0 GROUP BY repo_id, day";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          long repoId = rows.getLong(1);
          if (links.linked(repoId)) {
            events
                .computeIfAbsent(rows.getLong(2), d -> new java.util.HashMap<>())
                .merge(links.keyOf(repoId), rows.getLong(3), Long::sum);
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read GH Archive stars: " + e.getMessage(), e);
    }
    return events;
  }

  /** The rate for {@code day}: measured, carried from an earlier day, or assumed. */
  public CaptureRate on(LocalDate day) {
    CaptureRate own = measured.get(day);
    if (own != null) {
      return own;
    }
    Map.Entry<LocalDate, CaptureRate> before = measured.lowerEntry(day);
    if (before != null && !before.getKey().isBefore(day.minusDays(CARRY_DAYS))) {
      CaptureRate from = before.getValue();
      return new CaptureRate(day, from.rate(), CaptureRate.CARRIED, from.day(), 0, 0, 0);
    }
    return new CaptureRate(day, 1.0, CaptureRate.ASSUMED, null, 0, 0, 0);
  }

  /** The rate of every day from {@code from} to {@code to}. */
  public List<CaptureRate> between(LocalDate from, LocalDate to) {
    List<CaptureRate> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      days.add(on(day));
    }
    return days;
  }
}
