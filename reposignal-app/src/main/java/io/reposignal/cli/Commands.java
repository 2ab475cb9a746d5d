package io.reposignal.cli;

import io.reposignal.signal.SignalEngine;
import io.reposignal.signal.SignalWindows;
import io.reposignal.signal.series.SeriesSources;
import io.reposignal.store.Store;
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
  static java.time.LocalDate windowDay(
      Store store, io.reposignal.signal.SignalWindows windows, java.time.LocalDate asOf) {
    io.reposignal.signal.SnapshotCalendar calendar =
        io.reposignal.signal.SnapshotCalendar.load(store);
    return calendar.isEmpty() ? windows.requireDay(asOf) : calendar.requireObserved(asOf);
  }
}
