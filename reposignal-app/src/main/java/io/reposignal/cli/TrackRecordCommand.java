package io.reposignal.cli;

import io.reposignal.forecast.ForecastLedger;
import io.reposignal.forecast.ResolvedCall;
import io.reposignal.forecast.TrackRecord;
import io.reposignal.forecast.WalkForward;
import io.reposignal.signal.series.SnapshotSeriesSource;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal track-record}: the ledger's calls and how they turned out. */
@Command(
    name = "track-record",
    mixinStandardHelpOptions = true,
    description = {
      "Shows every call `reposignal forecast` recorded and what became of it. A call resolves"
          + " once the snapshots reach its as-of day plus its horizon: a hit when the repository"
          + " was among the top K gainers of the horizon (its realised rank is shown), else a"
          + " miss; until then it is open. A repository no longer listed at the end counts as a"
          + " miss.",
      "",
      "Hit rates are given per as-of month and target, next to the calls' mean probability (a"
          + " calibrated model has the two close). `live` says whether a call was made when the"
          + " database ended on its as-of day, rather than in hindsight."
    })
final class TrackRecordCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--json", description = "Print the track record as a JSON object.")
  boolean json;

  @Override
  public Integer call() {
    try (Store store = Commands.openCurrent(spec)) {
      WalkForward walkForward =
          new WalkForward(store, new SnapshotSeriesSource(store).observedDays());
      TrackRecord record = TrackRecord.of(new ForecastLedger(store), walkForward);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, record);
      } else {
        print(out, record);
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, TrackRecord record) {
    if (record.isEmpty()) {
      out.println("The ledger holds no calls yet; run `reposignal forecast` first.");
      return;
    }
    out.println("Hit rate per as-of month (resolved calls):");
    Table months =
        new Table(
            List.of("month", "target", "calls", "resolved", "hits", "hit rate", "mean p"),
            false,
            false,
            true,
            true,
            true,
            true,
            true);
    for (TrackRecord.HitRate rate : record.byMonth()) {
      months.add(row(rate.month(), rate));
    }
    for (TrackRecord.HitRate rate : record.overall()) {
      months.add(row("all", rate));
    }
    months.print(out);
    out.println();
    Table calls =
        new Table(
            List.of("as of", "target", "#", "repo", "p", "status", "realised rank", "gained"),
            false,
            false,
            true,
            false,
            true,
            false,
            true,
            true);
    for (ResolvedCall call : record.calls()) {
      calls.add(
          List.of(
              call.asOf().toString(),
              call.target().label(),
              Integer.toString(call.rank()),
              call.repo(),
              percent(call.probability()),
              call.status() == ResolvedCall.Status.OPEN
                  ? "open until " + call.due()
                  : call.status().label() + (call.live() ? "" : " (hindsight)"),
              call.realisedRank() == null ? "n/a" : Integer.toString(call.realisedRank()),
              Formats.gain(call.starsGained(), false)));
    }
    calls.print(out);
  }

  private static List<String> row(String month, TrackRecord.HitRate rate) {
    return List.of(
        month,
        rate.target().label(),
        Integer.toString(rate.calls()),
        Integer.toString(rate.resolved()),
        Integer.toString(rate.hits()),
        rate.hitRate() == null ? "n/a" : percent(rate.hitRate()),
        rate.meanProbability() == null ? "n/a" : percent(rate.meanProbability()));
  }

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }
}
