package io.reposignal.signal.series;

import static java.util.Objects.requireNonNull;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import io.reposignal.store.gharchive.RepoDescriptions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Daily series from GH Archive WatchEvents: per repository and UTC day the events counted, divided
 * by the day's capture rate ({@link CaptureRates}), rounded, and flagged {@code estimated}. No
 * snapshot total exists, so totals are unknown.
 *
 * <p>Mapping, by the day's standing ({@link GhArchiveDays}): a complete day gives a known gain (0
 * when no event arrived); a partial day gives the scaled count of the hours read, masked (shown,
 * never read by statistics); a day without data is unknown. A repository is in the series set when
 * it had at least one WatchEvent between {@code from} and {@code to}; it is <em>observed</em> on a
 * day with data when it had a WatchEvent on that day or one of the {@value #ACTIVE_DAYS} days
 * before: the span the signal engine reads, so a day's population is the same whatever range was
 * loaded around it. Keys come from {@link SourceLinks}.
 */
public final class GhArchiveSeriesSource implements DailySeriesSource {
  /** Days before a day in which a WatchEvent keeps a repository in that day's population. */
  public static final int ACTIVE_DAYS = 37;

  private final Store store;
  private final SourceLinks links;
  private final CaptureRates rates;

  public GhArchiveSeriesSource(Store store, SourceLinks links, CaptureRates rates) {
    this.store = requireNonNull(store, "store is null");
    this.links = requireNonNull(links, "links is null");
    this.rates = requireNonNull(rates, "rates is null");
  }

  /** The capture rates this source scales by. */
  public CaptureRates rates() {
    return rates;
  }

  public SourceLinks links() {
    return links;
  }

  @Override
  public SeriesSet load(LocalDate from, LocalDate to) {
    GhArchiveDays days = GhArchiveDays.read(store, to);
    int length = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    Map<Integer, long[]> counts = starCounts(from, to, length);
    GhArchiveDays.Standing[] standings = new GhArchiveDays.Standing[length];
    CaptureRate[] dayRates = new CaptureRate[length];
    for (int i = 0; i < length; i++) {
      standings[i] = days.standing(from.plusDays(i));
      dayRates[i] = rates.on(from.plusDays(i));
    }
    List<DailySeries> series = new ArrayList<>(counts.size());
    for (Map.Entry<Integer, long[]> entry : new TreeMap<>(counts).entrySet()) {
      long[] count = entry.getValue();
      DailySeries.Builder builder = DailySeries.builder(entry.getKey(), from);
      int lastStarred = Integer.MIN_VALUE / 2;
      for (int i = 0; i < length; i++) {
        if (count[i] > 0) {
          lastStarred = i;
        }
        if (standings[i] == GhArchiveDays.Standing.NO_DATA) {
          builder.unknown();
          continue;
        }
        boolean observed = i - lastStarred <= ACTIVE_DAYS;
        boolean masked = standings[i] == GhArchiveDays.Standing.PARTIAL;
        builder
            .add(dayRates[i].estimate(count[i]), null, observed, false, masked, true)
            .sampledAt(dayRates[i].rate());
      }
      series.add(builder.build());
    }
    return new SeriesSet(from, to, series);
  }

  /** WatchEvents per series key and day index; several repo ids of one key add up. */
  private Map<Integer, long[]> starCounts(LocalDate from, LocalDate to, int length) {
    Map<Integer, long[]> counts = new HashMap<>();
    String sql =
        "SELECT repo_id, day - ?::DATE, sum(stars)::BIGINT FROM gha_repo_day_part"
            + " WHERE day BETWEEN ? AND ? AND stars > 0 GROUP BY repo_id, day";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, from);
      query.setObject(2, from);
      query.setObject(3, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          int key = links.keyOf(rows.getLong(1));
          counts.computeIfAbsent(key, k -> new long[length])[rows.getInt(2)] += rows.getLong(3);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read GH Archive stars: " + e.getMessage(), e);
    }
    return counts;
  }

  /**
   * The repositories observed on {@code day} under the name their events carried last (up to that
   * day), with the language and description {@link RepoDescriptions} gives up to that day.
   */
  @Override
  public Map<Integer, RepoFacts> factsOn(LocalDate day) {
    Map<Integer, RepoFacts> facts = new HashMap<>();
    if (GhArchiveDays.read(store, day).standing(day) == GhArchiveDays.Standing.NO_DATA) {
      return facts;
    }
    String sql =
        "WITH names AS (SELECT repo_id, arg_max(repo_name, (day, file_id, repo_name)) AS repo_name"
            + " FROM gha_repo_day_part WHERE day BETWEEN ? AND ? GROUP BY repo_id"
            + " HAVING sum(stars) > 0), "
            + RepoDescriptions.described("names")
            + " SELECT n.repo_id, n.repo_name, d.language, d.description"
            + " FROM names n LEFT JOIN described d USING (repo_id)";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, day.minusDays(ACTIVE_DAYS));
      query.setObject(2, day);
      query.setObject(3, day);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          int key = links.keyOf(rows.getLong(1));
          facts.putIfAbsent(
              key, new RepoFacts(key, rows.getString(2), rows.getString(3), rows.getString(4)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read GH Archive names: " + e.getMessage(), e);
    }
    return facts;
  }

  /** The days with GH Archive data (complete or partial). */
  @Override
  public NavigableSet<LocalDate> observedDays() {
    NavigableSet<LocalDate> observed = new TreeSet<>();
    GhArchiveDays.read(store, LocalDate.of(9999, 12, 31))
        .all()
        .forEach(
            (day, coverage) -> {
              if (coverage.covered()) {
                observed.add(day);
              }
            });
    return observed;
  }
}
