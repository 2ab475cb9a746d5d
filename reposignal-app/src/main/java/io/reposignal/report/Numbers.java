package io.reposignal.report;

import java.util.Locale;

/**
 * The article's number formats, fixed to {@link Locale#ROOT} so the same data gives the same bytes
 * on every machine: counts with thousands separators, gains with their sign, shares in percent with
 * one decimal, unknown values as "n/a".
 */
public final class Numbers {
  private Numbers() {}

  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A count that may be unknown, such as a star total in a store of GH Archive alone. */
  public static String count(Integer value) {
    return value == null ? "n/a" : count(value.longValue());
  }

  public static String gain(Integer value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%+,d", value);
  }

  public static String gain(long value) {
    return String.format(Locale.ROOT, "%+,d", value);
  }

  public static String percent(Double fraction) {
    return fraction == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** A ratio with one decimal, e.g. "2.1". */
  public static String ratio(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
