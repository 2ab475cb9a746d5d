package io.reposignal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the figures come from, what the data misses, and how to reproduce each figure.
 *
 * @param snapshots true when the figures come from the daily snapshots, false when from GH Archive
 *     alone
 * @param sourceNote the source of the figures, its span in the store and the day's coverage
 * @param gharchiveNote how many GH Archive hours up to the article's day were read whole, partly or
 *     not at all; null when the store has none
 * @param events the snapshots' missing days and purges up to the article's day, oldest first
 * @param suspiciousNote the stars flagged as suspicious over the week and how many the window lost,
 *     or why none could be checked
 * @param reproductions one command per figure
 */
public record DataNotes(
    boolean snapshots,
    String sourceNote,
    String gharchiveNote,
    List<DataEvent> events,
    String suspiciousNote,
    List<Reproduction> reproductions) {
  public DataNotes {
    events = List.copyOf(events);
    reproductions = List.copyOf(reproductions);
  }

  /**
   * A platform-wide data event from the {@code data_event} table.
   *
   * @param day the day
   * @param kind {@code missing-day} or {@code purge}
   * @param reposAffected how many repositories it touched, or null
   * @param share their share of the repositories observed, or null
   * @param stars stars it removed, or null
   * @param detail what happened (written by the ingest)
   */
  public record DataEvent(
      LocalDate day, String kind, Integer reposAffected, Double share, Long stars, String detail) {}

  /**
   * How to reproduce a figure.
   *
   * @param figure which figure
   * @param command the command line that prints it
   */
  public record Reproduction(String figure, String command) {}
}
