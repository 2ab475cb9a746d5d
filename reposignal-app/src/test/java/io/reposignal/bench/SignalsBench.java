package io.reposignal.bench;

import io.reposignal.ingest.rankings.SnapshotDeriver;
import io.reposignal.signal.SignalEngine;
import io.reposignal.signal.SignalWindow;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.signal.score.SuspiciousStars;
import io.reposignal.signal.series.SnapshotSeriesSource;
import io.reposignal.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * A timing harness (not a test): how long computing the signals of every repository on one day
 * takes on a database of real snapshots. Run by {@code bench/signals.sh DB [DAY]}; prints the
 * median and the spread of timed runs after warm-up runs.
 */
public final class SignalsBench {
  private static final int WARM_UP = 5;
  private static final int RUNS = 20;

  private SignalsBench() {}

  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: SignalsBench DB [YYYY-MM-DD]");
      System.exit(2);
    }
    try (Store store = Store.open(Path.of(args[0]))) {
      SnapshotDeriver.rebuildIfStale(store);
      LocalDate day =
          SnapshotCalendar.load(store)
              .requireObserved(args.length > 1 ? LocalDate.parse(args[1]) : null);
      SignalEngine engine = new SignalEngine(new SnapshotSeriesSource(store), SuspiciousStars.NONE);
      int repos = 0;
      for (int i = 0; i < WARM_UP; i++) {
        repos = engine.observedOn(day).size();
      }
      long[] nanos = new long[RUNS];
      for (int i = 0; i < RUNS; i++) {
        long start = System.nanoTime();
        SignalWindow.top(engine.observedOn(day), SignalWindow.DEFAULT_SIZE, null);
        nanos[i] = System.nanoTime() - start;
      }
      Arrays.sort(nanos);
      System.out.printf(
          Locale.ROOT,
          "signals of %d repositories on %s (read, features, classes, score, window):"
              + " median %.1f ms, min %.1f ms, max %.1f ms over %d runs%n",
          repos,
          day,
          nanos[RUNS / 2] / 1e6,
          nanos[0] / 1e6,
          nanos[RUNS - 1] / 1e6,
          RUNS);
    }
  }
}
