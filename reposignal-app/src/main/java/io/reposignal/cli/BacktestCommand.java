package io.reposignal.cli;

import io.reposignal.error.RepoSignalException;
import io.reposignal.forecast.Backtest;
import io.reposignal.forecast.BacktestReport;
import io.reposignal.forecast.RankerReport;
import io.reposignal.forecast.TargetReport;
import io.reposignal.forecast.WalkForward;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.signal.series.SnapshotSeriesSource;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal backtest}: walk-forward evaluation of the forecasts against two baselines. */
@Command(
    name = "backtest",
    mixinStandardHelpOptions = true,
    description = {
      "Evaluates the breakout forecasts walk-forward on the stored snapshots: for every as-of day"
          + " (every --step days from --from to --to) the model and two baselines are trained"
          + " only on outcomes known by that day, rank every repository observed on it, and are"
          + " scored against what happened over the next --horizon days.",
      "",
      "A hit is a repository among the top --top gainers of the horizon, by absolute stars"
          + " gained and (under `relative`) by stars gained relative to its size. Figures:"
          + " precision at 10 and 20 (the share of the 10 or 20 best-ranked repositories that"
          + " were hits), recall (the share of the true top K the ranker's top K caught), the"
          + " Brier score and a reliability table of the probabilities. Baselines: trending_7d"
          + " (stars of the last 7 days, GitHub-Trending-like) and oss_insight (OSS Insight's"
          + " recency-weighted trending score adapted to daily snapshots). See docs/forecast.md."
    })
final class BacktestCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description =
          "The first as-of day. Default: the first day with enough history to train on"
              + " (outcomes of 3 training days known).")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description =
          "The last as-of day. Default: the latest day whose horizon the data covers (the last"
              + " day in the database minus the horizon).")
  LocalDate to;

  @Option(
      names = "--horizon",
      paramLabel = "DAYS",
      defaultValue = "28",
      description = "Days after each as-of day over which gains count. Default: ${DEFAULT-VALUE}.")
  int horizon;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "20",
      description = "A hit is a repository among the top K gainers. Default: ${DEFAULT-VALUE}.")
  int top;

  @Option(
      names = "--step",
      paramLabel = "DAYS",
      defaultValue = "7",
      description = "Days between two as-of days. Default: ${DEFAULT-VALUE}.")
  int step;

  @Option(names = "--json", description = "Print the report as a JSON object to standard output.")
  boolean json;

  @Override
  public Integer call() {
    Commands.requireAtLeastOne("--horizon", horizon);
    Commands.requireAtLeastOne("--top", top);
    Commands.requireAtLeastOne("--step", step);
    try (Store store = Commands.openCurrent(spec)) {
      NavigableSet<LocalDate> observed = new SnapshotSeriesSource(store).observedDays();
      if (observed.isEmpty()) {
        // The calendar's error says why there are none and what to run.
        SnapshotCalendar.load(store).requireObserved(null);
      }
      WalkForward walkForward = new WalkForward(store, observed);
      LocalDate first = from != null ? from : walkForward.firstForecastDay(horizon);
      LocalDate last = to != null ? to : observed.last().minusDays(horizon);
      if (first == null || first.isAfter(last)) {
        throw RepoSignalException.notFound(
            "no as-of day to evaluate: the database holds %s to %s; a %d-day horizon needs %d"
                + " training days before the first as-of day and %d days after the last",
            observed.first(), observed.last(), horizon, WalkForward.MIN_TRAINING_DAYS, horizon);
      }
      long started = System.nanoTime();
      BacktestReport report = new Backtest(walkForward).run(first, last, horizon, top, step);
      double seconds = (System.nanoTime() - started) / 1e9;
      PrintWriter err = spec.commandLine().getErr();
      err.printf(
          Locale.ROOT,
          "backtest: %d as-of days evaluated in %.1f s%n",
          report.asOfDays().size(),
          seconds);
      err.flush();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, report);
      } else {
        print(out, report);
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, BacktestReport report) {
    out.printf(
        Locale.ROOT,
        "Walk-forward backtest, %s to %s every %d days (%d as-of days), horizon %d days, top %d,"
            + " model %s%n",
        report.from(),
        report.to(),
        report.step(),
        report.asOfDays().size(),
        report.horizon(),
        report.top(),
        report.modelVersion());
    Table table =
        new Table(
            List.of("ranker", "target", "P@10", "P@20", "recall", "Brier", "skill", "p of calls"),
            false,
            false,
            true,
            true,
            true,
            true,
            true,
            true);
    add(table, "model", report.model());
    for (Map.Entry<String, RankerReport> baseline : report.baselines().entrySet()) {
      add(table, baseline.getKey(), baseline.getValue());
    }
    table.print(out);
  }

  private static void add(Table table, String name, RankerReport report) {
    row(table, name, "absolute", report.absolute());
    row(table, name, "relative", report.relative());
  }

  private static void row(Table table, String name, String target, TargetReport figures) {
    table.add(
        List.of(
            name,
            target,
            fraction(figures.precisionAt10()),
            fraction(figures.precisionAt20()),
            fraction(figures.recall()),
            number(figures.brier(), "%.5f"),
            number(figures.brierSkill(), "%.3f"),
            fraction(figures.callsMeanProbability())));
  }

  private static String fraction(Double value) {
    return number(value, "%.3f");
  }

  private static String number(Double value, String format) {
    return value == null ? "n/a" : String.format(Locale.ROOT, format, value);
  }
}
