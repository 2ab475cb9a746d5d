package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a fetch did, file by file, in the order the files were planned.
 *
 * @param baseUrl the source the files came from
 * @param directory where complete files are and the missing ledger is kept
 * @param elapsed wall-clock time of the whole fetch
 */
public record FetchReport(
    URI baseUrl, Path directory, List<DownloadResult> results, Duration elapsed) {
  public FetchReport {
    requireNonNull(baseUrl, "baseUrl is null");
    requireNonNull(directory, "directory is null");
    results = List.copyOf(results);
    requireNonNull(elapsed, "elapsed is null");
  }

  public List<DownloadResult> with(DownloadOutcome outcome) {
    return results.stream().filter(result -> result.outcome() == outcome).toList();
  }

  public int count(DownloadOutcome outcome) {
    return with(outcome).size();
  }

  /** Complete files now in place, downloaded or already present, in plan order. */
  public List<Path> completeFiles() {
    return results.stream()
        .filter(DownloadResult::complete)
        .map(result -> result.download().target())
        .toList();
  }

  /** Bytes of the files downloaded in this run. */
  public long bytesDownloaded() {
    return with(DownloadOutcome.DOWNLOADED).stream().mapToLong(DownloadResult::bytes).sum();
  }

  /** True when every file was downloaded, already present or recorded missing. */
  public boolean succeeded() {
    return count(DownloadOutcome.FAILED) == 0;
  }
}
