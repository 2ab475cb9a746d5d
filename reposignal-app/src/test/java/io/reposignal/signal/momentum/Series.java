package io.reposignal.signal.momentum;

import io.reposignal.signal.series.DailySeries;
import java.time.LocalDate;

/** Hand-made daily series for tests: observed days whose totals add up from a starting total. */
final class Series {
  static final LocalDate START = LocalDate.of(2026, 1, 1);

  private Series() {}

  /** Observed days with these gains; the total starts at {@code start} before the first day. */
  static DailySeries of(int start, int... gains) {
    DailySeries.Builder builder = DailySeries.builder(1, START);
    int total = start;
    for (int gain : gains) {
      total += gain;
      builder.observed(gain, total);
    }
    return builder.build();
  }

  /**
   * Observed days whose gains were scaled from GH Archive events at {@code captureRate} (estimated,
   * no totals), like a repository seen only in the event hours.
   */
  static DailySeries sampled(double captureRate, int... gains) {
    DailySeries.Builder builder = DailySeries.builder(1, START);
    for (int gain : gains) {
      builder.add(gain, null, true, false, false, true).sampledAt(captureRate);
    }
    return builder.build();
  }

  /** {@code days} days of the same gain. */
  static int[] repeat(int gain, int days) {
    int[] gains = new int[days];
    java.util.Arrays.fill(gains, gain);
    return gains;
  }

  static int[] concat(int[]... parts) {
    return java.util.Arrays.stream(parts).flatMapToInt(java.util.Arrays::stream).toArray();
  }

  /** Alternates {@code gain - wobble} and {@code gain + wobble}, like real daily noise. */
  static int[] wobble(int gain, int wobble, int days) {
    int[] gains = new int[days];
    for (int i = 0; i < days; i++) {
      gains[i] = gain + (i % 2 == 0 ? -wobble : wobble);
    }
    return gains;
  }
}
