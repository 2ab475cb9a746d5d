package io.reposignal.cli;

import io.reposignal.fetch.Downloader;
import io.reposignal.fetch.FetchReport;
import io.reposignal.fetch.GhArchiveFetcher;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
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

  @Override
  public Integer call() {
    LocalDateTime first = GhArchiveFetcher.parseHour(from, false);
    LocalDateTime last = GhArchiveFetcher.parseHour(to, true);
    URI baseUrl = options.baseUrl(GhArchiveFetcher.DEFAULT_BASE_URL);
    Path directory = options.directory(spec, "gharchive");
    GhArchiveFetcher fetcher =
        new GhArchiveFetcher(Downloader.create(options.policy()), Clock.systemUTC());
    FetchReport report =
        fetcher.fetch(
            first,
            last,
            baseUrl,
            directory,
            new DownloadProgress(spec.commandLine().getErr(), System.console() != null));
    FetchSummary.print(
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        "gharchive",
        GhArchiveFetcher.label(first),
        GhArchiveFetcher.label(last),
        report,
        options.json);
    return report.succeeded() ? 0 : 1;
  }
}
