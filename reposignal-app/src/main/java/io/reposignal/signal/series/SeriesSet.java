package io.reposignal.signal.series;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The daily series of many repositories over the same days: every series starts on {@code from} and
 * covers {@code from..to}, so one index means one day across all of them.
 *
 * @param from the first day covered
 * @param to the last day covered (nothing after it was read)
 * @param series one series per repository, in key order
 */
public record SeriesSet(LocalDate from, LocalDate to, List<DailySeries> series) {
  public SeriesSet {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("to " + to + " is before from " + from);
    }
    series = List.copyOf(series);
    int days = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    for (DailySeries one : series) {
      if (!one.firstDay().equals(from) || one.length() != days) {
        throw new IllegalArgumentException(
            "expected every series to cover " + from + ".." + to + ", actual " + one);
      }
    }
  }

  /**
   * The days {@code from..to} (inside this set) of every series, leaving out the series that know
   * nothing about any of those days.
   */
  public SeriesSet window(LocalDate from, LocalDate to) {
    if (from.isBefore(this.from) || to.isAfter(this.to) || to.isBefore(from)) {
      throw new IllegalArgumentException(
          "cannot read " + from + ".." + to + " from series of " + this.from + ".." + this.to);
    }
    int start = indexOf(from);
    int length = (int) (to.toEpochDay() - from.toEpochDay()) + 1;
    List<DailySeries> sliced = new ArrayList<>(series.size());
    for (DailySeries one : series) {
      DailySeries slice = one.slice(start, length);
      if (!slice.blank()) {
        sliced.add(slice);
      }
    }
    return new SeriesSet(from, to, sliced);
  }

  /** The index of {@code day} in every series. */
  public int indexOf(LocalDate day) {
    return (int) (day.toEpochDay() - from.toEpochDay());
  }
}
