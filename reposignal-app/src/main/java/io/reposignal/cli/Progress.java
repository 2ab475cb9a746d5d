package io.reposignal.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long command on standard error: a line redrawn in place on a terminal, plain log
 * lines (about every tenth of the work) otherwise, so logs stay readable.
 */
final class Progress {
  private final PrintWriter err;
  private final String what;
  private final boolean terminal;
  private final long startNanos = System.nanoTime();
  private int lastDecile = -1;

  Progress(PrintWriter err, String what) {
    this(err, what, System.console() != null);
  }

  Progress(PrintWriter err, String what, boolean terminal) {
    this.err = err;
    this.what = what;
    this.terminal = terminal;
  }

  void update(long done, long total, String detail) {
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    String eta =
        done == 0 || done >= total
            ? ""
            : String.format(Locale.ROOT, ", ETA %.0fs", seconds * (total - done) / done);
    String line =
        String.format(
            Locale.ROOT,
            "%s %,d/%,d%s%s",
            what,
            done,
            total,
            detail.isEmpty() ? "" : " " + detail,
            eta);
    if (terminal) {
      err.print("\r\033[K" + line);
      if (done >= total) {
        err.println();
      }
      err.flush();
      return;
    }
    int decile = total == 0 ? 10 : (int) (done * 10 / total);
    if (decile != lastDecile || done >= total) {
      lastDecile = decile;
      err.println(line);
      err.flush();
    }
  }
}
