package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How patient the client is: time-outs, how often a failing request is tried, the first back-off
 * (doubled on each retry), and the longest rate-limit wait before a run stops and says when to
 * resume instead.
 *
 * @param maxAttempts attempts per request for 5xx answers and time-outs, at least 1
 */
public record ClientPolicy(
    Duration connectTimeout,
    Duration requestTimeout,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxRateLimitWait) {
  /** The first wait for a secondary rate limit with no retry-after, as GitHub's docs advise. */
  static final Duration SECONDARY_LIMIT_WAIT = Duration.ofMinutes(1);

  public ClientPolicy {
    requireNonNull(connectTimeout, "connectTimeout is null");
    requireNonNull(requestTimeout, "requestTimeout is null");
    requireNonNull(initialBackoff, "initialBackoff is null");
    requireNonNull(maxRateLimitWait, "maxRateLimitWait is null");
    if (connectTimeout.isNegative() || connectTimeout.isZero()) {
      throw new IllegalArgumentException("connectTimeout must be > 0, got " + connectTimeout);
    }
    if (requestTimeout.isNegative() || requestTimeout.isZero()) {
      throw new IllegalArgumentException("requestTimeout must be > 0, got " + requestTimeout);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, got " + maxAttempts);
    }
    if (initialBackoff.isNegative()) {
      throw new IllegalArgumentException("initialBackoff must be >= 0, got " + initialBackoff);
    }
    if (maxRateLimitWait.isNegative()) {
      throw new IllegalArgumentException("maxRateLimitWait must be >= 0, got " + maxRateLimitWait);
    }
  }

  /** Defaults for api.github.com: it answers in well under a second when healthy. */
  public static ClientPolicy defaults() {
    return new ClientPolicy(
        Duration.ofSeconds(5),
        Duration.ofSeconds(30),
        4,
        Duration.ofSeconds(1),
        Duration.ofMinutes(15));
  }

  public ClientPolicy withMaxRateLimitWait(Duration wait) {
    return new ClientPolicy(connectTimeout, requestTimeout, maxAttempts, initialBackoff, wait);
  }
}
