package io.reposignal.cli;

import io.reposignal.error.RepoSignalException;
import io.reposignal.fetch.DownloadListener;
import io.reposignal.fetch.DownloadOutcome;
import io.reposignal.fetch.FetchReport;
import io.reposignal.fetch.RankingsFetcher;
import io.reposignal.ingest.rankings.FileOutcome;
import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.signal.SignalWindows;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.store.Store;
import java.io.PrintWriter;
import java.net.URI;
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
          + " this checkout; when that does not exist, the last 30 days are downloaded into a"
          + " `rankings` folder beside the database (it says so). A re-run is quick: files"
          + " already ingested are skipped."
    })
final class DemoCommand implements Callable<Integer> {
  static final int FETCH_DAYS = 30;
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
      names = "--base-url",
      paramLabel = "URL",
      defaultValue = "https://raw.githubusercontent.com/EvanLi/Github-Ranking/master",
      description =
          "Where to download snapshots from when no local folder exists. Default:"
              + " ${DEFAULT-VALUE}.")
  URI baseUrl;

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
      if (data != null) {
        throw RepoSignalException.badInput(
            "no snapshot folder at %s; pass --data DIR with github-ranking-YYYY-MM-DD.csv files"
                + " (download them with `reposignal fetch rankings --from D --to D --dir DIR`)",
            folder);
      }
      folder = fetchRecentDays(err);
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
      Commands.refreshDerived(store, err);
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

  /**
   * With no local snapshots, downloads the last {@value #FETCH_DAYS} days beside the database,
   * saying so; offline this fails fast with a clear message (exit code 3).
   */
  private Path fetchRecentDays(PrintWriter err) {
    Path folder = Commands.database(spec).toAbsolutePath().normalize().resolveSibling("rankings");
    err.printf(
        "demo: no local snapshots; downloading the last %d days from %s into %s%n",
        FETCH_DAYS, baseUrl, folder);
    err.flush();
    FetchReport report =
        RankingsFetcher.create(VersionProvider.version())
            .fetchLastDays(FETCH_DAYS, baseUrl, folder, new DownloadListener() {});
    err.printf(
        Locale.ROOT,
        "demo: %d snapshot files at hand, %d days missing at the source, %d failed%n",
        report.completeFiles().size(),
        report.count(DownloadOutcome.MISSING),
        report.count(DownloadOutcome.FAILED));
    if (report.completeFiles().isEmpty()) {
      throw RepoSignalException.unavailable(
          "could not download any snapshot from %s; check the network, pass --base-url, or pass"
              + " --data DIR with local snapshot files",
          baseUrl);
    }
    return folder;
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
