package io.reposignal.cli;

import io.reposignal.ingest.gharchive.load.FileOutcome;
import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of an ingest on standard error: one line rewritten in place on a terminal (files,
 * events/s, ETA), one plain line per file otherwise, so logs stay readable.
 */
final class IngestProgress implements GhArchiveIngester.Listener {
  private final PrintWriter err;
  private final boolean terminal;
  private final long totalBytes;
  private final long started = System.nanoTime();
  private long bytesDone;
  private long events;
  private long lastDraw;

  IngestProgress(PrintWriter err, boolean terminal, long totalBytes) {
    this.err = err;
    this.terminal = terminal;
    this.totalBytes = totalBytes;
  }

  @Override
  public void committed(FileOutcome outcome, int done, int total) {
    bytesDone += outcome.compressedBytes();
    events += outcome.events();
    double seconds = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
    if (!terminal) {
      err.printf(
          Locale.ROOT,
          "gharchive: [%d/%d] %s %s%s, %,d events%n",
          done,
          total,
          outcome.file().getFileName(),
          outcome.status(),
          outcome.alreadyIngested() ? " (already ingested, skipped)" : "",
          outcome.events());
      return;
    }
    long now = System.nanoTime();
    if (done < total && now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    double share = totalBytes > 0 ? (double) bytesDone / totalBytes : (double) done / total;
    long eta = share > 0 ? Math.round(seconds / share - seconds) : 0;
    err.printf(
        Locale.ROOT,
        "\rgharchive: %d/%d files, %,d events, %,.0f events/s, ETA %d:%02d   %s",
        done,
        total,
        events,
        events / seconds,
        eta / 60,
        eta % 60,
        done == total ? "\n" : "");
    err.flush();
  }
}
