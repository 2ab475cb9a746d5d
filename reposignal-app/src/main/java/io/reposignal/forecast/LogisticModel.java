package io.reposignal.forecast;

import java.util.Arrays;

/**
 * A fitted logistic regression: {@code p = 1 / (1 + exp(-(b0 + sum b_j z_j)))} where {@code z_j =
 * (x_j - mean_j) / scale_j} and an unknown (NaN) {@code x_j} counts as its training mean.
 *
 * @param means the training mean of each input
 * @param scales the training standard deviation of each input (1 for a constant input)
 * @param coefficients the intercept, then one coefficient per standardised input
 */
public record LogisticModel(double[] means, double[] scales, double[] coefficients) {
  public LogisticModel {
    means = means.clone();
    scales = scales.clone();
    coefficients = coefficients.clone();
    if (means.length != scales.length || coefficients.length != means.length + 1) {
      throw new IllegalArgumentException(
          "expected "
              + means.length
              + " means and scales and "
              + (means.length + 1)
              + " coefficients, actual "
              + scales.length
              + " and "
              + coefficients.length);
    }
  }

  @Override
  public double[] means() {
    return means.clone();
  }

  @Override
  public double[] scales() {
    return scales.clone();
  }

  @Override
  public double[] coefficients() {
    return coefficients.clone();
  }

  /** The probability of the positive class for one row of inputs (NaN where unknown). */
  public double probability(double[] inputs) {
    if (inputs.length != means.length) {
      throw new IllegalArgumentException(
          "expected " + means.length + " inputs, actual " + inputs.length);
    }
    double[] z = standardised(inputs, means, scales);
    double sum = coefficients[0];
    for (int j = 0; j < z.length; j++) {
      sum += coefficients[j + 1] * z[j];
    }
    return sigmoid(sum);
  }

  static double[] standardised(double[] inputs, double[] means, double[] scales) {
    double[] z = new double[inputs.length];
    for (int j = 0; j < inputs.length; j++) {
      z[j] = Double.isNaN(inputs[j]) ? 0 : (inputs[j] - means[j]) / scales[j];
    }
    return z;
  }

  /** The logistic function, without overflow for large arguments of either sign. */
  static double sigmoid(double value) {
    if (value >= 0) {
      return 1 / (1 + Math.exp(-value));
    }
    double e = Math.exp(value);
    return e / (1 + e);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LogisticModel that
        && Arrays.equals(means, that.means)
        && Arrays.equals(scales, that.scales)
        && Arrays.equals(coefficients, that.coefficients);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * Arrays.hashCode(means) + Arrays.hashCode(scales))
        + Arrays.hashCode(coefficients);
  }

  @Override
  public String toString() {
    return "LogisticModel[coefficients=" + Arrays.toString(coefficients) + "]";
  }
}
