package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Downloads a planned list of files into one directory and keeps that directory's missing ledger in
 * step: the part every fetcher shares, whatever the source.
 */
final class DirectoryFetch {
  private DirectoryFetch() {}

  static FetchReport run(
      Downloader downloader,
      Clock clock,
      URI baseUrl,
      Path directory,
      List<Download> plan,
      DownloadListener listener) {
    requireNonNull(listener, "listener is null");
    MissingLedger ledger = MissingLedger.load(directory);
    DownloadListener bookkeeping =
        new DownloadListener() {
          @Override
          public void finished(DownloadResult result) {
            if (result.outcome() == DownloadOutcome.MISSING) {
              ledger.recordMissing(result.download(), clock.instant());
            } else if (result.complete()) {
              ledger.recordPresent(result.download().fileName());
            }
          }
        };
    Instant started = clock.instant();
    List<DownloadResult> results =
        downloader.downloadAll(plan, DownloadListener.all(bookkeeping, listener));
    return new FetchReport(baseUrl, directory, results, Duration.between(started, clock.instant()));
  }

  /** {@code base/relative}, whether or not the base URL ends with a slash. */
  static URI resolve(URI base, String relative) {
    String text = base.toString();
    return URI.create((text.endsWith("/") ? text : text + "/") + relative);
  }
}
