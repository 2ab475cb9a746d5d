package io.reposignal.enrich;

import java.time.Instant;

/**
 * What one invocation of a run did. Counts are for this invocation; {@code queued} and {@code
 * remaining} are for the whole run.
 *
 * @param stopReason why the run stopped before its queue was empty, or null when it finished
 * @param resumeAt when a stopped run can resume without waiting, or null
 */
public record EnrichSummary(
    int runId,
    boolean resumed,
    int candidates,
    int skippedFresh,
    int queued,
    int fetched,
    int unchanged,
    int renamed,
    int gone,
    int errors,
    int rateLimitWaits,
    long rateLimitWaitSeconds,
    int remaining,
    String stopReason,
    Instant resumeAt) {

  /** Repositories answered in this invocation. */
  public int checked() {
    return fetched + unchanged + renamed + gone + errors;
  }
}
