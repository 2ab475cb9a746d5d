package io.reposignal.signal.momentum;

import java.util.function.ToDoubleFunction;

/** A figure of {@link Features} that repositories are compared on across the population. */
public enum Measure {
  TODAY(Features::today),
  VELOCITY_7(Features::velocity7),
  VELOCITY_28(Features::velocity28),
  ACCELERATION_RATIO(Features::accelerationRatio),
  RELATIVE_GROWTH_7(Features::relativeGrowth7),
  MEDIAN_28(Features::median28);

  private final ToDoubleFunction<Features> read;

  Measure(ToDoubleFunction<Features> read) {
    this.read = read;
  }

  double of(Features features) {
    return read.applyAsDouble(features);
  }
}
