package io.reposignal.cli;

import io.reposignal.fetch.ArrivalListener;
import io.reposignal.fetch.DownloadListener;
import io.reposignal.fetch.Downloader;
import io.reposignal.fetch.FetchReport;
import io.reposignal.fetch.GhArchiveFetcher;
import io.reposignal.ingest.gharchive.load.FileOutcome;
import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.ingest.gharchive.load.IngestSummary;
import io.reposignal.store.Store;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal fetch gharchive}: downloads the GH Archive hour files of a range of hours. */
@Command(
    name = "gharchive",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Downloads GH Archive hour files (BASE/YYYY-MM-DD-H.json.gz, the hour not zero-padded;"
          + " default BASE https://data.gharchive.org, or a mirror with the same names such as"
          + " OpenDigger's) for each hour from --from to --to (UTC, inclusive) into --dir"
          + " (default: a `gharchive` folder beside the database file).",
      "",
      "Resumable: complete files are never fetched again, and an interrupted transfer continues"
          + " from its .part file; a file is complete only when its length matches and its gzip"
          + " stream inflates to the end. Hours the source lacks (HTTP 404) are listed in"
          + " DIR/fetch-ledger.json and asked for again by later runs. Then run"
          + " `reposignal ingest gharchive DIR`."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every file downloaded, already present or recorded missing",
      "  1  some files failed after all retries (run the command again to resume them)",
      "  2  usage error (a bad option or range)",
      "  3  the source cannot be reached (no network, wrong --base-url)",
      "",
      "Example: reposignal fetch gharchive --from 2026-11-01T00 --to 2026-11-02T23"
    })
final class FetchGhArchiveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "HOUR",
      description =
          "The first hour to download, YYYY-MM-DDTHH in UTC (e.g. 2026-11-01T00); a bare day"
              + " YYYY-MM-DD means its hour 00.")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "HOUR",
      description =
          "The last hour to download (inclusive), YYYY-MM-DDTHH in UTC; a bare day YYYY-MM-DD"
              + " means its hour 23. Not after the current hour.")
  String to;

  @Mixin FetchOptions options;

  @Option(
      names = "--ingest",
      description =
          "Ingest each hour file into the database as soon as it is complete (as `reposignal"
              + " ingest gharchive` would), so downloading and ingesting overlap. Files already"
              + " present are ingested too; files already ingested are skipped.")
  boolean ingest;

  @Override
  public Integer call() {
    LocalDateTime first = GhArchiveFetcher.parseHour(from, false);
    LocalDateTime last = GhArchiveFetcher.parseHour(to, true);
    URI baseUrl = options.baseUrl(GhArchiveFetcher.DEFAULT_BASE_URL);
    Path directory = options.directory(spec, "gharchive");
    GhArchiveFetcher fetcher =
        new GhArchiveFetcher(Downloader.create(options.policy()), Clock.systemUTC());
    DownloadListener progress =
        new DownloadProgress(spec.commandLine().getErr(), System.console() != null);
    if (!ingest) {
      return finish(fetcher.fetch(first, last, baseUrl, directory, progress), first, last, true);
    }
    try (Store store = Commands.openStore(spec)) {
      // As in `ingest gharchive`: DuckDB small while hours go in, and the suspicious stars left
      // for the first command that reads them.
      store.limitMemory(IngestGharchiveCommand.DUCKDB_MEMORY_MB);
      ArrivingHours arriving = new ArrivingHours(store, spec.commandLine().getErr());
      FetchReport report =
          fetcher.fetch(
              first,
              last,
              baseUrl,
              directory,
              DownloadListener.all(progress, DownloadListener.notifying(arriving)));
      spec.commandLine()
          .getErr()
          .printf(
              java.util.Locale.ROOT,
              "ingest gharchive: %d files ingested, %d already there, %d with problems%n",
              arriving.ingested,
              arriving.already,
              arriving.failed);
      return finish(report, first, last, arriving.failed == 0);
    }
  }

  private int finish(
      FetchReport report, LocalDateTime first, LocalDateTime last, boolean ingested) {
    FetchSummary.print(
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        "gharchive",
        GhArchiveFetcher.label(first),
        GhArchiveFetcher.label(last),
        report,
        options.json);
    return report.succeeded() && ingested ? 0 : 1;
  }

  /** Ingests each hour file as it arrives; the download thread waits, so files do not pile up. */
  private static final class ArrivingHours implements ArrivalListener {
    private final Store store;
    private final java.io.PrintWriter err;
    int ingested;
    int already;
    int failed;

    ArrivingHours(Store store, java.io.PrintWriter err) {
      this.store = store;
      this.err = err;
    }

    @Override
    public void arrived(Path file) {
      IngestSummary summary =
          new GhArchiveIngester(store, 1, Clock.systemUTC()).ingest(List.of(file), (o, d, t) -> {});
      for (FileOutcome outcome : summary.files()) {
        if (outcome.failed()) {
          failed++;
          outcome.problems().forEach(problem -> err.println("reposignal: " + problem));
        } else if (outcome.alreadyIngested()) {
          already++;
        } else {
          ingested++;
        }
      }
    }
  }
}
