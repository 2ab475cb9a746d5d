package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: the n-th retry waits between half and all of {@code initial *
 * 2^(n-1)}, capped at {@code max}. The jitter keeps several clients that failed together from
 * retrying in lockstep.
 */
final class Backoff {
  private final Duration initial;
  private final Duration max;
  private final RandomGenerator random;

  Backoff(Duration initial, Duration max, RandomGenerator random) {
    this.initial = requireNonNull(initial, "initial is null");
    this.max = requireNonNull(max, "max is null");
    this.random = requireNonNull(random, "random is null");
  }

  /** The pause before retry number {@code retry} (1 for the first retry). */
  Duration delay(int retry) {
    if (retry < 1) {
      throw new IllegalArgumentException("retry must be >= 1, was " + retry);
    }
    long ceiling = max.toNanos();
    long grown = initial.toNanos();
    for (int i = 1; i < retry && grown < ceiling; i++) {
      grown *= 2;
    }
    long capped = Math.min(grown, ceiling);
    if (capped <= 1) {
      return Duration.ofNanos(capped);
    }
    long half = capped / 2;
    return Duration.ofNanos(half + random.nextLong(capped - half + 1));
  }
}
