package io.reposignal.bench;

import io.reposignal.ingest.gharchive.HourFileReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The ingest's own reader (inflate, parse, aggregate) in a fresh JVM with no store behind it, one
 * file per thread as the ingest reads them: what the whole ingest would take if storing cost
 * nothing. With {@code igzip}, each file is inflated by an {@code igzip -d -c} child process (Intel
 * ISA-L, several times faster than zlib) and the reader parses its output: the floor with a native
 * inflater. Both ask whether a JVM reader can beat DuckDB's {@code read_json} at all.
 *
 * <p>Usage: {@code ReaderBaseline THREADS zlib|igzip FILE...}; prints seconds and events.
 */
public final class ReaderBaseline {
  private ReaderBaseline() {}

  public static void main(String[] args) throws Exception {
    int threads = Integer.parseInt(args[0]);
    boolean igzip =
        switch (args[1]) {
          case "zlib" -> false;
          case "igzip" -> true;
          default -> throw new IllegalArgumentException("inflater: zlib or igzip, was " + args[1]);
        };
    List<Path> files = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      files.add(Path.of(args[i]));
    }
    long started = System.nanoTime();
    ThreadLocal<HourFileReader> readers = ThreadLocal.withInitial(HourFileReader::new);
    long events = BenchFiles.sumOverFiles(threads, files, file -> read(readers.get(), file, igzip));
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "reader_seconds=%.3f events=%d%n", seconds, events);
  }

  private static long read(HourFileReader reader, Path file, boolean igzip)
      throws IOException, InterruptedException {
    if (!igzip) {
      return reader.read(file, key -> false).manifest().events();
    }
    Process inflater =
        new ProcessBuilder("igzip", "-d", "-c", file.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    long events;
    try (InputStream in = inflater.getInputStream()) {
      events = reader.read(file.getFileName().toString(), in, key -> false).manifest().events();
    }
    if (inflater.waitFor() != 0) {
      throw new IOException("igzip failed on " + file + " with exit " + inflater.exitValue());
    }
    return events;
  }
}
