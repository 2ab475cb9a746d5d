package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The rate limit would need a longer wait than the policy allows: the run stops (resumably) and the
 * caller says when to resume, rather than hold a process for an hour.
 */
public final class RateLimitExhausted extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Instant resumeAt;

  public RateLimitExhausted(String message, Instant resumeAt) {
    super(requireNonNull(message, "message is null"));
    this.resumeAt = requireNonNull(resumeAt, "resumeAt is null");
  }

  public Instant resumeAt() {
    return resumeAt;
  }
}
