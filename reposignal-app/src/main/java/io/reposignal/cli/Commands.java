package io.reposignal.cli;

import io.reposignal.ingest.rankings.SnapshotDeriver;
import io.reposignal.signal.SignalEngine;
import io.reposignal.signal.SignalWindows;
import io.reposignal.signal.series.SeriesSources;
import io.reposignal.store.Store;
import io.reposignal.suspicious.SuspiciousDeriver;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** What every command needs from the root command: the database it works on. */
final class Commands {
  private Commands() {}

  static Path database(CommandSpec spec) {
    return ((Main) spec.root().userObject()).database();
  }

  /** Opens the store for reading and writing (creating it when absent). */
  static Store openStore(CommandSpec spec) {
    return Store.open(database(spec));
  }

  /**
   * Opens the store with its derived tables up to date: the first step of every command that reads
   * signals. Ingesting only adds raw rows; the first reader after it derives what changed (see
   * {@link #refreshDerived}), so a run of ingests pays for one derivation, not one each.
   */
  static Store openCurrent(CommandSpec spec) {
    Store store = openStore(spec);
    try {
      refreshDerived(store, spec.commandLine().getErr());
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /**
   * Rebuilds the derived layers whose raw rows changed since they were built: the snapshot series
   * (from the ranking files) and the suspicious stars (from the GH Archive files). Each layer keeps
   * the fingerprint of the raw rows it was built from, so an unchanged store costs two small
   * queries. The detectors take a while on a large store, so their run is announced on {@code err}.
   */
  static void refreshDerived(Store store, PrintWriter err) {
    SnapshotDeriver.rebuildIfStale(store);
    SuspiciousDeriver.rebuildIfStale(
        store,
        () -> {
          err.println(
              "reposignal: GH Archive files were added; running the suspicious-star detectors");
          err.flush();
        });
  }

  /**
   * The signal windows over the store's series, with trusted figures less the stored suspicious
   * stars.
   */
  static SignalWindows windows(Store store) {
    return new SignalWindows(SeriesSources.forStore(store), engine(store));
  }

  static SignalEngine engine(Store store) {
    return SignalEngine.forStore(store);
  }

  /** Refuses a count option below 1 with a usage error naming the option. */
  static void requireAtLeastOne(String option, int value) {
    if (value < 1) {
      throw io.reposignal.error.RepoSignalException.usage(
          "%s must be at least 1, was %d", option, value);
    }
  }

  /** Fails with a usage error unless the signal window holds at least one repository. */
  static void requireWindowSize(int window) {
    if (window < 1) {
      throw io.reposignal.error.RepoSignalException.usage(
          "--window must be at least 1, was %d", window);
    }
  }

  /**
   * The day a window command reads: {@code asOf} (null: the latest) checked against the snapshot
   * calendar, or, in a store without snapshots (GH Archive alone), against the days with GH Archive
   * data.
   */
  static java.time.LocalDate windowDay(Store store, java.time.LocalDate asOf) {
    return io.reposignal.signal.SnapshotCalendar.forWindows(store).requireObserved(asOf);
  }
}
