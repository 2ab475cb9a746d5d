package io.reposignal.signal;

import static java.util.Objects.requireNonNull;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Star gains of every repository observed on a day, from the daily snapshots: 1, 7 and 30 days, and
 * growth relative to size.
 */
public final class SnapshotSignals {
  /** Days read before the 30-day window, so a level at its start can be bridged across a gap. */
  static final int LOOKBACK_DAYS = 30 + 7;

  private final Store store;

  public SnapshotSignals(Store store) {
    this.store = requireNonNull(store, "store is null");
  }

  /** Signals of every repository observed on {@code asOf}, in no particular order. */
  public List<RepoSignal> observedOn(LocalDate asOf) {
    List<RepoSignal> signals = new ArrayList<>();
    LocalDate from = asOf.minusDays(LOOKBACK_DAYS);
    String sql =
        "SELECT d.repo_key, r.full_name, d.day, d.stars, d.stars_gained, d.language,"
            + " d.description FROM snap_day d JOIN snap_repo r USING (repo_key)"
            + " WHERE d.day BETWEEN ? AND ? AND r.last_day >= ?"
            + " ORDER BY d.repo_key, d.day";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, from);
      query.setObject(2, asOf);
      query.setObject(3, asOf);
      try (ResultSet rows = query.executeQuery()) {
        SeriesBuilder series = null;
        while (rows.next()) {
          int key = rows.getInt(1);
          if (series == null || series.key != key) {
            addIfObserved(series, asOf, signals);
            series = new SeriesBuilder(key, rows.getString(2), from);
          }
          series.add(
              rows.getObject(3, LocalDate.class),
              (Integer) rows.getObject(4),
              (Integer) rows.getObject(5),
              rows.getString(6),
              rows.getString(7));
        }
        addIfObserved(series, asOf, signals);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read snapshot series: " + e.getMessage(), e);
    }
    return signals;
  }

  private static void addIfObserved(SeriesBuilder series, LocalDate asOf, List<RepoSignal> out) {
    if (series == null || series.lastDay == null || !series.lastDay.equals(asOf)) {
      return;
    }
    if (series.observedOnLastDay == null) {
      return;
    }
    StarLevels levels = new StarLevels(series.from, series.levels);
    StarLevels.Gain day = levels.gain(asOf, 1);
    StarLevels.Gain week = levels.gain(asOf, 7);
    StarLevels.Gain month = levels.gain(asOf, 30);
    List<String> partial = new ArrayList<>();
    if (day.partial()) {
      partial.add("stars_1d");
    }
    if (week.partial()) {
      partial.add("stars_7d");
    }
    if (month.partial()) {
      partial.add("stars_30d");
    }
    out.add(
        new RepoSignal(
            series.name,
            series.language,
            series.description,
            series.observedOnLastDay,
            day.stars(),
            week.stars(),
            month.stars(),
            week.relative(),
            partial));
  }

  /** Accumulates one repository's rows into day-by-day levels. */
  private static final class SeriesBuilder {
    final int key;
    final String name;
    final LocalDate from;
    final List<Integer> levels = new ArrayList<>();
    LocalDate lastDay;
    Integer observedOnLastDay;
    String language;
    String description;

    SeriesBuilder(int key, String name, LocalDate from) {
      this.key = key;
      this.name = name;
      this.from = from;
    }

    void add(LocalDate day, Integer stars, Integer gained, String language, String description) {
      // Days before the repository's first row, or skipped, have unknown levels.
      while (from.plusDays(levels.size()).isBefore(day)) {
        levels.add(null);
      }
      Integer previous = levels.isEmpty() ? null : levels.get(levels.size() - 1);
      Integer level;
      if (stars != null) {
        level = stars;
      } else if (previous != null && gained != null) {
        level = previous + gained; // a missing day bridged by a spread gain
      } else {
        level = null;
      }
      levels.add(level);
      lastDay = day;
      observedOnLastDay = stars;
      if (stars != null) {
        this.language = language;
        this.description = description;
      }
    }
  }
}
