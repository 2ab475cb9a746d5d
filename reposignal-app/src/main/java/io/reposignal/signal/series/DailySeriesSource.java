package io.reposignal.signal.series;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
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

  /**
   * The series of {@code from..to} for a caller that then loads several ranges inside it (the
   * signals of many days): each {@link Windows#load} gives what {@link #load} gives for its range,
   * except that series knowing nothing about any day of that range may be left out. By default each
   * range is loaded on its own; a source whose ranges are slices of one longer read reads once.
   */
  default Windows windows(LocalDate from, LocalDate to) {
    return (windowFrom, windowTo) -> {
      if (windowFrom.isBefore(from) || windowTo.isAfter(to)) {
        throw new IllegalArgumentException(
            "cannot read " + windowFrom + ".." + windowTo + " from windows of " + from + ".." + to);
      }
      return load(windowFrom, windowTo);
    };
  }

  /** Ranges of series inside the range a {@link #windows} call named. */
  @FunctionalInterface
  interface Windows {
    SeriesSet load(LocalDate from, LocalDate to);
  }

  /** Names, languages and descriptions of the repositories observed on {@code day}, by key. */
  Map<Integer, RepoFacts> factsOn(LocalDate day);

  /**
   * {@link #factsOn(LocalDate)} of each of {@code days}, by day. By default one read per day; a
   * source may read them together.
   */
  default Map<LocalDate, Map<Integer, RepoFacts>> factsOn(Collection<LocalDate> days) {
    Map<LocalDate, Map<Integer, RepoFacts>> facts = new HashMap<>();
    for (LocalDate day : days) {
      facts.computeIfAbsent(day, this::factsOn);
    }
    return facts;
  }

  /** The days the source has data for, so callers can check an as-of day and find neighbours. */
  java.util.NavigableSet<LocalDate> observedDays();
}
