package io.reposignal.cli;

import java.util.Locale;

/** Number formats for tables: unknown values show as "n/a", gains carry their sign. */
final class Formats {
  private Formats() {}

  static String count(Integer value) {
    return value == null ? "n/a" : String.format(Locale.ROOT, "%,d", value);
  }

  static String gain(Integer value, boolean partial) {
    if (value == null) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%+,d", value) + (partial ? "*" : "");
  }

  static String percent(Double fraction) {
    return fraction == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }
}
