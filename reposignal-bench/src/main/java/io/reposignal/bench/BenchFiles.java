package io.reposignal.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the benchmarks find their synthetic hour file. */
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
}
