package io.reposignal.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Where the figures come from, what the data misses, and how to reproduce each figure.
 *
 * @param first the first snapshot day in the store
 * @param last the last snapshot day in the store
 * @param observedDays days with a snapshot up to the article's day
 * @param reposObserved repositories observed on the article's day
 * @param events missing days and purges up to the article's day, oldest first
 * @param suspiciousNote what was removed as suspicious stars, or why nothing was
 * @param reproductions one command per figure
 */
public record DataNotes(
    LocalDate first,
    LocalDate last,
    int observedDays,
    int reposObserved,
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
