package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A run ready to go: its id, whether it resumes an interrupted run, how many repositories it queued
 * in all, how many it skipped as fresh, and the entries not done yet.
 */
record RunPlan(
    int runId,
    boolean resumed,
    int candidates,
    int skippedFresh,
    int queued,
    List<QueueEntry> pending) {
  RunPlan {
    pending = List.copyOf(requireNonNull(pending, "pending is null"));
  }
}
