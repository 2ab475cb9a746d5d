package io.reposignal.cli;

import io.reposignal.error.RepoSignalException;
import io.reposignal.ingest.rankings.FileOutcome;
import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.signal.SignalWindows;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal demo}: the main job on the embedded default, for a new user. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the main job end to end: ingests the daily star snapshots, then prints the signal"
          + " window and the language map of the latest day, and where the database is.",
      "",
      "The snapshots come from --data DIR; by default from ../shared/data/github-ranking beside"
          + " this checkout. A re-run is quick: files already ingested are skipped."
    })
final class DemoCommand implements Callable<Integer> {
  static final Path DEFAULT_DATA = Path.of("..", "shared", "data", "github-ranking");

  @Spec CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "The folder of snapshot files (github-ranking-YYYY-MM-DD.csv[.gz]). Default:"
              + " ../shared/data/github-ranking beside the checkout, if it exists.")
  Path data;

  @Option(
      names = "--window",
      paramLabel = "N",
      defaultValue = "50",
      description = "How many repositories the signal window holds. Default: ${DEFAULT-VALUE}.")
  int window;

  @Option(
      names = "--json",
      description =
          "Print a JSON object with the day, the window, the language map and the database.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Path folder = data != null ? data : defaultData();
    if (!Files.isDirectory(folder)) {
      throw RepoSignalException.badInput(
          "no snapshot folder at %s; pass --data DIR with github-ranking-YYYY-MM-DD.csv files"
              + " (download them with `reposignal fetch rankings --from D --to D --dir DIR`)",
          folder);
    }
    try (Store store = Commands.openStore(spec)) {
      err.println("demo: ingesting snapshots from " + folder);
      Progress progress = new Progress(err, "demo: files");
      RankingsIngester.Report report =
          new RankingsIngester(
                  store,
                  new RankingsIngester.Listener() {
                    @Override
                    public void fileDone(FileOutcome outcome, int done, int total) {
                      progress.update(done, total, "");
                    }
                  })
              .ingest(List.of(folder), false);
      report.files().forEach(f -> f.problems().forEach(p -> err.println("reposignal: " + p)));
      err.printf(
          Locale.ROOT,
          "demo: %d files ingested, %d already there, %d with problems%n",
          report.count(FileOutcome.Status.INGESTED) + report.count(FileOutcome.Status.PARTIAL),
          report.count(FileOutcome.Status.UNCHANGED),
          report.files().stream().filter(f -> f.status().isProblem()).count());
      LocalDate day = SnapshotCalendar.load(store).requireObserved(null);
      SignalWindows.LanguageShiftReport shift = Commands.windows(store).languageShift(day, window);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("as_of", day);
        result.put("window", shift.window());
        result.put("languages", shift.languages());
        result.put("database", store.file().toString());
        Json.write(out, result);
      } else {
        out.printf("Signal window of %s (top %d by signal score)%n", day, window);
        SignalsCommand.print(out, shift.window());
        out.println();
        out.printf("Language map of the signal window of %s%n", day);
        LanguagesCommand.print(out, shift);
        out.println();
        out.println("Database: " + store.file());
        out.println(
            "Next: reposignal signals --as-of "
                + day
                + ", reposignal repo OWNER/NAME, reposignal languages --as-of "
                + day);
        out.flush();
      }
      return report.hasProblems() ? 1 : 0;
    }
  }

  /** ../shared/data/github-ranking beside the checkout, else beside the working directory. */
  private static Path defaultData() {
    String home = System.getProperty("reposignal.home");
    if (home != null) {
      Path besideCheckout = Path.of(home).resolve(DEFAULT_DATA).normalize();
      if (Files.isDirectory(besideCheckout)) {
        return besideCheckout;
      }
    }
    return DEFAULT_DATA.toAbsolutePath().normalize();
  }
}
