package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Walk-forward evaluation on the stored history. For every as-of day D from {@code from} to {@code
 * to} (every {@code step} days, observed days whose horizon the data covers and whose rankers have
 * enough training days), each ranker is trained as of D ({@link WalkForward}), ranks the candidates
 * of D, and is scored against what happened over the horizon. All rankers see the same days and the
 * same candidates.
 */
public final class Backtest {
  /** The precision cut-offs the report gives. */
  static final int[] PRECISION_AT = {10, 20};

  private final WalkForward walkForward;

  public Backtest(WalkForward walkForward) {
    this.walkForward = requireNonNull(walkForward, "walkForward is null");
  }

  /** The as-of days a backtest over {@code from..to} evaluates, oldest first. */
  public List<LocalDate> asOfDays(LocalDate from, LocalDate to, int horizon, int step) {
    // Every day the backtest reads, as-of and training days alike, in one batch.
    Set<LocalDate> read = new HashSet<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(step)) {
      read.add(day);
      read.addAll(walkForward.trainingDays(day, horizon));
    }
    walkForward.candidates().prepare(read);
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(step)) {
      if (walkForward.candidates().on(day).isEmpty()
          || walkForward.outcomes(day, horizon) == null
          || walkForward.trainingDays(day, horizon).size() < WalkForward.MIN_TRAINING_DAYS) {
        continue;
      }
      days.add(day);
    }
    return days;
  }

  public BacktestReport run(LocalDate from, LocalDate to, int horizon, int top, int step) {
    if (horizon < 1 || top < 1 || step < 1) {
      throw new IllegalArgumentException(
          "horizon, top and step must be >= 1, were " + horizon + ", " + top + ", " + step);
    }
    List<LocalDate> days = asOfDays(from, to, horizon, step);
    Map<Ranker, Map<Target, Accumulator>> results = new EnumMap<>(Ranker.class);
    for (Ranker ranker : Ranker.values()) {
      Map<Target, Accumulator> byTarget = new EnumMap<>(Target.class);
      for (Target target : Target.values()) {
        byTarget.put(target, new Accumulator());
      }
      results.put(ranker, byTarget);
    }
    for (LocalDate day : days) {
      Outcomes outcomes = walkForward.outcomes(day, horizon);
      for (Target target : Target.values()) {
        Set<String> truth = new HashSet<>(WalkForward.topOf(outcomes.ranking(target), top));
        for (Ranker ranker : Ranker.values()) {
          List<Scored> ranked = walkForward.rank(ranker, target, day, horizon, top);
          results.get(ranker).get(target).add(day, ranked, truth, top);
        }
      }
    }
    Map<String, RankerReport> baselines = new LinkedHashMap<>();
    for (Ranker ranker : Ranker.values()) {
      if (ranker != Ranker.MODEL) {
        baselines.put(ranker.label(), report(results.get(ranker)));
      }
    }
    return new BacktestReport(
        days.isEmpty() ? null : days.get(0),
        days.isEmpty() ? null : days.get(days.size() - 1),
        horizon,
        top,
        step,
        WalkForward.MODEL_VERSION,
        days,
        report(results.get(Ranker.MODEL)),
        baselines);
  }

  private static RankerReport report(Map<Target, Accumulator> byTarget) {
    return new RankerReport(
        byTarget.get(Target.ABSOLUTE).report(), byTarget.get(Target.RELATIVE).report());
  }

  /** Per-day figures of one ranker and target, and the calibration over all days. */
  private static final class Accumulator {
    private final List<BacktestReport.DayFigures> days = new ArrayList<>();
    private final Calibration calibration = new Calibration();
    private final Calibration calls = new Calibration();

    void add(LocalDate day, List<Scored> ranked, Set<String> truth, int top) {
      List<String> names = ranked.stream().map(Scored::repo).toList();
      days.add(
          new BacktestReport.DayFigures(
              day,
              RankingMetrics.precisionAt(names, truth, PRECISION_AT[0]),
              RankingMetrics.precisionAt(names, truth, PRECISION_AT[1]),
              RankingMetrics.recall(names, truth, top)));
      for (int i = 0; i < ranked.size(); i++) {
        Scored scored = ranked.get(i);
        boolean hit = truth.contains(scored.repo());
        calibration.add(scored.probability(), hit);
        if (i < top) {
          calls.add(scored.probability(), hit);
        }
      }
    }

    TargetReport report() {
      return new TargetReport(
          mean(days, BacktestReport.DayFigures::precisionAt10),
          mean(days, BacktestReport.DayFigures::precisionAt20),
          mean(days, BacktestReport.DayFigures::recall),
          calibration.brier(),
          calibration.brierSkill(),
          calls.meanProbability(),
          calibration.bins(),
          days.size(),
          days);
    }

    private static double mean(
        List<BacktestReport.DayFigures> days, Function<BacktestReport.DayFigures, Double> figure) {
      double sum = 0;
      int known = 0;
      for (BacktestReport.DayFigures day : days) {
        Double value = figure.apply(day);
        if (value != null) {
          sum += value;
          known++;
        }
      }
      return known == 0 ? Double.NaN : sum / known;
    }
  }
}
