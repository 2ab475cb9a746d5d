package io.reposignal.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;

/**
 * Calls: the next breakouts called from the article's day with their probability and horizon, and
 * the track record of earlier calls whose horizon has passed by that day.
 *
 * @param horizonDays days after the article's day the calls cover
 * @param top K of "among the top K gainers"
 * @param model the model version that made the calls
 * @param calls the calls shown, absolute growth first, each target's most probable first
 * @param open earlier calls still open on the day (their horizon has not passed)
 * @param rates resolved earlier calls and hits per target, absolute first (empty when none
 *     resolved)
 * @param recent the most recently resolved earlier calls, newest first
 * @param unavailable why there are no calls, or null
 */
public record CallSection(
    int horizonDays,
    int top,
    String model,
    List<Call> calls,
    int open,
    List<Rate> rates,
    List<Resolved> recent,
    String unavailable) {
  public CallSection {
    calls = List.copyOf(calls);
    rates = List.copyOf(rates);
    recent = List.copyOf(recent);
  }

  /**
   * The section of a day too early for calls: the forecast trains on earlier days whose outcomes
   * are known by the day, and this one has too few.
   *
   * @param first the first day the data allows calls for; null when it allows none yet
   */
  static CallSection tooEarly(java.time.LocalDate first) {
    return new CallSection(
        0,
        0,
        null,
        List.of(),
        0,
        List.of(),
        List.of(),
        first == null
            ? "Calls: none yet. The forecast trains on earlier days whose outcomes are known, and"
                + " the database holds too few days for that; ingest more days."
            : "Calls: none for this day. The forecast trains on earlier days whose outcomes are"
                + " known by the day, and the first day with enough of them is "
                + first
                + ".");
  }

  /** The section of a store without snapshots, which the forecast model learns from. */
  static CallSection notAvailable() {
    return new CallSection(
        0,
        0,
        null,
        List.of(),
        0,
        List.of(),
        List.of(),
        "Calls and track record: not available. The forecast model learns from the daily star"
            + " snapshots, and this database has none (reposignal ingest rankings DIR adds them).");
  }

  /** Earlier calls resolved by the day. */
  public int resolved() {
    return rates.stream().mapToInt(Rate::resolved).sum();
  }

  /** Earlier calls that came true. */
  public int hits() {
    return rates.stream().mapToInt(Rate::hits).sum();
  }

  /** Hits over resolved calls, or null when none resolved (the track record is empty). */
  public Double hitRate() {
    return resolved() == 0 ? null : hits() / (double) resolved();
  }

  /**
   * One call made from the article's day.
   *
   * @param repo the repository called
   * @param target "absolute" (stars gained) or "relative" (stars gained over its size)
   * @param rank 1 for the target's most probable call
   * @param probability the forecast probability of being among the top gainers, 0 to 1
   * @param velocity7d stars a day over the 7 days to the article's day, or null
   * @param momentum its momentum class, or null when unknown
   */
  public record Call(
      RepoRef repo,
      String target,
      int rank,
      double probability,
      Double velocity7d,
      String momentum) {
    public Call {
      requireNonNull(repo, "repo is null");
      requireNonNull(target, "target is null");
    }
  }

  /**
   * Resolved earlier calls of one target.
   *
   * @param target absolute or relative
   * @param resolved how many resolved
   * @param hits how many came true
   */
  public record Rate(String target, int resolved, int hits) {
    public Double hitRate() {
      return resolved == 0 ? null : hits / (double) resolved;
    }
  }

  /**
   * An earlier call and what became of it.
   *
   * @param repo "owner/name" as called (untrusted text)
   * @param asOf the day it was called from
   * @param target absolute or relative
   * @param rank its rank among that day's calls
   * @param probability its probability
   * @param top K it had to reach
   * @param realisedRank its rank among the gainers at the horizon's end, or null when no longer
   *     listed (a miss)
   * @param hit it reached the top K
   */
  public record Resolved(
      RepoRef repo,
      LocalDate asOf,
      String target,
      int rank,
      double probability,
      int top,
      Integer realisedRank,
      boolean hit) {
    public Resolved {
      requireNonNull(repo, "repo is null");
      requireNonNull(asOf, "asOf is null");
      requireNonNull(target, "target is null");
    }
  }
}
