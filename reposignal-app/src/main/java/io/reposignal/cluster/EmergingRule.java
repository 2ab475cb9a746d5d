package io.reposignal.cluster;

/**
 * When a cluster counts as emerging: it grew fast from small.
 *
 * <p>The baseline is the cluster's earliest known past size: 90 days earlier, else 60, else 30
 * (past sizes are unknown before the data starts). The cluster is emerging when its size now is at
 * least {@value #GROWTH_FACTOR} times the baseline and at least {@value #MIN_NEW_MEMBERS} members
 * larger: from 0 or 1 to 3, 2 to 5, 5 to 10. Doubling is what "growing fast" means here; the
 * minimum number of new members keeps a pair that gained one more member from counting. With no
 * known past size a cluster is not emerging: growth cannot be told.
 */
final class EmergingRule {
  static final int GROWTH_FACTOR = 2;
  static final int MIN_NEW_MEMBERS = 3;

  private EmergingRule() {}

  static boolean isEmerging(int size, Integer size30, Integer size60, Integer size90) {
    Integer baseline = size90 != null ? size90 : size60 != null ? size60 : size30;
    if (baseline == null) {
      return false;
    }
    return size >= GROWTH_FACTOR * baseline && size - baseline >= MIN_NEW_MEMBERS;
  }
}
