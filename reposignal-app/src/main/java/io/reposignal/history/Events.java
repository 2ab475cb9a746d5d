package io.reposignal.history;

import io.reposignal.signal.series.CaptureRates;
import io.reposignal.signal.series.ReconciledSeriesSource;
import io.reposignal.signal.series.SeriesSources;
import io.reposignal.signal.series.SourceLinks;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import io.reposignal.store.gharchive.GhArchiveSeries;
import io.reposignal.store.gharchive.RepoDescriptions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * GH Archive's part of a repository's history: WatchEvents per day over every repo id linked to the
 * repository, and the estimated gain (events / capture rate) for days without a snapshot gain.
 */
final class Events {
  final GhArchiveSeries gha;
  final SourceLinks links;
  private final CaptureRates rates;
  private final Store store;

  private Events(Store store, ReconciledSeriesSource source) {
    this.store = store;
    this.gha = new GhArchiveSeries(store.connection());
    this.links = source.links();
    this.rates = source.rates();
  }

  /** GH Archive's view of the store, or null when no GH Archive hour was ingested. */
  static Events of(Store store) {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM gha_file")) {
      rows.next();
      return rows.getLong(1) == 0 ? null : new Events(store, SeriesSources.reconciled(store));
    } catch (SQLException e) {
      throw new StoreException("cannot inspect GH Archive files: " + e.getMessage(), e);
    }
  }

  /** Every name the repo id carried, with the days. */
  List<RepoHistory.Alias> names(long repoId) {
    List<RepoHistory.Alias> names = new ArrayList<>();
    String sql =
        "SELECT repo_name, first_day, last_day FROM gha_repo_name WHERE repo_id = ?"
            + " ORDER BY first_day, repo_name";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setLong(1, repoId);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(
              new RepoHistory.Alias(
                  rows.getString(1),
                  rows.getObject(2, LocalDate.class),
                  rows.getObject(3, LocalDate.class)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read names of repo " + repoId + ": " + e.getMessage(), e);
    }
    return names;
  }

  /** The repo id's language and description ({@link RepoDescriptions}) up to {@code day}. */
  RepoDescriptions.Described described(long repoId, LocalDate day) {
    String sql =
        "WITH ids AS (SELECT ?::BIGINT AS repo_id), "
            + RepoDescriptions.described("ids")
            + " SELECT language, description FROM described";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setLong(1, repoId);
      query.setObject(2, day);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next()
            ? new RepoDescriptions.Described(rows.getString(1), rows.getString(2))
            : new RepoDescriptions.Described(null, null);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "cannot read the description of repo " + repoId + ": " + e.getMessage(), e);
    }
  }

  /**
   * The snapshot days with {@code stars_events} added, over the span of both sources; a day without
   * a snapshot gain but with GH Archive data gets the estimated gain.
   */
  List<RepoHistory.Day> merge(List<RepoHistory.Day> snapshot, List<Long> repoIds) {
    Map<LocalDate, RepoHistory.Day> byDay = new TreeMap<>();
    snapshot.forEach(day -> byDay.put(day.day(), day));
    LocalDate[] span = eventSpan(repoIds);
    if (span == null) {
      return snapshot;
    }
    LocalDate from =
        snapshot.isEmpty() || span[0].isBefore(snapshot.get(0).day())
            ? span[0]
            : snapshot.get(0).day();
    LocalDate last = snapshot.isEmpty() ? null : snapshot.get(snapshot.size() - 1).day();
    LocalDate to = last == null || span[1].isAfter(last) ? span[1] : last;
    Map<LocalDate, Long> events = new HashMap<>();
    for (long repoId : repoIds) {
      for (GhArchiveSeries.StarDay day : gha.stars(repoId, from, to)) {
        if (day.starsEvents() != null) {
          events.merge(day.day(), day.starsEvents(), Long::sum);
        }
      }
    }
    List<RepoHistory.Day> merged = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      RepoHistory.Day known = byDay.get(day);
      Long counted = events.get(day);
      if (known != null && (known.starsGained() != null || counted == null)) {
        merged.add(
            new RepoHistory.Day(
                day,
                known.starsTotal(),
                known.starsGained(),
                counted,
                known.source(),
                known.interpolated(),
                known.dataEvent()));
      } else {
        merged.add(
            new RepoHistory.Day(
                day,
                known == null ? null : known.starsTotal(),
                counted == null ? null : rates.on(day).estimate(counted),
                counted,
                counted == null ? null : RepoHistory.GHARCHIVE_ESTIMATE,
                false,
                known == null ? null : known.dataEvent()));
      }
    }
    return merged;
  }

  /** The first and last day with any event of the repo ids, or null when none. */
  private LocalDate[] eventSpan(List<Long> repoIds) {
    LocalDate first = null;
    LocalDate last = null;
    String sql = "SELECT min(day), max(day) FROM gha_repo_day_part WHERE repo_id = ?";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      for (long repoId : repoIds) {
        query.setLong(1, repoId);
        try (ResultSet rows = query.executeQuery()) {
          rows.next();
          LocalDate min = rows.getObject(1, LocalDate.class);
          LocalDate max = rows.getObject(2, LocalDate.class);
          if (min != null) {
            first = first == null || min.isBefore(first) ? min : first;
            last = last == null || max.isAfter(last) ? max : last;
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read GH Archive days: " + e.getMessage(), e);
    }
    return first == null ? null : new LocalDate[] {first, last};
  }
}
