package io.reposignal.signal.series;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;

/**
 * The daily series source over everything a store holds: the snapshots alone when no GH Archive
 * hour was ingested (exactly the snapshot figures), GH Archive alone when there are no snapshots
 * (capture rate assumed 1: nothing to reconcile against, and the figures say estimated), and both
 * reconciled otherwise (capture rates measured where the sources overlap).
 */
public final class SeriesSources {
  private SeriesSources() {}

  public static DailySeriesSource forStore(Store store) {
    boolean events = has(store, "SELECT count(*) FROM gha_file");
    if (!events) {
      return new SnapshotSeriesSource(store);
    }
    if (!has(store, "SELECT count(*) FROM snap_day")) {
      return new GhArchiveSeriesSource(store, SourceLinks.none(), CaptureRates.assumed());
    }
    return reconciled(store);
  }

  /** Both sources, reconciled, with capture rates measured over the whole store. */
  public static ReconciledSeriesSource reconciled(Store store) {
    SnapshotSeriesSource snapshots = new SnapshotSeriesSource(store);
    LocalDate end = LocalDate.of(9999, 12, 31);
    SourceLinks links = SourceLinks.read(store, end);
    GhArchiveDays days = GhArchiveDays.read(store, end);
    CaptureRates rates = CaptureRates.measure(store, days, links, snapshots.purgeDays(), end);
    return new ReconciledSeriesSource(snapshots, new GhArchiveSeriesSource(store, links, rates));
  }

  private static boolean has(Store store, String countSql) {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery(countSql)) {
      rows.next();
      return rows.getLong(1) > 0;
    } catch (SQLException e) {
      throw new StoreException("cannot inspect the store: " + e.getMessage(), e);
    }
  }
}
