package io.reposignal.cli;

import io.reposignal.store.Store;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** The day and the size of a signal window, the same in every command that prints one. */
final class WindowOptions {
  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description = "The last day counted. Default: the latest day in the database.")
  LocalDate asOf;

  @Option(
      names = "--window",
      paramLabel = "N",
      defaultValue = "50",
      description = "How many repositories the window holds. Default: ${DEFAULT-VALUE}.")
  int size;

  /** Fails with a usage error before anything is opened when the size makes no window. */
  void requireValid() {
    Commands.requireWindowSize(size);
  }

  /**
   * The day to read: {@code --as-of} checked against the days with data (the snapshots, or the GH
   * Archive hours of a store without snapshots), or the latest.
   */
  LocalDate day(Store store) {
    return Commands.windowDay(store, asOf);
  }
}
