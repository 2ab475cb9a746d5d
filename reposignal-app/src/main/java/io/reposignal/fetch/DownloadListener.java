package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;

/**
 * Hears how a batch of downloads proceeds, for progress display and for consumers that act on each
 * file as it arrives (see {@link ArrivalListener}). Calls may come from HTTP client threads and,
 * with parallel downloads, for several files at once: implementations must be thread-safe.
 */
public interface DownloadListener {
  /** Does nothing. */
  DownloadListener NONE = new DownloadListener() {};

  /** The batch is about to start with this many files. */
  default void planned(int files) {}

  /** A file is about to be checked or requested. */
  default void started(Download download) {}

  /** The part file of a transfer in progress now holds this many bytes. */
  default void progress(Download download, long bytes) {}

  /** An attempt failed and the next one starts after the delay. */
  default void retrying(Download download, int failedAttempt, String problem, Duration delay) {}

  /** The file is done with: downloaded, already present, missing or failed. */
  default void finished(DownloadResult result) {}

  /** A listener that passes every call to each of the given listeners, in order. */
  static DownloadListener all(DownloadListener... listeners) {
    List<DownloadListener> targets = List.of(listeners);
    return new DownloadListener() {
      @Override
      public void planned(int files) {
        targets.forEach(listener -> listener.planned(files));
      }

      @Override
      public void started(Download download) {
        targets.forEach(listener -> listener.started(download));
      }

      @Override
      public void progress(Download download, long bytes) {
        targets.forEach(listener -> listener.progress(download, bytes));
      }

      @Override
      public void retrying(Download download, int failedAttempt, String problem, Duration delay) {
        targets.forEach(listener -> listener.retrying(download, failedAttempt, problem, delay));
      }

      @Override
      public void finished(DownloadResult result) {
        targets.forEach(listener -> listener.finished(result));
      }
    };
  }

  /** Tells an arrival listener about each complete file and each missing one. */
  static DownloadListener notifying(ArrivalListener arrivals) {
    requireNonNull(arrivals, "arrivals is null");
    return new DownloadListener() {
      @Override
      public void finished(DownloadResult result) {
        if (result.complete()) {
          arrivals.arrived(result.download().target());
        } else if (result.outcome() == DownloadOutcome.MISSING) {
          arrivals.missing(result.download());
        }
      }
    };
  }
}
