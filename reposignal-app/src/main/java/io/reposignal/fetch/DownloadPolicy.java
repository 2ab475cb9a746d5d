package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How politely and how persistently to download.
 *
 * @param userAgent sent with every request, e.g. {@code reposignal/0.1.0}
 * @param connectTimeout the longest wait to open a connection
 * @param readTimeout the longest wait for a response to start, and for more bytes of a body that
 *     has started: a stalled transfer is abandoned (keeping its bytes) and resumed
 * @param maxAttempts requests per file before giving up (1 means no retry)
 * @param initialBackoff the pause before the first retry; doubled for each further retry
 * @param maxBackoff the longest pause between two attempts
 * @param parallelism files downloaded at once; 1 (sequential) is the polite default
 */
public record DownloadPolicy(
    String userAgent,
    Duration connectTimeout,
    Duration readTimeout,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff,
    int parallelism) {
  public static final int MAX_PARALLELISM = 8;

  public DownloadPolicy {
    requireNonNull(userAgent, "userAgent is null");
    if (userAgent.isBlank()) {
      throw new IllegalArgumentException("userAgent is blank");
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    requireNonNull(initialBackoff, "initialBackoff is null");
    requireNonNull(maxBackoff, "maxBackoff is null");
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException(
          "backoff must satisfy 0 <= initial <= max, was " + initialBackoff + ", " + maxBackoff);
    }
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be >= 1, was " + maxAttempts);
    }
    if (parallelism < 1 || parallelism > MAX_PARALLELISM) {
      throw new IllegalArgumentException(
          "parallelism must be between 1 and " + MAX_PARALLELISM + ", was " + parallelism);
    }
  }

  /**
   * Sequential, five attempts a file, 1 s doubling to at most 60 s between attempts, 10 s to
   * connect, 60 s of silence before a transfer is abandoned and resumed.
   */
  public static DownloadPolicy defaults(String version) {
    return new DownloadPolicy(
        "reposignal/" + version,
        Duration.ofSeconds(10),
        Duration.ofSeconds(60),
        5,
        Duration.ofSeconds(1),
        Duration.ofSeconds(60),
        1);
  }

  public DownloadPolicy withAttempts(int attempts) {
    return new DownloadPolicy(
        userAgent, connectTimeout, readTimeout, attempts, initialBackoff, maxBackoff, parallelism);
  }

  public DownloadPolicy withTimeouts(Duration connect, Duration read) {
    return new DownloadPolicy(
        userAgent, connect, read, maxAttempts, initialBackoff, maxBackoff, parallelism);
  }

  public DownloadPolicy withBackoff(Duration initial, Duration max) {
    return new DownloadPolicy(
        userAgent, connectTimeout, readTimeout, maxAttempts, initial, max, parallelism);
  }

  public DownloadPolicy withParallelism(int files) {
    return new DownloadPolicy(
        userAgent, connectTimeout, readTimeout, maxAttempts, initialBackoff, maxBackoff, files);
  }

  private static void requirePositive(Duration duration, String name) {
    requireNonNull(duration, name + " is null");
    if (duration.isZero() || duration.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive, was " + duration);
    }
  }
}
