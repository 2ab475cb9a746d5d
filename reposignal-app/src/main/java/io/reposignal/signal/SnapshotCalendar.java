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

/** Which days the store has snapshots for, and which days between them are missing. */
public final class SnapshotCalendar {
  private final NavigableSet<LocalDate> observed;
  private final NavigableSet<LocalDate> missing;

  private SnapshotCalendar(NavigableSet<LocalDate> observed, NavigableSet<LocalDate> missing) {
    this.observed = observed;
    this.missing = missing;
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
    return new SnapshotCalendar(observed, missing);
  }

  public boolean isEmpty() {
    return observed.isEmpty();
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
      throw RepoSignalException.notFound(
          "no snapshots in the database yet; run `reposignal demo` or `reposignal ingest rankings"
              + " DIR` first");
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
