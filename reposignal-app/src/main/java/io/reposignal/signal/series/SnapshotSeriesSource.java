package io.reposignal.signal.series;

import static java.util.Objects.requireNonNull;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Daily series from the derived snapshot tables ({@code snap_day}, {@code data_event}). The caller
 * must have brought them up to date ({@code SnapshotDeriver.rebuildIfStale}).
 *
 * <p>Mapping: a day with a snapshot row is observed with its total; {@code stars_gained} is the
 * gain (interpolated where the deriver spread it over a missing day); on a {@code purge} day every
 * gain is masked, because the platform's removal of accounts is not the repository's behaviour.
 * Snapshot figures are never estimated.
 */
public final class SnapshotSeriesSource implements DailySeriesSource {
  private final Store store;

  public SnapshotSeriesSource(Store store) {
    this.store = requireNonNull(store, "store is null");
  }

  @Override
  public SeriesSet load(LocalDate from, LocalDate to) {
    long fromDay = from.toEpochDay();
    int length = (int) (to.toEpochDay() - fromDay) + 1;
    boolean[] purged = new boolean[Math.max(length, 0)];
    for (long day : purgeDays()) {
      if (day >= fromDay && day - fromDay < length) {
        purged[(int) (day - fromDay)] = true;
      }
    }
    List<DailySeries> series = new ArrayList<>();
    // Integers only: fetching strings through JDBC for every row is what makes reads slow.
    String sql =
        "SELECT repo_key, day - DATE '1970-01-01', stars, stars_gained, interpolated"
            + " FROM snap_day WHERE day BETWEEN ? AND ? ORDER BY repo_key, day";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, from);
      query.setObject(2, to);
      try (ResultSet rows = query.executeQuery()) {
        DailySeries.Builder builder = null;
        int key = Integer.MIN_VALUE;
        while (rows.next()) {
          int rowKey = rows.getInt(1);
          if (builder == null || rowKey != key) {
            if (builder != null) {
              series.add(fill(builder, length));
            }
            key = rowKey;
            builder = DailySeries.builder(key, from);
          }
          int index = (int) (rows.getLong(2) - fromDay);
          while (builder.size() < index) {
            builder.unknown();
          }
          int stars = rows.getInt(3);
          Integer total = rows.wasNull() ? null : stars;
          int gained = rows.getInt(4);
          Integer gain = rows.wasNull() ? null : gained;
          boolean interpolated = rows.getBoolean(5);
          builder.add(gain, total, total != null, interpolated, purged[index], false);
        }
        if (builder != null) {
          series.add(fill(builder, length));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read snapshot series: " + e.getMessage(), e);
    }
    return new SeriesSet(from, to, series);
  }

  /**
   * One read of {@code from..to}, sliced in memory: a snapshot day's figures come from that day's
   * row alone (and whether it is a purge day), so a slice is what loading its range would give.
   */
  @Override
  public Windows windows(LocalDate from, LocalDate to) {
    SeriesSet all = load(from, to);
    return all::window;
  }

  private static DailySeries fill(DailySeries.Builder builder, int length) {
    while (builder.size() < length) {
      builder.unknown();
    }
    return builder.build();
  }

  /** The purge days of the snapshots, as epoch days: their gains are masked. */
  Set<Long> purgeDays() {
    Set<Long> days = new HashSet<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT day - DATE '1970-01-01' FROM data_event"
                    + " WHERE source = 'rankings' AND kind = 'purge'")) {
      while (rows.next()) {
        days.add(rows.getLong(1));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read data events: " + e.getMessage(), e);
    }
    return days;
  }

  /**
   * Name, language and description of every repository observed on {@code day}. The snapshot's
   * language of the day wins; where it has none, the language GitHub's REST API reported (see
   * {@code reposignal enrich}) fills in, so enrichment feeds the language map.
   */
  @Override
  public Map<Integer, RepoFacts> factsOn(LocalDate day) {
    Map<Integer, RepoFacts> facts = new HashMap<>();
    String sql =
        "SELECT d.repo_key, r.full_name, coalesce(d.language, g.language), d.description"
            + " FROM snap_day d JOIN snap_repo r USING (repo_key)"
            + " LEFT JOIN gh_repo g ON g.full_name_lower = lower(r.full_name) AND g.status = 'ok'"
            + " WHERE d.day = ? AND d.stars IS NOT NULL";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, day);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          int key = rows.getInt(1);
          facts.put(
              key, new RepoFacts(key, rows.getString(2), rows.getString(3), rows.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read repositories of " + day + ": " + e.getMessage(), e);
    }
    return facts;
  }

  /**
   * The facts of several days in one read. A repository's language and description rarely change
   * from one day to the next, and strings are what makes JDBC reads slow, so a row carries them
   * only when they differ from the repository's previous day in the batch.
   */
  @Override
  public Map<LocalDate, Map<Integer, RepoFacts>> factsOn(Collection<LocalDate> days) {
    List<LocalDate> sorted = new ArrayList<>(new TreeSet<>(days));
    Map<LocalDate, Map<Integer, RepoFacts>> facts = new HashMap<>();
    for (LocalDate day : sorted) {
      facts.put(day, new HashMap<>());
    }
    if (sorted.isEmpty()) {
      return facts;
    }
    String sql =
        "SELECT day, repo_key, same, CASE WHEN same THEN NULL ELSE name END,"
            + " CASE WHEN same THEN NULL ELSE language END,"
            + " CASE WHEN same THEN NULL ELSE description END"
            + " FROM (SELECT *, coalesce(lag(day) OVER w IS NOT NULL"
            + " AND language IS NOT DISTINCT FROM lag(language) OVER w"
            + " AND description IS NOT DISTINCT FROM lag(description) OVER w, false) AS same"
            + " FROM (SELECT d.day, d.repo_key, r.full_name AS name,"
            + " coalesce(d.language, g.language) AS language, d.description"
            + " FROM snap_day d JOIN snap_repo r USING (repo_key)"
            + " LEFT JOIN gh_repo g ON g.full_name_lower = lower(r.full_name) AND g.status = 'ok'"
            + " WHERE d.stars IS NOT NULL AND d.day IN ("
            + String.join(", ", Collections.nCopies(sorted.size(), "?"))
            + "))"
            + " WINDOW w AS (PARTITION BY repo_key ORDER BY day))"
            + " ORDER BY repo_key, day";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      for (int i = 0; i < sorted.size(); i++) {
        query.setObject(i + 1, sorted.get(i));
      }
      try (ResultSet rows = query.executeQuery()) {
        RepoFacts previous = null;
        while (rows.next()) {
          int key = rows.getInt(2);
          RepoFacts fact =
              rows.getBoolean(3)
                  ? previous
                  : new RepoFacts(key, rows.getString(4), rows.getString(5), rows.getString(6));
          facts.get(rows.getObject(1, LocalDate.class)).put(key, fact);
          previous = fact;
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read repositories of " + sorted + ": " + e.getMessage(), e);
    }
    return facts;
  }

  @Override
  public NavigableSet<LocalDate> observedDays() {
    NavigableSet<LocalDate> days = new TreeSet<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT day FROM snap_calendar WHERE status = 'observed'")) {
      while (rows.next()) {
        days.add(rows.getObject(1, LocalDate.class));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the snapshot calendar: " + e.getMessage(), e);
    }
    return days;
  }
}
