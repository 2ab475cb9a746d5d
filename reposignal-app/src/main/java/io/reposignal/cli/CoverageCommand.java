package io.reposignal.cli;

import io.reposignal.signal.series.CaptureRate;
import io.reposignal.signal.series.CoverageDay;
import io.reposignal.signal.series.GhArchiveDays;
import io.reposignal.signal.series.SeriesSources;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal coverage}: GH Archive's coverage and capture rate, day by day. */
@Command(
    name = "coverage",
    mixinStandardHelpOptions = true,
    description = {
      "Prints, for every UTC day of the GH Archive hours ingested, how its 24 hours were read and"
          + " GH Archive's capture rate: the share of the stars gained in the snapshots that"
          + " arrived as WatchEvents, over the repositories in both sources.",
      "",
      "A day counts only when all 24 hours were read in full (standing `complete`); a `partial`"
          + " day's counts are shown but never used by statistics; a day without any hour read has"
          + " no data (unknown, never zero). The rate is `measured` on days with enough"
          + " repositories in both sources, `carried` from the last measured day up to 30 days"
          + " before, or `assumed` to be 1 when there is nothing to reconcile against. Stars of"
          + " repositories seen only in GH Archive are estimated as events / rate and flagged"
          + " `estimated` in `signals` and `gharchive-estimate` in `repo`."
    })
final class CoverageCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--json",
      description = "Print a JSON array (one object per day) to standard output.")
  boolean json;

  @Override
  public Integer call() {
    try (Store store = Commands.openCurrent(spec)) {
      List<CoverageDay> days =
          CoverageDay.of(
              GhArchiveDays.read(store, LocalDate.of(9999, 12, 31)),
              SeriesSources.reconciled(store).rates());
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, days);
        return 0;
      }
      if (days.isEmpty()) {
        out.println("no GH Archive hours in the database; run `reposignal ingest gharchive` first");
        return 0;
      }
      Table table =
          new Table(
              List.of(
                  "day",
                  "standing",
                  "hours ok",
                  "capture rate",
                  "basis",
                  "repos",
                  "events",
                  "snapshot stars"),
              false,
              false,
              true,
              true,
              false,
              true,
              true,
              true);
      for (CoverageDay day : days) {
        CaptureRate rate = day.captureRate();
        table.add(
            List.of(
                day.day().toString(),
                day.standing(),
                Integer.toString(day.hoursOk()),
                String.format(Locale.ROOT, "%.3f", rate.rate()),
                rate.basis()
                    + (CaptureRate.CARRIED.equals(rate.basis())
                        ? " from " + rate.measuredOn()
                        : ""),
                rate.repos() == 0 ? "" : Integer.toString(rate.repos()),
                rate.repos() == 0 ? "" : Long.toString(rate.eventStars()),
                rate.repos() == 0 ? "" : Long.toString(rate.snapshotStars())));
      }
      table.print(out);
      return 0;
    }
  }
}
