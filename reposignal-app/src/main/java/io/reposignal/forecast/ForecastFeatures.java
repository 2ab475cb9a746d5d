package io.reposignal.forecast;

import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.momentum.Momentum;
import java.util.List;

/**
 * The model's inputs, taken from the signal engine's figures of one repository on the as-of day (so
 * they read days up to that day only). Logs tame the heavy tails of star counts: one viral
 * repository is not a thousand times more likely to stay on top than one gaining a tenth of it.
 * Unknown figures are NaN, which the regression treats as the training mean.
 */
public final class ForecastFeatures {
  /** The names, in the order of {@link Candidate#features()}. */
  public static final List<String> NAMES =
      List.of(
          "log_velocity_7d",
          "log_velocity_30d",
          "log_stars_1d",
          "acceleration_ratio",
          "log_relative_growth_7d",
          "z_today",
          "log_baseline_median",
          "log_stars",
          "listed_days_28",
          "signal_score",
          "momentum_breakout",
          "momentum_spike_and_fade",
          "momentum_slow_burn",
          "momentum_sustained",
          "momentum_cooling",
          "momentum_unknown");

  private ForecastFeatures() {}

  /**
   * The inputs of one repository.
   *
   * @param signal the engine's figures on the as-of day
   * @param listedDays on how many of the 28 days ending on the as-of day the snapshots listed it
   */
  public static double[] of(RepoSignal signal, int listedDays) {
    double velocity = value(signal.velocity7d());
    double acceleration = value(signal.acceleration());
    double previous = velocity - acceleration;
    Momentum momentum = signal.momentum();
    return new double[] {
      logOnePlus(velocity),
      signal.stars30d() == null ? Double.NaN : logOnePlus(signal.stars30d() / 30.0),
      signal.stars1d() == null ? Double.NaN : logOnePlus(signal.stars1d()),
      Math.log((Math.max(velocity, 0) + 1) / (Math.max(previous, 0) + 1)),
      logOnePlus(100 * value(signal.relativeGrowth7d())),
      signedLog(value(signal.zToday())),
      logOnePlus(value(signal.baselineMedian())),
      Math.log(Math.max(signal.stars(), 1)),
      listedDays / 28.0,
      value(signal.score()) / 100,
      momentum == Momentum.BREAKOUT ? 1 : 0,
      momentum == Momentum.SPIKE_AND_FADE ? 1 : 0,
      momentum == Momentum.SLOW_BURN ? 1 : 0,
      momentum == Momentum.SUSTAINED ? 1 : 0,
      momentum == Momentum.COOLING ? 1 : 0,
      momentum == null ? 1 : 0
    };
  }

  private static double value(Double figure) {
    return figure == null ? Double.NaN : figure;
  }

  /** ln(1 + max(x, 0)): negative gains (stars removed) count as none; NaN stays NaN. */
  private static double logOnePlus(double x) {
    return Double.isNaN(x) ? Double.NaN : Math.log1p(Math.max(x, 0));
  }

  private static double signedLog(double x) {
    return Double.isNaN(x) ? Double.NaN : Math.signum(x) * Math.log1p(Math.abs(x));
  }
}
