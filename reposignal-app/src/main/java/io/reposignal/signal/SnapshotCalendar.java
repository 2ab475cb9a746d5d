package io.reposignal.signal;

import io.reposignal.error.RepoSignalException;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/**
 * Which days the store has snapshots for, and which days between them are missing; or, for a store
 * of GH Archive alone ({@link #forWindows}), which days it has events for.
 */
public final class SnapshotCalendar {
  private final NavigableSet<LocalDate> observed;
  private final NavigableSet<LocalDate> missing;

  /** True when the days come from the snapshots, false when from GH Archive hours. */
  private final boolean snapshots;

  /** True when a snapshot calendar is empty but the store holds GH Archive hours. */
  private final boolean ghArchiveOnly;

  private SnapshotCalendar(
      NavigableSet<LocalDate> observed,
      NavigableSet<LocalDate> missing,
      boolean snapshots,
      boolean ghArchiveOnly) {
    this.observed = observed;
    this.missing = missing;
    this.snapshots = snapshots;
    this.ghArchiveOnly = ghArchiveOnly;
  }

  /**
   * The days a signal window can be computed for: the snapshot days, or in a store without
   * snapshots the days it has GH Archive events for (complete or partial, like {@code signals}).
   */
  public static SnapshotCalendar forWindows(Store store) {
    SnapshotCalendar days = load(store);
    if (!days.isEmpty()) {
      return days;
    }
    NavigableSet<LocalDate> events =
        new TreeSet<>(io.reposignal.signal.series.SeriesSources.forStore(store).observedDays());
    NavigableSet<LocalDate> gaps = new TreeSet<>();
    if (!events.isEmpty()) {
      for (LocalDate d = events.first(); d.isBefore(events.last()); d = d.plusDays(1)) {
        if (!events.contains(d)) {
          gaps.add(d);
        }
      }
    }
    return new SnapshotCalendar(events, gaps, false, false);
  }

  public static SnapshotCalendar load(Store store) {
    NavigableSet<LocalDate> observed = new TreeSet<>();
    NavigableSet<LocalDate> missing = new TreeSet<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT day, status FROM snap_calendar")) {
      while (rows.next()) {
        LocalDate day = rows.getObject(1, LocalDate.class);
        ("observed".equals(rows.getString(2)) ? observed : missing).add(day);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the snapshot calendar: " + e.getMessage(), e);
    }
    return new SnapshotCalendar(observed, missing, true, observed.isEmpty() && holdsHours(store));
  }

  private static boolean holdsHours(Store store) {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT EXISTS (SELECT 1 FROM gha_file)")) {
      return rows.next() && rows.getBoolean(1);
    } catch (SQLException e) {
      throw new StoreException("cannot read the GH Archive ledger: " + e.getMessage(), e);
    }
  }

  public boolean isEmpty() {
    return observed.isEmpty();
  }

  /**
   * True when the days are snapshot days, false when they are GH Archive days ({@link
   * #forWindows}).
   */
  public boolean fromSnapshots() {
    return snapshots;
  }

  /** How many days up to {@code day} (inclusive) are observed. */
  public int observedThrough(LocalDate day) {
    return observed.headSet(day, true).size();
  }

  public LocalDate first() {
    return observed.isEmpty() ? null : observed.first();
  }

  public LocalDate last() {
    return observed.isEmpty() ? null : observed.last();
  }

  public List<LocalDate> missingDays() {
    return List.copyOf(missing);
  }

  public boolean isObserved(LocalDate day) {
    return observed.contains(day);
  }

  /**
   * Checks that {@code asOf} is a day with a snapshot, or says which days are; {@code asOf} null
   * means the latest day.
   */
  public LocalDate requireObserved(LocalDate asOf) {
    if (observed.isEmpty()) {
      if (ghArchiveOnly) {
        throw RepoSignalException.notFound(
            "no snapshots in the database yet: it holds GH Archive hours only, and this needs the"
                + " daily star snapshots; run `reposignal fetch rankings --from D --to D` and"
                + " `reposignal ingest rankings DIR` first");
      }
      throw RepoSignalException.notFound(
          snapshots
              ? "no snapshots in the database yet; run `reposignal demo` or `reposignal ingest"
                  + " rankings DIR` first"
              : "no data in the database yet; run `reposignal ingest rankings DIR` or `reposignal"
                  + " ingest gharchive PATH` first");
    }
    if (!snapshots && !observed.contains(asOf == null ? observed.last() : asOf)) {
      throw RepoSignalException.notFound(
          "no data for %s; the database holds %s to %s", asOf, observed.first(), observed.last());
    }
    if (asOf == null) {
      return observed.last();
    }
    if (observed.contains(asOf)) {
      return asOf;
    }
    if (missing.contains(asOf)) {
      LocalDate before = observed.lower(asOf);
      LocalDate after = observed.higher(asOf);
      throw RepoSignalException.notFound(
          "no snapshot for %s (a missing day in the source); try --as-of %s or --as-of %s",
          asOf, before, after);
    }
    throw RepoSignalException.notFound(
        "no snapshot for %s; the database holds %s to %s", asOf, observed.first(), observed.last());
  }
}
