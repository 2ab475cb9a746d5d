package io.reposignal.forecast;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects probabilities and what happened, for a reliability table and the Brier score. The bins
 * are fixed and finer near 0, because a top-20 call among 3,450 repositories is rare (a base rate
 * of about 0.6%) and nearly all probabilities are small.
 *
 * <p>Brier score = mean of (p - outcome)^2 over every candidate of every day; the skill compares it
 * with always saying the observed base rate: 1 - brier / (rate (1 - rate)); above 0 is better than
 * that. Nothing collected: NaN.
 */
public final class Calibration {
  /** Bin edges: [0, 0.01), [0.01, 0.02), ..., [0.7, 1]. */
  static final double[] EDGES = {0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1.0};

  private final long[] counts = new long[EDGES.length - 1];
  private final double[] probabilitySums = new double[EDGES.length - 1];
  private final long[] hits = new long[EDGES.length - 1];
  private double squaredErrors;
  private double probabilitySum;
  private long total;
  private long positives;

  public void add(double probability, boolean hit) {
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in 0..1, was " + probability);
    }
    int bin = EDGES.length - 2;
    while (bin > 0 && probability < EDGES[bin]) {
      bin--;
    }
    counts[bin]++;
    probabilitySums[bin] += probability;
    hits[bin] += hit ? 1 : 0;
    double error = probability - (hit ? 1 : 0);
    squaredErrors += error * error;
    probabilitySum += probability;
    total++;
    positives += hit ? 1 : 0;
  }

  /** The mean probability collected, or NaN. */
  public double meanProbability() {
    return total == 0 ? Double.NaN : probabilitySum / total;
  }

  public double brier() {
    return total == 0 ? Double.NaN : squaredErrors / total;
  }

  /** 1 - brier / brier of the constant base-rate forecast; NaN without both classes. */
  public double brierSkill() {
    double rate = total == 0 ? Double.NaN : positives / (double) total;
    double reference = rate * (1 - rate);
    return reference > 0 ? 1 - brier() / reference : Double.NaN;
  }

  /** The non-empty bins, lowest first. */
  public List<Bin> bins() {
    List<Bin> bins = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] > 0) {
        bins.add(
            new Bin(
                EDGES[i],
                EDGES[i + 1],
                counts[i],
                probabilitySums[i] / counts[i],
                hits[i] / (double) counts[i]));
      }
    }
    return bins;
  }

  /**
   * One reliability bin: well calibrated when the mean probability is close to the observed rate.
   */
  public record Bin(
      double from,
      double to,
      long count,
      @JsonProperty("mean_probability") double meanProbability,
      @JsonProperty("observed_rate") double observedRate) {}
}
