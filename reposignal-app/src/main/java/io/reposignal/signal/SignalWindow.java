package io.reposignal.signal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The signal window: the repositories that matter most on a day. Until the signal engine's score
 * lands, they are ranked by stars gained over 7 days (then over 1 day, then by name, so the order
 * is total and deterministic); repositories whose 7-day gain is unknown are left out.
 */
public final class SignalWindow {
  public static final int DEFAULT_SIZE = 50;

  static final Comparator<RepoSignal> BY_7_DAY_GAIN =
      Comparator.comparing(RepoSignal::stars7d, Comparator.reverseOrder())
          .thenComparing(
              (RepoSignal s) -> s.stars1d() == null ? Integer.MIN_VALUE : s.stars1d(),
              Comparator.reverseOrder())
          .thenComparing(s -> s.repo().toLowerCase(Locale.ROOT));

  private SignalWindow() {}

  /**
   * The top {@code size} repositories, optionally only those of one {@code language}
   * (case-insensitive; null for all).
   */
  public static List<RepoSignal> top(List<RepoSignal> signals, int size, String language) {
    if (size < 1) {
      throw new IllegalArgumentException("size must be >= 1, was " + size);
    }
    return signals.stream()
        .filter(s -> s.stars7d() != null)
        .filter(s -> language == null || language.equalsIgnoreCase(s.language()))
        .sorted(BY_7_DAY_GAIN)
        .limit(size)
        .toList();
  }
}
