package io.reposignal.signal;

import java.time.LocalDate;
import java.util.List;

/**
 * A repository's star totals on consecutive calendar days, as far as they are known, and the
 * windowed gains read from them.
 *
 * <p>Contract: a level is null where the total is unknown (the repository was not observed and the
 * day is not inside a gap that both neighbours bridge). A gain over a window is the level on the
 * last day minus the level on the day before the window starts; when that starting level is
 * unknown, the gain counts from the first known level inside the window and is marked partial; when
 * no level before the last day is known, the gain is null. Negative gains are kept.
 */
public final class StarLevels {
  private final LocalDate firstDay;
  private final long firstEpochDay;
  private final Integer[] levels;

  /**
   * @param firstDay the day of {@code levels[0]}
   * @param levels the known star totals, one per consecutive day, null where unknown
   */
  public StarLevels(LocalDate firstDay, List<Integer> levels) {
    this(firstDay, levels.toArray(new Integer[0]));
  }

  StarLevels(LocalDate firstDay, Integer[] levels) {
    this.firstDay = firstDay;
    this.firstEpochDay = firstDay.toEpochDay();
    this.levels = levels;
  }

  /** The level on {@code day}, or null when unknown or outside the range. */
  public Integer level(LocalDate day) {
    return level(day.toEpochDay());
  }

  private Integer level(long epochDay) {
    long index = epochDay - firstEpochDay;
    return index < 0 || index >= levels.length ? null : levels[(int) index];
  }

  /**
   * The stars gained over the {@code days} days ending on {@code asOf} (day asOf counts; a 7-day
   * window is asOf-6..asOf).
   */
  public Gain gain(LocalDate asOf, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be >= 1, was " + days);
    }
    long last = asOf.toEpochDay();
    Integer end = level(last);
    if (end == null) {
      return Gain.UNKNOWN;
    }
    Integer start = level(last - days);
    if (start != null) {
      return new Gain(end - start, false, start);
    }
    for (int k = days - 1; k >= 1; k--) {
      Integer first = level(last - k);
      if (first != null) {
        return new Gain(end - first, true, first);
      }
    }
    return Gain.UNKNOWN;
  }

  /**
   * Stars gained over a window.
   *
   * @param stars the gain, or null when unknown
   * @param partial true when the window was cut short: the gain counts from the first known level
   *     inside it
   * @param base the level the gain counts from, or null when unknown
   */
  public record Gain(Integer stars, boolean partial, Integer base) {
    static final Gain UNKNOWN = new Gain(null, false, null);

    /** The gain relative to the size it started from (0.1 = grew by a tenth), or null. */
    public Double relative() {
      return stars == null || base == null || base == 0 ? null : (double) stars / base;
    }
  }
}
