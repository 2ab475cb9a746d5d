package io.reposignal.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Where the benchmarks find their synthetic hour file, and how the baselines share out files. */
final class BenchFiles {
  static final String PROPERTY = "reposignal.bench.hour";
  static final String DEFAULT = "/tmp/reposignal-bench/hours-150k/2026-02-01-0.json.gz";

  private BenchFiles() {}

  static Path hour() {
    Path file = Path.of(System.getProperty(PROPERTY, DEFAULT));
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "no benchmark hour at "
              + file
              + "; run bench/ingest.sh once (it generates the hours) or pass -D"
              + PROPERTY
              + "=FILE");
    }
    return file;
  }

  /** What a baseline does with one file: a count to add up. */
  interface PerFile {
    long apply(Path file) throws Exception;
  }

  /**
   * Runs {@code work} on every file, one file per thread on {@code threads} threads as the ingest
   * reads them, and adds up what it returns.
   */
  static long sumOverFiles(int threads, List<Path> files, PerFile work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Long>> counts = new ArrayList<>();
      for (Path file : files) {
        Callable<Long> task = () -> work.apply(file);
        counts.add(pool.submit(task));
      }
      long total = 0;
      for (Future<Long> count : counts) {
        total += count.get();
      }
      return total;
    } finally {
      pool.shutdown();
    }
  }
}
