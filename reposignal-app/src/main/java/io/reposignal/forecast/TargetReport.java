package io.reposignal.forecast;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * One ranker's backtest figures for one target, averaged over the as-of days (each day weighs the
 * same). Unknown figures (no day evaluated) are null.
 *
 * @param precisionAt10 mean share of the 10 highest-ranked calls that were top-K gainers
 * @param precisionAt20 the same for the 20 highest-ranked calls
 * @param recall mean share of the true top K caught by the ranker's top K
 * @param brier Brier score of the probabilities over every candidate of every day
 * @param brierSkill 1 - brier / the Brier score of always saying the base rate
 * @param callsMeanProbability mean probability of the top-K calls (compare with precision at K)
 * @param calibration reliability bins over every candidate of every day
 * @param daysEvaluated how many as-of days were scored
 * @param byDay the figures of each as-of day
 */
@JsonPropertyOrder({
  "precision_at_10",
  "precision_at_20",
  "recall",
  "brier",
  "brier_skill",
  "calls_mean_probability",
  "calibration",
  "days_evaluated",
  "by_day"
})
public record TargetReport(
    @JsonProperty("precision_at_10") Double precisionAt10,
    @JsonProperty("precision_at_20") Double precisionAt20,
    Double recall,
    Double brier,
    @JsonProperty("brier_skill") Double brierSkill,
    @JsonProperty("calls_mean_probability") Double callsMeanProbability,
    List<Calibration.Bin> calibration,
    @JsonProperty("days_evaluated") int daysEvaluated,
    @JsonProperty("by_day") List<BacktestReport.DayFigures> byDay) {
  public TargetReport {
    precisionAt10 = known(precisionAt10);
    precisionAt20 = known(precisionAt20);
    recall = known(recall);
    brier = known(brier);
    brierSkill = known(brierSkill);
    callsMeanProbability = known(callsMeanProbability);
    calibration = List.copyOf(calibration);
    byDay = List.copyOf(byDay);
  }

  /** NaN and infinities become null: unknown in JSON. */
  static Double known(Double value) {
    return value == null || value.isNaN() || value.isInfinite() ? null : value;
  }
}
