package io.reposignal.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.ingest.gharchive.load.InputFiles;
import io.reposignal.store.Store;
import io.reposignal.store.gharchive.ParquetImporter;
import io.reposignal.testing.GhaTables;
import io.reposignal.testing.SharedData;
import io.reposignal.testing.SynthHours;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] mode, then {@code import parquet}, gives the very tables an embedded
 * ingest of the same files gives: synthetic hours across two days, a real hour, the same hour again
 * in another folder, a plain copy of it under another name (all its events already counted), a
 * truncated hour and a file that is not GH Archive at all.
 */
final class GhArchiveSparkJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("reposignal-test")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void job_sameHoursAsEmbeddedIngest_importGivesIdenticalTables(@TempDir Path tmp)
      throws Exception {
    Path input = hours(tmp.resolve("in"));
    Path output = tmp.resolve("out");
    Instant now = Instant.parse("2026-02-01T00:00:00Z");

    Map<String, List<String>> embedded;
    try (Store store = Store.open(tmp.resolve("embedded.duckdb"))) {
      List<Path> files = InputFiles.expand(List.of(input.toString())).files();
      new GhArchiveIngester(store, 2, Clock.fixed(now, ZoneOffset.UTC))
          .ingest(files, (outcome, done, total) -> {});
      embedded = GhaTables.snapshot(store.connection());
    }

    JobSummary summary =
        GhArchiveSparkJob.run(
            spark, new JobOptions(input.toUri().toString(), output.toUri().toString(), null, 0));
    Map<String, List<String>> imported;
    List<ParquetImporter.PartitionOutcome> again;
    try (Store store = Store.open(tmp.resolve("spark.duckdb"))) {
      List<ParquetImporter.PartitionOutcome> first =
          new ParquetImporter(store, now).importAll(output);
      assertThat(first).allSatisfy(p -> assertThat(p.alreadyImported()).isFalse());
      imported = GhaTables.snapshot(store.connection());
      again = new ParquetImporter(store, now).importAll(output);
      assertThat(GhaTables.snapshot(store.connection())).isEqualTo(imported);
    }

    assertThat(summary.files()).isEqualTo(9);
    assertThat(summary.sameAsEarlier()).isEqualTo(1);
    assertThat(summary.failed()).isTrue();
    assertThat(embedded.get("gha_file")).hasSize(8);
    assertThat(embedded.get("gha_star")).hasSizeGreaterThan(100);
    assertThat(embedded.get("gha_file").toString())
        .contains("partial", "corrupt", "2015-01-01-12.json|");
    assertThat(imported.keySet()).isEqualTo(embedded.keySet());
    for (String table : embedded.keySet()) {
      assertThat(imported.get(table)).as(table).isEqualTo(embedded.get(table));
    }
    assertThat(again).hasSize(2).allSatisfy(p -> assertThat(p.alreadyImported()).isTrue());
  }

  /**
   * Five synthetic hours over two days (the last one truncated), the real hour, an identical copy
   * of it, a plain copy of it under its .json name and a file that is an HTML page.
   */
  private static Path hours(Path in) throws IOException, InterruptedException {
    Files.createDirectories(in.resolve("copy"));
    SynthHours.generate(in, "2015-01-01T21", 5, 300, 5000, 7, SharedData.devPlan());
    Path last = in.resolve("2015-01-02-1.json.gz");
    byte[] whole = Files.readAllBytes(last);
    Files.write(last, java.util.Arrays.copyOf(whole, whole.length * 3 / 5));
    Path real = SharedData.gharchiveSample();
    Files.copy(real, in.resolve("2015-01-01-12.json.gz"));
    Files.copy(real, in.resolve("copy/2015-01-01-12.json.gz"));
    try (InputStream gz = new GZIPInputStream(Files.newInputStream(real));
        OutputStream plain = Files.newOutputStream(in.resolve("copy/2015-01-01-12.json"))) {
      gz.transferTo(plain);
    }
    Files.writeString(
        in.resolve("2015-01-02-3.json.gz"),
        "<html><body>502 Bad Gateway</body></html>\n",
        StandardCharsets.UTF_8);
    return in;
  }
}
