package io.reposignal.web;

import java.util.Locale;

/** How figures read on the pages: thousands separated, gains signed, shares as percentages. */
public final class Fmt {
  private Fmt() {}

  /** 12,345, or "n/a" when unknown. */
  public static String count(Integer value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%,d", value);
  }

  /** +1,234 or -12, or "n/a"; a trailing * when the window was cut short. */
  public static String gain(Integer value, boolean partial) {
    if (value == null) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%+,d", value) + (partial ? "*" : "");
  }

  /** 12.3 %, or "n/a". */
  public static String percent(Double fraction) {
    return fraction == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", fraction * 100);
  }

  /** +1,234 or -12. */
  public static String gain(long value) {
    return String.format(Locale.ROOT, "%+,d", value);
  }

  /** A signal score with one decimal, e.g. 87.5, or "n/a". */
  public static String score(Double score) {
    return score == null ? "n/a" : String.format(Locale.ROOT, "%.1f", score);
  }

  /** Slots then and the change since, e.g. "7 (+2)", or "n/a" when then is unknown. */
  public static String shift(int now, Integer then) {
    return then == null ? "n/a" : String.format(Locale.ROOT, "%d (%+d)", then, now - then);
  }
}
