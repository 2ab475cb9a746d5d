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

  static String score(Double score) {
    return score == null ? "n/a" : String.format(Locale.ROOT, "%.1f", score);
  }

  /** A language shift such as "2 -> 5"; n/a for an earlier window that is unknown. */
  static String slots(Integer before, int now) {
    return before == null ? "n/a" : before + " -> " + now;
  }
}
