package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the calls of an as-of day: the model, trained walk-forward as of that day, ranks every
 * repository observed on it, and its {@code top} most probable become calls, for absolute and for
 * relative growth.
 */
public final class Forecaster {
  /** Days after the as-of day a call covers, unless told otherwise (command and article). */
  public static final int DEFAULT_HORIZON = 28;

  /** K of "the top K gainers", unless told otherwise (command and article). */
  public static final int DEFAULT_TOP = 20;

  private final WalkForward walkForward;

  /**
   * The calls of a forecast as they stand on the record.
   *
   * @param calls absolute growth first, each target's most probable first; empty when no repository
   *     was observed on the as-of day
   * @param madeAt when they were recorded
   * @param madeNow they were made and recorded by this reading (else the ledger held them)
   */
  public record Recorded(List<Call> calls, Instant madeAt, boolean madeNow) {
    public Recorded {
      calls = List.copyOf(calls);
      requireNonNull(madeAt, "madeAt is null");
    }
  }

  public Forecaster(WalkForward walkForward) {
    this.walkForward = requireNonNull(walkForward, "walkForward is null");
  }

  /**
   * The calls of {@code asOf} as {@code ledger} first recorded them; when it holds none, makes them
   * and records them (data date {@code dataLastDay}, made at {@code now}), so every call shown
   * anywhere is on the record and cannot be improved by re-running it later.
   */
  public Recorded recorded(
      ForecastLedger ledger,
      LocalDate asOf,
      int horizon,
      int top,
      LocalDate dataLastDay,
      Instant now) {
    List<ForecastLedger.Entry> entries =
        ledger.forecast(asOf, horizon, top, WalkForward.MODEL_VERSION);
    if (!entries.isEmpty()) {
      return new Recorded(
          entries.stream().map(ForecastLedger.Entry::call).toList(),
          entries.get(0).madeAt(),
          false);
    }
    List<Call> calls = forecast(asOf, horizon, top);
    if (!calls.isEmpty()) {
      ledger.record(calls, dataLastDay, now);
    }
    return new Recorded(calls, now, true);
  }

  /** The calls, absolute growth first, each target's most probable first. */
  public List<Call> forecast(LocalDate asOf, int horizon, int top) {
    List<Call> calls = new ArrayList<>();
    for (Target target : Target.values()) {
      List<Scored> ranked = walkForward.rank(Ranker.MODEL, target, asOf, horizon, top);
      for (int i = 0; i < Math.min(top, ranked.size()); i++) {
        Scored scored = ranked.get(i);
        calls.add(
            new Call(
                asOf,
                horizon,
                top,
                target,
                WalkForward.MODEL_VERSION,
                i + 1,
                scored.repo(),
                scored.probability(),
                Call.namedFeatures(scored.candidate())));
      }
    }
    return calls;
  }
}
