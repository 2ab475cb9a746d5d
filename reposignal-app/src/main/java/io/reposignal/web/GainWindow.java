package io.reposignal.web;

import io.reposignal.signal.RepoSignal;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The gain window: stars gained over the last 24 hours, 7 days or 30 days. With {@code
 * rank_by=gain} the signal window is ranked by the trusted gain (suspicious stars left out), which
 * the chart shows either way.
 */
public enum GainWindow {
  DAY("24h", RepoSignal::trustedStars24h),
  WEEK("7d", RepoSignal::trustedStars7d),
  MONTH("30d", RepoSignal::trustedStars30d);

  private final String wire;
  private final Function<RepoSignal, Integer> trusted;

  GainWindow(String wire, Function<RepoSignal, Integer> trusted) {
    this.wire = wire;
    this.trusted = trusted;
  }

  /** The name used in URLs and JSON: {@code 24h}, {@code 7d}, {@code 30d}. */
  public String wire() {
    return wire;
  }

  /** The gain over this window less the stars judged suspicious, or null when unknown. */
  public Integer trusted(RepoSignal signal) {
    return trusted.apply(signal);
  }

  /** The window named {@code wire}, or null when no window has that name. */
  public static GainWindow fromWire(String wire) {
    for (GainWindow window : values()) {
      if (window.wire.equals(wire)) {
        return window;
      }
    }
    return null;
  }

  /** The accepted names, for error messages: "24h, 7d, 30d". */
  public static String names() {
    return Arrays.stream(values()).map(GainWindow::wire).collect(Collectors.joining(", "));
  }
}
