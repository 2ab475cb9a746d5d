package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * One ranker's backtest: the absolute-growth figures at the top level, the relative-growth ones
 * under {@code relative}.
 */
public record RankerReport(@JsonUnwrapped TargetReport absolute, TargetReport relative) {
  public RankerReport {
    requireNonNull(absolute, "absolute is null");
    requireNonNull(relative, "relative is null");
  }
}
