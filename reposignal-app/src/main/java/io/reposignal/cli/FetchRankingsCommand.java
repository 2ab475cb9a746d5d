package io.reposignal.cli;

import io.reposignal.fetch.Downloader;
import io.reposignal.fetch.FetchReport;
import io.reposignal.fetch.RankingsFetcher;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal fetch rankings}: downloads the daily star snapshots of a range of days. */
@Command(
    name = "rankings",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Downloads the daily star snapshots of the public EvanLi/Github-Ranking repository"
          + " (BASE/Data/github-ranking-YYYY-MM-DD.csv, default BASE"
          + " https://raw.githubusercontent.com/EvanLi/Github-Ranking/master) for each day from"
          + " --from to --to (UTC, inclusive), saved as github-ranking-YYYY-MM-DD.csv in --dir"
          + " (default: a `rankings` folder beside the database file).",
      "",
      "Resumable: complete files are never fetched again, and an interrupted transfer continues"
          + " from its .part file. Days the source lacks (HTTP 404) are listed in"
          + " DIR/fetch-ledger.json and asked for again by later runs. Then run"
          + " `reposignal ingest rankings DIR`."
    },
    footerHeading = "%nExit codes:%n",
    footer = {
      "  0  every file downloaded, already present or recorded missing",
      "  1  some files failed after all retries (run the command again to resume them)",
      "  2  usage error (a bad option or range)",
      "  3  the source cannot be reached (no network, wrong --base-url)",
      "",
      "Example: reposignal fetch rankings --from 2026-05-01 --to 2026-05-31"
    })
final class FetchRankingsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The first day to download (UTC).")
  LocalDate from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "YYYY-MM-DD",
      description = "The last day to download (UTC, inclusive); not after today.")
  LocalDate to;

  @Mixin FetchOptions options;

  @Override
  public Integer call() {
    URI baseUrl = options.baseUrl(RankingsFetcher.DEFAULT_BASE_URL);
    Path directory = options.directory(spec, "rankings");
    RankingsFetcher fetcher =
        new RankingsFetcher(Downloader.create(options.policy()), Clock.systemUTC());
    FetchReport report =
        fetcher.fetch(
            from,
            to,
            baseUrl,
            directory,
            new DownloadProgress(spec.commandLine().getErr(), System.console() != null));
    FetchSummary.print(
        spec.commandLine().getOut(),
        spec.commandLine().getErr(),
        "rankings",
        from.toString(),
        to.toString(),
        report,
        options.json);
    return report.succeeded() ? 0 : 1;
  }
}
