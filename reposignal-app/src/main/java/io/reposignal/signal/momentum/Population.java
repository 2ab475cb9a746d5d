package io.reposignal.signal.momentum;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Where a repository stands among all repositories of the same day. Ranks, not raw values: one
 * viral repository gaining a hundred times the rest moves nobody else's rank.
 *
 * <p>Contract: {@link #percentile} is the mid-rank of a value among the known values (ties share
 * the middle of their run) divided by their count, 0 to 1; NaN when the value or the population is
 * unknown. {@link #quantile} reads the sorted values (nearest rank); NaN on an empty population.
 */
public final class Population {
  private final Map<Measure, double[]> sorted = new EnumMap<>(Measure.class);

  public Population(Collection<Features> day) {
    for (Measure measure : Measure.values()) {
      double[] values =
          day.stream().mapToDouble(measure::of).filter(v -> !Double.isNaN(v)).toArray();
      Arrays.sort(values);
      sorted.put(measure, values);
    }
  }

  public int size(Measure measure) {
    return sorted.get(measure).length;
  }

  /** The mid-rank percentile of {@code value} among the day's known values, or NaN. */
  public double percentile(Measure measure, double value) {
    double[] values = sorted.get(measure);
    if (Double.isNaN(value) || values.length == 0) {
      return Double.NaN;
    }
    int below = lowerBound(values, value);
    int notAbove = upperBound(values, value);
    return (below + 0.5 * (notAbove - below)) / values.length;
  }

  /** The value at quantile {@code q} (0 to 1) by nearest rank, or NaN on an empty population. */
  public double quantile(Measure measure, double q) {
    double[] values = sorted.get(measure);
    if (values.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.ceil(q * values.length) - 1;
    return values[Math.min(values.length - 1, Math.max(0, index))];
  }

  private static int lowerBound(double[] values, double value) {
    int low = 0;
    int high = values.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (values[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int upperBound(double[] values, double value) {
    int low = 0;
    int high = values.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (values[mid] <= value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
