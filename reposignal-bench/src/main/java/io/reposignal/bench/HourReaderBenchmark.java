package io.reposignal.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.reposignal.ingest.gharchive.HourAggregate;
import io.reposignal.ingest.gharchive.HourFileReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One synthetic hour (150,000 events) read four ways, single-threaded: the RepoSignal reader on the
 * gzipped file (inflate, parse, aggregate), the same reader on the inflated bytes (parse and
 * aggregate alone), inflate alone, and a plain Jackson streaming parse with a HashMap of
 * per-repository counts, the usual way to write it. Divide 150,000 by the time for events/s.
 *
 * <p>{@code java -cp 'reposignal-bench/target/reposignal-bench.jar:reposignal-bench/target/lib/*'
 * org.openjdk.jmh.Main HourReaderBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
public class HourReaderBenchmark {
  private static final JsonFactory JSON = new JsonFactory();

  private byte[] gzipped;
  private byte[] inflated;
  private HourFileReader reader;

  @Setup(Level.Trial)
  public void load() throws IOException {
    gzipped = Files.readAllBytes(BenchFiles.hour());
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 1 << 16)) {
      inflated = in.readAllBytes();
    }
    reader = new HourFileReader();
  }

  @Benchmark
  public HourAggregate readerOnGzip() {
    return reader.read("2026-02-01-0.json.gz", new ByteArrayInputStream(gzipped), k -> false);
  }

  @Benchmark
  public HourAggregate readerOnInflatedBytes() {
    return reader.read("2026-02-01-0.json", new ByteArrayInputStream(inflated), k -> false);
  }

  @Benchmark
  public long inflateOnly() throws IOException {
    byte[] buffer = new byte[1 << 20];
    long total = 0;
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped), 1 << 16)) {
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
      }
    }
    return total;
  }

  @Benchmark
  public Map<Long, int[]> jacksonStreamingOnInflatedBytes() throws IOException {
    Map<Long, int[]> counts = new HashMap<>();
    try (JsonParser parser = JSON.createParser(inflated)) {
      while (parser.nextToken() == JsonToken.START_OBJECT) {
        long repo = -1;
        boolean star = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          JsonToken value = parser.nextToken();
          if (field.equals("type")) {
            star = parser.getText().equals("WatchEvent");
          } else if (field.equals("repo") && value == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
              String inner = parser.currentName();
              parser.nextToken();
              if (inner.equals("id")) {
                repo = parser.getLongValue();
              }
              parser.skipChildren();
            }
          } else {
            parser.skipChildren();
          }
        }
        int[] c = counts.computeIfAbsent(repo, k -> new int[2]);
        c[0]++;
        c[1] += star ? 1 : 0;
      }
    }
    return counts;
  }
}
