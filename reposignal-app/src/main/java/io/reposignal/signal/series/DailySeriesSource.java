package io.reposignal.signal.series;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where daily star series come from. The signal engine reads only this interface, so a second
 * source plugs in without touching it: today the daily snapshots ({@link SnapshotSeriesSource});
 * later GH Archive WatchEvent counts, whose gains are a sample and so arrive flagged estimated
 * after scaling by the capture rate, or a reconciled source that fills snapshot gaps from events.
 */
public interface DailySeriesSource {
  /**
   * The series of every repository with any data between {@code from} and {@code to}. Nothing after
   * {@code to} may be read: signals at a day must not see the future.
   */
  SeriesSet load(LocalDate from, LocalDate to);

  /** Names, languages and descriptions of the repositories observed on {@code day}, by key. */
  Map<Integer, RepoFacts> factsOn(LocalDate day);

  /** The days the source has data for, so callers can check an as-of day and find neighbours. */
  java.util.NavigableSet<LocalDate> observedDays();
}
