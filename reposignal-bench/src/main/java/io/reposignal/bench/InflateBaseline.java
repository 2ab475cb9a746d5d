package io.reposignal.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Inflates the given files with the JDK's GZIPInputStream and nothing else, on as many threads as
 * the ingest uses (one file per thread): the floor under any Java reader of these files.
 *
 * <p>Usage: {@code InflateBaseline THREADS FILE...}; prints seconds and bytes.
 */
public final class InflateBaseline {
  private InflateBaseline() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    List<Path> files = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    long started = System.nanoTime();
    long bytes = BenchFiles.sumOverFiles(threads, files, InflateBaseline::inflate);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "inflate_seconds=%.3f inflated_bytes=%d%n", seconds, bytes);
  }

  private static long inflate(Path file) throws IOException {
    byte[] buffer = new byte[1 << 20];
    long total = 0;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
      }
    }
    return total;
  }
}
