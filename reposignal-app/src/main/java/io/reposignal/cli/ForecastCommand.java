package io.reposignal.cli;

import io.reposignal.error.RepoSignalException;
import io.reposignal.forecast.Call;
import io.reposignal.forecast.ForecastLedger;
import io.reposignal.forecast.Forecaster;
import io.reposignal.forecast.WalkForward;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.signal.series.SnapshotSeriesSource;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NavigableSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal forecast}: breakout calls of a day, recorded in the ledger. */
@Command(
    name = "forecast",
    mixinStandardHelpOptions = true,
    description = {
      "Calls the repositories that will be among the top K gainers of the next H days: by"
          + " absolute stars gained, and by stars gained relative to their size. Each call has a"
          + " probability and the features behind it.",
      "",
      "The model (a logistic regression on the signal engine's figures) is trained only on"
          + " outcomes known by the as-of day and reads no day after it. Calls are recorded in"
          + " the database's ledger with their data date; running the same forecast again shows"
          + " the calls first made and changes nothing. `reposignal track-record` resolves them"
          + " once the horizon has passed. See docs/forecast.md."
    })
final class ForecastCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--as-of",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description = "The data date: the last day the calls may read. Default: the latest day.")
  LocalDate asOf;

  @Option(
      names = "--horizon",
      paramLabel = "DAYS",
      defaultValue = "" + Forecaster.DEFAULT_HORIZON,
      description = "Days after the as-of day the calls cover. Default: ${DEFAULT-VALUE}.")
  int horizon;

  @Option(
      names = "--top",
      paramLabel = "K",
      defaultValue = "" + Forecaster.DEFAULT_TOP,
      description =
          "Calls are \"among the top K gainers\"; K calls are made per target. Default:"
              + " ${DEFAULT-VALUE}.")
  int top;

  @Option(names = "--json", description = "Print the calls as a JSON array to standard output.")
  boolean json;

  @Override
  public Integer call() {
    Commands.requireAtLeastOne("--horizon", horizon);
    Commands.requireAtLeastOne("--top", top);
    try (Store store = Commands.openCurrent(spec)) {
      LocalDate day = SnapshotCalendar.load(store).requireObserved(asOf);
      NavigableSet<LocalDate> observed = new SnapshotSeriesSource(store).observedDays();
      PrintWriter err = spec.commandLine().getErr();
      Forecaster.Recorded recorded =
          new Forecaster(new WalkForward(store, observed))
              .recorded(
                  new ForecastLedger(store), day, horizon, top, observed.last(), Instant.now());
      List<Call> calls = recorded.calls();
      if (calls.isEmpty()) {
        throw RepoSignalException.notFound("no repositories observed on %s", day);
      }
      if (recorded.madeNow()) {
        err.printf(
            Locale.ROOT,
            "forecast: %d calls recorded in the ledger of %s%n",
            calls.size(),
            Commands.database(spec));
      } else {
        err.printf(
            Locale.ROOT,
            "forecast: already in the ledger (made %s); showing the calls as first made%n",
            recorded.madeAt());
      }
      err.flush();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, calls);
      } else {
        print(out, calls, day);
      }
      return 0;
    }
  }

  private void print(PrintWriter out, List<Call> calls, LocalDate day) {
    out.printf(
        Locale.ROOT,
        "Calls of %s: among the top %d gainers of %s..%s (model %s)%n",
        day,
        top,
        day.plusDays(1),
        day.plusDays(horizon),
        WalkForward.MODEL_VERSION);
    Table table =
        new Table(
            List.of("target", "#", "repo", "probability", "velocity 7d", "momentum"),
            false,
            true,
            false,
            true,
            true,
            false);
    for (Call call : calls) {
      Double velocity = call.velocity7d();
      table.add(
          List.of(
              call.target().label(),
              Integer.toString(call.rank()),
              call.repo(),
              String.format(Locale.ROOT, "%.1f%%", call.probability() * 100),
              velocity == null ? "n/a" : String.format(Locale.ROOT, "%,.0f/day", velocity),
              call.momentum() == null ? "n/a" : call.momentum()));
    }
    table.print(out);
  }
}
