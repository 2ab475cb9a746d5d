package io.reposignal.signal;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.reposignal.signal.momentum.Momentum;
import io.reposignal.signal.momentum.Reasons;
import java.time.LocalDate;
import java.util.List;

/**
 * A repository's momentum and score on one day.
 *
 * @param day the day
 * @param momentum the class, or null when the history up to that day is too short
 * @param score the signal score (about 100 at the day's 99th percentile), or null
 * @param reasons the figures that decided the class
 */
@JsonPropertyOrder({"day", "momentum", "score", "reasons"})
public record MomentumDay(LocalDate day, Momentum momentum, Double score, List<String> reasons) {
  public MomentumDay {
    reasons = Reasons.immutable(reasons);
  }
}
