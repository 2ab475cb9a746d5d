package io.reposignal.cli;

import static java.util.Objects.requireNonNull;

import io.reposignal.fetch.Download;
import io.reposignal.fetch.DownloadListener;
import io.reposignal.fetch.DownloadResult;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Shows a fetch's progress on standard error: a line per finished file (files done of total, bytes,
 * rate), retries as they happen, and on a terminal a live line for the transfer under way.
 */
final class DownloadProgress implements DownloadListener {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final Map<Download, Long> startedNanos = new ConcurrentHashMap<>();
  private int total;
  private int done;
  private long lastDrawNanos;
  private boolean liveLineShown;

  DownloadProgress(PrintWriter err, boolean terminal) {
    this.err = requireNonNull(err, "err is null");
    this.terminal = terminal;
  }

  @Override
  public synchronized void planned(int files) {
    total = files;
  }

  @Override
  public void started(Download download) {
    startedNanos.put(download, System.nanoTime());
  }

  @Override
  public synchronized void progress(Download download, long bytes) {
    long now = System.nanoTime();
    if (!terminal || now - lastDrawNanos < REDRAW_NANOS) {
      return;
    }
    lastDrawNanos = now;
    err.print(
        "\r\033[K"
            + counter(done + 1)
            + download.fileName()
            + ": "
            + bytes(bytes)
            + rate(bytes, elapsed(download)));
    err.flush();
    liveLineShown = true;
  }

  @Override
  public synchronized void retrying(
      Download download, int failedAttempt, String problem, Duration delay) {
    clearLiveLine();
    err.printf(
        Locale.ROOT,
        "%s%s: attempt %d failed (%s); retrying in %.1f s%n",
        counter(done + 1),
        download.fileName(),
        failedAttempt,
        problem,
        delay.toMillis() / 1000.0);
    err.flush();
  }

  @Override
  public synchronized void finished(DownloadResult result) {
    done++;
    clearLiveLine();
    Download download = result.download();
    Duration elapsed = elapsed(download);
    startedNanos.remove(download);
    String what =
        switch (result.outcome()) {
          case DOWNLOADED ->
              String.format(
                  Locale.ROOT,
                  "downloaded %s in %.1f s%s",
                  bytes(result.bytes()),
                  elapsed.toMillis() / 1000.0,
                  rate(result.bytes(), elapsed));
          case ALREADY_PRESENT -> "already present";
          case MISSING -> "missing (" + result.problem() + ")";
          case FAILED -> "FAILED: " + result.problem();
        };
    err.println(counter(done) + download.fileName() + ": " + what);
    err.flush();
  }

  /** A byte count for people: {@code 950 B}, {@code 12.3 kB}, {@code 35.2 MB}. */
  static String bytes(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    String[] units = {"kB", "MB", "GB", "TB"};
    double value = bytes;
    int unit = -1;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit++;
    }
    return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
  }

  /** {@code " (3.1 MB/s)"}, or nothing when the time is too short to say. */
  static String rate(long bytes, Duration elapsed) {
    long millis = elapsed.toMillis();
    if (millis < 1 || bytes <= 0) {
      return "";
    }
    return " (" + bytes(Math.round(bytes * 1000.0 / millis)) + "/s)";
  }

  private String counter(int number) {
    int width = Integer.toString(Math.max(total, 1)).length();
    return String.format(Locale.ROOT, "[%" + width + "d/%d] ", number, total);
  }

  private Duration elapsed(Download download) {
    Long started = startedNanos.get(download);
    return started == null ? Duration.ZERO : Duration.ofNanos(System.nanoTime() - started);
  }

  private void clearLiveLine() {
    if (liveLineShown) {
      err.print("\r\033[K");
      liveLineShown = false;
    }
  }
}
