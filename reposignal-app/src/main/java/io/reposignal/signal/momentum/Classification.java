package io.reposignal.signal.momentum;

import java.util.List;

/**
 * A repository's momentum on one day and the numbers that decided it.
 *
 * @param momentum the class, or null when the history is too short to tell
 * @param reasons the deciding figures with their thresholds, for people and for audits (formatted
 *     when read: see {@link Reasons})
 */
public record Classification(Momentum momentum, List<String> reasons) {
  public Classification {
    reasons = Reasons.immutable(reasons);
  }
}
