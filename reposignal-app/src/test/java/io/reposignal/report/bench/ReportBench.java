package io.reposignal.report.bench;

import io.reposignal.report.Article;
import io.reposignal.report.ArticleBuilder;
import io.reposignal.report.ReportWriter;
import io.reposignal.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Times generating one article in a running JVM: computing it from the store, then writing the
 * Markdown, PNG charts, HTML and index. The first run is cold (class loading, JIT, fonts); the
 * median of the rest is the steady cost. bench/report.sh hands it a database whose ledger already
 * holds the day's calls, so it times later articles of a day. Run by bench/report.sh; not a unit
 * test.
 *
 * <p>Usage: {@code ReportBench DATABASE DAY OUT_DIR [RUNS]}
 */
public final class ReportBench {
  private ReportBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: ReportBench DATABASE YYYY-MM-DD OUT_DIR [RUNS]");
      System.exit(2);
    }
    Path database = Path.of(args[0]);
    LocalDate day = LocalDate.parse(args[1]);
    Path out = Path.of(args[2]);
    int runs = args.length > 3 ? Integer.parseInt(args[3]) : 5;
    Files.createDirectories(out);
    List<Double> build = new ArrayList<>();
    List<Double> write = new ArrayList<>();
    try (Store store = Store.open(database)) {
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        Article article = ArticleBuilder.forStore(store).build(day);
        long built = System.nanoTime();
        new ReportWriter().write(article, out);
        long written = System.nanoTime();
        build.add((built - start) / 1e9);
        write.add((written - built) / 1e9);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "| in-process, later article, cold JVM (first run) | %.2f | %.2f | %.2f |%n",
        build.get(0),
        write.get(0),
        build.get(0) + write.get(0));
    double b = median(build.subList(1, runs));
    double w = median(write.subList(1, runs));
    System.out.printf(
        Locale.ROOT,
        "| in-process, later article, warm JVM (median of %d) | %.2f | %.2f | %.2f |%n",
        runs - 1,
        b,
        w,
        b + w);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
