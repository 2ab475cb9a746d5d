package io.reposignal.signal;

import io.reposignal.signal.momentum.Features;
import io.reposignal.signal.series.DailySeries;
import io.reposignal.signal.series.RepoFacts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Turns one repository's evaluated day into the {@link RepoSignal} the commands print. */
final class SignalFigures {
  private SignalFigures() {}

  static RepoSignal of(RepoFacts facts, SignalEngine.Evaluated evaluated, int t) {
    DailySeries raw = evaluated.raw();
    boolean hasTotals = hasTotal(raw, t);
    StarLevels levels = levels(raw, t);
    LocalDate asOf = raw.day(t);
    StarLevels.Gain day = hasTotals ? levels.gain(asOf, 1) : sumOfGains(raw, t, 1);
    StarLevels.Gain week = hasTotals ? levels.gain(asOf, 7) : sumOfGains(raw, t, 7);
    StarLevels.Gain month = hasTotals ? levels.gain(asOf, 30) : sumOfGains(raw, t, 30);
    List<String> partial = new ArrayList<>();
    if (day.partial()) {
      partial.add("stars_1d");
    }
    if (week.partial()) {
      partial.add("stars_7d");
    }
    if (month.partial()) {
      partial.add("stars_30d");
    }
    Features f = evaluated.features();
    if (!Double.isNaN(f.velocity7()) && f.velocity7Days() < 7) {
      partial.add("velocity_7d");
    }
    return new RepoSignal(
        facts.repo(),
        facts.language(),
        facts.description(),
        hasTotals ? levels.level(asOf) : null,
        day.stars(),
        week.stars(),
        month.stars(),
        hasTotals ? week.relative() : null,
        trusted(day.stars(), raw, evaluated.trusted(), t, t),
        trusted(week.stars(), raw, evaluated.trusted(), t - 6, t),
        trusted(month.stars(), raw, evaluated.trusted(), t - 29, t),
        rounded(f.velocity7()),
        rounded(f.acceleration()),
        rounded(f.relativeGrowth7()),
        rounded(f.baselineMedian()),
        rounded(f.baselineSpread()),
        rounded(f.zToday()),
        evaluated.classification().momentum(),
        evaluated.score() == null ? null : evaluated.score().score(),
        evaluated.score(),
        evaluated.classification().reasons(),
        f.estimated(),
        partial);
  }

  /**
   * The star totals day by day up to {@code t}: the total where observed, else the day before plus
   * the day's gain (a gap bridged by a spread gain), else unknown.
   */
  static StarLevels levels(DailySeries series, int t) {
    Integer[] levels = new Integer[t + 1];
    Integer previous = null;
    for (int i = 0; i <= t; i++) {
      Integer total = series.total(i);
      Integer gain = series.gained(i);
      Integer level =
          total != null ? total : previous != null && gain != null ? previous + gain : null;
      levels[i] = level;
      previous = level;
    }
    return new StarLevels(series.firstDay(), levels);
  }

  private static boolean hasTotal(DailySeries series, int t) {
    for (int i = 0; i <= t; i++) {
      if (series.total(i) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * For a series without any total (GH Archive alone): the sum of the known daily gains over the
   * {@code days} days ending at {@code t}, partial when a day in the window is unknown, null when
   * day {@code t} itself is.
   */
  static StarLevels.Gain sumOfGains(DailySeries series, int t, int days) {
    if (series.gained(t) == null) {
      return new StarLevels.Gain(null, false, null);
    }
    int sum = 0;
    boolean partial = false;
    for (int i = t - days + 1; i <= t; i++) {
      Integer gain = series.gained(i);
      if (gain == null) {
        partial = true;
      } else {
        sum += gain;
      }
    }
    return new StarLevels.Gain(sum, partial, null);
  }

  /** A raw gain over days {@code from..to} less the suspicious stars among them. */
  private static Integer trusted(
      Integer raw, DailySeries rawSeries, DailySeries trusted, int from, int to) {
    if (raw == null) {
      return null;
    }
    int removed = 0;
    for (int i = from; i <= to; i++) {
      Integer before = rawSeries.gained(i);
      Integer after = trusted.gained(i);
      if (before != null && after != null) {
        removed += before - after;
      }
    }
    return raw - removed;
  }

  private static Double rounded(double value) {
    return Double.isNaN(value) || Double.isInfinite(value)
        ? null
        : Math.round(value * 1000) / 1000.0;
  }
}
