package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.RepoSignalException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One enrichment run: plans (or resumes) the queue, asks GitHub about each repository in order, and
 * stores each answer before asking the next. No transaction and no database file stays open while a
 * request or a rate-limit wait is under way.
 */
public final class EnrichService {
  private final EnrichmentStore store;
  private final GitHubRepoClient client;
  private final CandidateSource source;
  private final Clock clock;
  private final Consumer<String> log;

  public EnrichService(
      Path database,
      GitHubRepoClient client,
      CandidateSource source,
      Clock clock,
      Sleeper sleeper,
      Consumer<String> log) {
    this.store = new EnrichmentStore(database, sleeper);
    this.client = requireNonNull(client, "client is null");
    this.source = requireNonNull(source, "source is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.log = requireNonNull(log, "log is null");
  }

  /**
   * Runs until the queue is empty, the rate limit needs too long a wait, or the thread is
   * interrupted; each of the last two leaves the run resumable.
   *
   * @throws RepoSignalException (unavailable) when the API cannot be reached; the run stays
   *     resumable
   */
  public EnrichSummary run(EnrichRequest request) throws InterruptedException {
    RunPlan plan = store.plan(request, source, clock.instant());
    if (plan.resumed()) {
      log.accept(
          String.format(
              Locale.ROOT,
              "resuming run %d: %d of %d repositories left (this run's --limit and --stale-after"
                  + " apply to the next new run)",
              plan.runId(),
              plan.pending().size(),
              plan.queued()));
    } else {
      log.accept(
          String.format(
              Locale.ROOT,
              "run %d: %d repositories to check (%d candidates, %d skipped as fetched recently)",
              plan.runId(),
              plan.queued(),
              plan.candidates(),
              plan.skippedFresh()));
    }
    Map<CheckOutcome, Integer> counts = new EnumMap<>(CheckOutcome.class);
    int done = plan.queued() - plan.pending().size();
    String stopReason = null;
    java.time.Instant resumeAt = null;
    for (QueueEntry entry : plan.pending()) {
      FetchOutcome outcome;
      try {
        outcome = client.fetch(entry.requestName(), entry.etag());
      } catch (RateLimitExhausted e) {
        stopReason = e.getMessage();
        resumeAt = e.resumeAt();
        break;
      } catch (RepoSignalException e) {
        int answered = counts.values().stream().mapToInt(Integer::intValue).sum();
        if (answered == 0) {
          throw e;
        }
        throw new RepoSignalException(
            e.kind(),
            e.getMessage()
                + String.format(
                    Locale.ROOT,
                    "; %d of %d repositories of run %d are done, run `reposignal enrich` again to"
                        + " resume",
                    done,
                    plan.queued(),
                    plan.runId()),
            e);
      }
      CheckOutcome result = store.record(entry, outcome, clock.instant());
      counts.merge(result, 1, Integer::sum);
      done++;
      log.accept(
          String.format(
              Locale.ROOT,
              "[%d/%d] %s: %s%s",
              done,
              plan.queued(),
              entry.asked(),
              describe(result, outcome),
              entry.reason().isEmpty() ? "" : " (" + entry.reason() + ")"));
    }
    if (stopReason == null) {
      store.finish(plan.runId(), clock.instant());
    }
    return new EnrichSummary(
        plan.runId(),
        plan.resumed(),
        plan.candidates(),
        plan.skippedFresh(),
        plan.queued(),
        counts.getOrDefault(CheckOutcome.FETCHED, 0),
        counts.getOrDefault(CheckOutcome.UNCHANGED, 0),
        counts.getOrDefault(CheckOutcome.RENAMED, 0),
        counts.getOrDefault(CheckOutcome.GONE, 0),
        counts.getOrDefault(CheckOutcome.ERROR, 0),
        client.rateLimitWaits(),
        client.rateLimitWaited().toSeconds(),
        plan.queued() - done,
        stopReason,
        resumeAt);
  }

  private static String describe(CheckOutcome result, FetchOutcome outcome) {
    if (outcome instanceof FetchOutcome.Fetched fetched) {
      return result.label()
          + (result == CheckOutcome.RENAMED ? " to " + fetched.repo().fullName() : "");
    }
    if (outcome instanceof FetchOutcome.Gone gone) {
      return result.label() + " (" + gone.message() + ")";
    }
    if (outcome instanceof FetchOutcome.Failed failed) {
      return result.label() + " (" + failed.message() + ")";
    }
    return result.label();
  }
}
