package io.reposignal.signal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The signal window: the repositories that matter most on a day, ranked by the signal score (then
 * by 7-day velocity, then by name, so the order is total and deterministic). Repositories without a
 * score (7-day velocity unknown) are left out.
 */
public final class SignalWindow {
  public static final int DEFAULT_SIZE = 50;

  static final Comparator<RepoSignal> BY_SCORE =
      Comparator.comparing(RepoSignal::score, Comparator.reverseOrder())
          .thenComparing(RepoSignal::velocity7d, Comparator.reverseOrder())
          .thenComparing(s -> s.repo().toLowerCase(Locale.ROOT))
          .thenComparing(RepoSignal::repo);

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
        .filter(s -> s.score() != null && s.velocity7d() != null)
        .filter(s -> language == null || language.equalsIgnoreCase(s.language()))
        .sorted(BY_SCORE)
        .limit(size)
        .toList();
  }
}
