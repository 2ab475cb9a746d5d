package io.reposignal.signal.score;

import io.reposignal.signal.series.DailySeries;

/**
 * How many of a repository's stars each day look fake. {@code StoredSuspiciousStars} reads them
 * from the detectors' tables; {@link #NONE} says nothing is suspicious (trusted figures equal the
 * raw ones), for sources with no star events to judge.
 */
@FunctionalInterface
public interface SuspiciousStars {
  SuspiciousStars NONE = series -> new int[series.length()];

  /** Suspicious stars per day, indexed like {@code series}; zero where nothing is suspicious. */
  int[] perDay(DailySeries series);

  /** The trusted series: {@code series} less its suspicious stars. */
  default DailySeries trusted(DailySeries series) {
    int[] suspicious = perDay(series);
    for (int count : suspicious) {
      if (count != 0) {
        return series.minus(suspicious);
      }
    }
    return series;
  }
}
