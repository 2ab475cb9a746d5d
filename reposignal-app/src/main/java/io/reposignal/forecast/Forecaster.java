package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the calls of an as-of day: the model, trained walk-forward as of that day, ranks every
 * repository observed on it, and its {@code top} most probable become calls, for absolute and for
 * relative growth.
 */
public final class Forecaster {
  private final WalkForward walkForward;

  public Forecaster(WalkForward walkForward) {
    this.walkForward = requireNonNull(walkForward, "walkForward is null");
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
