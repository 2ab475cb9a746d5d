package io.reposignal.forecast;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Fits a logistic regression with an L2 penalty by Newton's method (iteratively reweighted least
 * squares), solving each step with Commons Math's Cholesky decomposition.
 *
 * <p>Contract: inputs are standardised with the training rows' mean and standard deviation (a
 * constant column gets scale 1); NaN inputs are replaced by the training mean, i.e. 0 after
 * standardisation, so an unknown figure pushes the probability neither way. The intercept is not
 * penalised. The penalty makes the problem strictly convex, so the fit is unique and the same rows
 * in the same order give the same coefficients bit for bit (no random start, no sampling). Empty
 * training data or a single class is refused.
 */
public final class LogisticRegression {
  /** Stop when no coefficient moves by more than this in a Newton step. */
  private static final double TOLERANCE = 1e-9;

  private static final int MAX_ITERATIONS = 100;

  private static final int MAX_HALVINGS = 40;

  private LogisticRegression() {}

  /**
   * Fits {@code y ~ inputs}.
   *
   * @param inputs one row per example, all rows of the same length; NaN where unknown
   * @param outcomes true for a positive example
   * @param lambda the L2 penalty on the standardised coefficients (0 for none)
   */
  public static LogisticModel fit(double[][] inputs, boolean[] outcomes, double lambda) {
    int n = inputs.length;
    if (n == 0 || n != outcomes.length) {
      throw new IllegalArgumentException(
          "expected as many outcomes as input rows (at least 1), actual "
              + outcomes.length
              + " and "
              + n);
    }
    if (lambda < 0) {
      throw new IllegalArgumentException("lambda must be >= 0, was " + lambda);
    }
    int positives = 0;
    for (boolean outcome : outcomes) {
      positives += outcome ? 1 : 0;
    }
    if (positives == 0 || positives == n) {
      throw new IllegalArgumentException(
          "cannot fit a logistic regression to one class only (" + positives + " of " + n + ")");
    }
    int p = inputs[0].length;
    double[] means = new double[p];
    double[] scales = new double[p];
    standardisation(inputs, means, scales);
    double[][] x = new double[n][];
    for (int i = 0; i < n; i++) {
      if (inputs[i].length != p) {
        throw new IllegalArgumentException(
            "row " + i + ": expected " + p + " inputs, actual " + inputs[i].length);
      }
      x[i] = LogisticModel.standardised(inputs[i], means, scales);
    }
    double[] beta = new double[p + 1];
    beta[0] = Math.log(positives / (double) (n - positives));
    double objective = objective(x, outcomes, beta, lambda);
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      double[] step = newtonStep(x, outcomes, beta, lambda);
      // Damped Newton: halve the step until the penalised log-likelihood does not fall, so a
      // full step that overshoots (possible far from the optimum) cannot diverge.
      double[] next = new double[p + 1];
      double nextObjective = Double.NEGATIVE_INFINITY;
      double fraction = 1;
      for (int halving = 0; halving < MAX_HALVINGS; halving++, fraction /= 2) {
        for (int j = 0; j <= p; j++) {
          next[j] = beta[j] + fraction * step[j];
        }
        nextObjective = objective(x, outcomes, next, lambda);
        if (nextObjective >= objective) {
          break;
        }
      }
      if (!(nextObjective >= objective)) {
        break;
      }
      double largest = 0;
      for (int j = 0; j <= p; j++) {
        largest = Math.max(largest, Math.abs(next[j] - beta[j]));
      }
      beta = next;
      objective = nextObjective;
      if (largest < TOLERANCE) {
        break;
      }
    }
    return new LogisticModel(means, scales, beta);
  }

  /** Solves (X'WX + lambda I) step = X'(y - p) - lambda beta, the intercept unpenalised. */
  private static double[] newtonStep(double[][] x, boolean[] y, double[] beta, double lambda) {
    int p = beta.length;
    double[][] hessian = new double[p][p];
    double[] gradient = new double[p];
    double[] row = new double[p];
    row[0] = 1;
    for (int i = 0; i < x.length; i++) {
      System.arraycopy(x[i], 0, row, 1, p - 1);
      double probability = LogisticModel.sigmoid(dot(beta, row));
      double weight = probability * (1 - probability);
      double residual = (y[i] ? 1 : 0) - probability;
      for (int a = 0; a < p; a++) {
        gradient[a] += row[a] * residual;
        double weighted = weight * row[a];
        for (int b = 0; b <= a; b++) {
          hessian[a][b] += weighted * row[b];
        }
      }
    }
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < a; b++) {
        hessian[b][a] = hessian[a][b];
      }
      if (a > 0) {
        hessian[a][a] += lambda;
        gradient[a] -= lambda * beta[a];
      }
    }
    RealMatrix matrix = new Array2DRowRealMatrix(hessian, false);
    RealVector solution =
        new CholeskyDecomposition(matrix, 1e-12, 1e-14)
            .getSolver()
            .solve(new ArrayRealVector(gradient, false));
    return solution.toArray();
  }

  /** The log-likelihood less the penalty (lambda / 2) |beta without intercept|^2. */
  private static double objective(double[][] x, boolean[] y, double[] beta, double lambda) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double eta = beta[0];
      for (int j = 0; j < x[i].length; j++) {
        eta += beta[j + 1] * x[i][j];
      }
      // log p = -log(1 + e^-eta), log(1 - p) = -log(1 + e^eta), both without overflow.
      sum -= softplus(y[i] ? -eta : eta);
    }
    double penalty = 0;
    for (int j = 1; j < beta.length; j++) {
      penalty += beta[j] * beta[j];
    }
    return sum - lambda / 2 * penalty;
  }

  /** log(1 + e^v) without overflow. */
  private static double softplus(double v) {
    return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
  }

  private static void standardisation(double[][] inputs, double[] means, double[] scales) {
    int p = means.length;
    for (int j = 0; j < p; j++) {
      double sum = 0;
      int known = 0;
      for (double[] row : inputs) {
        if (!Double.isNaN(row[j])) {
          sum += row[j];
          known++;
        }
      }
      double mean = known == 0 ? 0 : sum / known;
      double squares = 0;
      for (double[] row : inputs) {
        if (!Double.isNaN(row[j])) {
          squares += (row[j] - mean) * (row[j] - mean);
        }
      }
      double deviation = known < 2 ? 0 : Math.sqrt(squares / (known - 1));
      means[j] = mean;
      scales[j] = deviation > 1e-12 ? deviation : 1;
    }
  }

  static double dot(double[] a, double[] b) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) {
      sum += a[i] * b[i];
    }
    return sum;
  }
}
