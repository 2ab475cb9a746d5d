package io.reposignal.forecast;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a walk-forward backtest: the model and each baseline, on the same as-of days.
 *
 * @param from the first as-of day evaluated, or null when none could be
 * @param to the last as-of day evaluated, or null
 * @param horizon days after each as-of day the outcome counts
 * @param top K: a hit is a repository among the top K gainers
 * @param step days between two as-of days
 * @param modelVersion the model's version (features, training protocol, penalty)
 * @param asOfDays the as-of days evaluated
 * @param model the model's figures
 * @param baselines the baselines' figures by name
 */
@JsonPropertyOrder({
  "from",
  "to",
  "horizon",
  "top",
  "step",
  "model_version",
  "as_of_days",
  "model",
  "baselines"
})
public record BacktestReport(
    LocalDate from,
    LocalDate to,
    int horizon,
    int top,
    int step,
    @JsonProperty("model_version") String modelVersion,
    @JsonProperty("as_of_days") List<LocalDate> asOfDays,
    RankerReport model,
    Map<String, RankerReport> baselines) {
  public BacktestReport {
    asOfDays = List.copyOf(asOfDays);
    baselines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(baselines));
  }

  /** One ranker's figures on one as-of day. */
  @JsonPropertyOrder({"as_of", "precision_at_10", "precision_at_20", "recall"})
  public record DayFigures(
      @JsonProperty("as_of") LocalDate asOf,
      @JsonProperty("precision_at_10") Double precisionAt10,
      @JsonProperty("precision_at_20") Double precisionAt20,
      Double recall) {
    public DayFigures {
      precisionAt10 = TargetReport.known(precisionAt10);
      precisionAt20 = TargetReport.known(precisionAt20);
      recall = TargetReport.known(recall);
    }
  }
}
