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
}
