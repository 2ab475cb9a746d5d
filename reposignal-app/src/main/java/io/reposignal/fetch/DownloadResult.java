package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

/**
 * What happened to one download.
 *
 * @param bytes the size of the complete file (0 when missing or failed)
 * @param attempts how many HTTP requests were made (0 when the file was already present)
 * @param problem why the file is missing or failed; null otherwise
 */
public record DownloadResult(
    Download download, DownloadOutcome outcome, long bytes, int attempts, String problem) {
  public DownloadResult {
    requireNonNull(download, "download is null");
    requireNonNull(outcome, "outcome is null");
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must be >= 0, was " + bytes);
    }
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must be >= 0, was " + attempts);
    }
    boolean needsProblem = outcome == DownloadOutcome.MISSING || outcome == DownloadOutcome.FAILED;
    if (needsProblem != (problem != null)) {
      throw new IllegalArgumentException(
          "a problem is required exactly for missing and failed downloads, outcome " + outcome);
    }
  }

  /** True when the complete file is now in place at the target (downloaded or already there). */
  public boolean complete() {
    return outcome == DownloadOutcome.DOWNLOADED || outcome == DownloadOutcome.ALREADY_PRESENT;
  }
}
