package io.reposignal.cli;

import io.reposignal.forecast.DefaultCalls;
import io.reposignal.forecast.Forecaster;
import io.reposignal.ingest.rankings.FileOutcome;
import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reposignal ingest rankings PATH...}: daily star snapshots into the store. */
@Command(
    name = "rankings",
    mixinStandardHelpOptions = true,
    description = {
      "Ingests daily star snapshots (EvanLi/Github-Ranking CSV files named"
          + " github-ranking-YYYY-MM-DD.csv or .csv.gz), each exactly once.",
      "",
      "A repository listed several times on one day counts once (its highest total: the latest"
          + " fetch). Renames and transfers are followed, so a repository keeps one identity and"
          + " its old names still find it. Days with no file are recorded as missing, and days on"
          + " which many repositories lose stars at once as platform-wide purges.",
      "",
      "Bad rows are skipped and reported with their line; a file that cannot be used as a whole is"
          + " reported and the other files still ingest (exit code 1).",
      "",
      "When the data changed, the breakout calls of the last day are made and recorded in the"
          + " forecast ledger (once per day; `reposignal forecast` shows them), so the day's"
          + " article and dashboard read them at once."
    })
final class IngestRankingsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Snapshot files, or folders whose snapshot files are ingested.")
  List<Path> paths = new ArrayList<>();

  @Option(
      names = "--replace",
      description =
          "Replace the rows of a file whose content changed since it was ingested (or of the"
              + " file that held the same day). Without it such files are reported, not mixed in.")
  boolean replace;

  @Option(names = "--json", description = "Print a JSON summary to standard output.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    try (Store store = Commands.openStore(spec)) {
      Progress progress = new Progress(err, "ingest rankings: files");
      RankingsIngester.Report report =
          new RankingsIngester(
                  store,
                  new RankingsIngester.Listener() {
                    @Override
                    public void fileDone(FileOutcome outcome, int done, int total) {
                      progress.update(done, total, "");
                    }
                  })
              .ingest(paths, replace);
      for (FileOutcome outcome : report.files()) {
        outcome.problems().forEach(problem -> err.println("reposignal: " + problem));
      }
      err.printf(
          Locale.ROOT,
          "ingest rankings: %d ingested, %d partial, %d unchanged, %d conflicting, %d rejected;"
              + " database %s%n",
          report.count(FileOutcome.Status.INGESTED),
          report.count(FileOutcome.Status.PARTIAL),
          report.count(FileOutcome.Status.UNCHANGED),
          report.count(FileOutcome.Status.CONFLICT),
          report.count(FileOutcome.Status.REJECTED),
          store.file());
      if (report.count(FileOutcome.Status.INGESTED) + report.count(FileOutcome.Status.PARTIAL)
          > 0) {
        // the calls rank by trusted figures: GH Archive hours added since the last reader count
        Commands.refreshDerived(store, err);
        DefaultCalls.ofLatestDay(store, Instant.now())
            .filter(Forecaster.Recorded::madeNow)
            .ifPresent(
                recorded ->
                    err.printf(
                        Locale.ROOT,
                        "ingest rankings: %d breakout calls of %s recorded (reposignal forecast)%n",
                        recorded.calls().size(),
                        recorded.calls().isEmpty()
                            ? "the last day"
                            : recorded.calls().get(0).asOf()));
      }
      err.flush();
      if (json) {
        Json.write(spec.commandLine().getOut(), summary(report));
      }
      return report.hasProblems() ? 1 : 0;
    }
  }

  private static Map<String, Object> summary(RankingsIngester.Report report) {
    Map<String, Object> summary = new LinkedHashMap<>();
    for (FileOutcome.Status status : FileOutcome.Status.values()) {
      summary.put(status.name().toLowerCase(Locale.ROOT), report.count(status));
    }
    List<Map<String, Object>> files = new ArrayList<>();
    for (FileOutcome outcome : report.files()) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("file", outcome.file().toString());
      file.put("day", outcome.day());
      file.put("status", outcome.status().name().toLowerCase(Locale.ROOT));
      file.put("rows", outcome.rowsKept());
      file.put("rows_rejected", outcome.rowsRejected());
      file.put("problems", outcome.problems());
      files.add(file);
    }
    summary.put("files", files);
    return summary;
  }
}
