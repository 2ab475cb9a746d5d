package io.reposignal.ingest.gharchive.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import io.reposignal.testing.GhaTables;
import io.reposignal.testing.SynthHours;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills the ingest process ({@code kill -9}) at several moments, runs the same command again, and
 * checks that every GH Archive table equals that of an uninterrupted run.
 */
final class GhArchiveCrashTest {
  /**
   * When to kill: after the child reported committing this many files (0: while it starts and
   * migrates the store), plus a few milliseconds to land inside the next file's transaction.
   */
  private static final int[][] KILL_AFTER_FILES_AND_MILLIS = {
    {0, 300}, {1, 0}, {2, 15}, {4, 5}, {6, 40}, {7, 0}
  };

  @TempDir Path dir;

  @Test
  void ingest_killedAtAnyMomentThenRunAgain_equalsACleanRun() throws Exception {
    Path hours = dir.resolve("hours");
    SynthHours.generate(hours, "2026-02-01T00", 6, 4_000, 20_000, 11, null);
    addFileOfDuplicates(hours);
    addTruncatedFile(hours);

    Path cleanDb = dir.resolve("clean.duckdb");
    assertThat(runIngest(cleanDb, hours)).isEqualTo(1); // the truncated file makes it exit 1
    Map<String, List<String>> clean = snapshot(cleanDb);
    assertThat(clean.get("gha_file")).hasSize(8);

    List<Long> committedAtKill = new ArrayList<>();
    for (int[] killAt : KILL_AFTER_FILES_AND_MILLIS) {
      Path db = dir.resolve("killed-" + killAt[0] + "-" + killAt[1] + ".duckdb");
      Process process = start(db, hours);
      awaitCommitted(db, process, killAt[0]);
      Thread.sleep(killAt[1]);
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      committedAtKill.add(filesCommitted(db));

      assertThat(runIngest(db, hours)).isEqualTo(1);

      assertThat(snapshot(db))
          .as("killed %d ms after file %d was committed", killAt[1], killAt[0])
          .isEqualTo(clean);
    }
    // At least one kill must have landed between two commits, or the test proved nothing.
    assertThat(committedAtKill).as("files committed when killed").anyMatch(n -> n > 0 && n < 8);
  }

  private static void addFileOfDuplicates(Path hours) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.addAll(lines(hours.resolve("2026-02-01-0.json.gz")).subList(0, 1_500));
    lines.addAll(lines(hours.resolve("2026-02-01-5.json.gz")).subList(0, 500));
    write(hours.resolve("2026-02-01-6.json.gz"), lines);
  }

  private static void addTruncatedFile(Path hours) throws IOException {
    byte[] bytes = Files.readAllBytes(hours.resolve("2026-02-01-3.json.gz"));
    Path truncated = hours.resolve("2026-02-01-7.json.gz");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
  }

  private static List<String> lines(Path file) throws IOException {
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      return reader.lines().toList();
    }
  }

  private static void write(Path file, List<String> lines) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private Process start(Path db, Path hours) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // DuckDB unpacks its native library into the temporary folder and a killed process leaves it
    // there: keep it inside the test's folder.
    Path tmp = Files.createDirectories(dir.resolve("tmp"));
    List<String> command =
        List.of(
            java,
            "-Xmx256m",
            "-Djava.io.tmpdir=" + tmp,
            "-cp",
            System.getProperty("java.class.path"),
            "io.reposignal.cli.Main",
            "--db",
            db.toString(),
            "ingest",
            "gharchive",
            "--threads",
            "1",
            hours.toString());
    Path log = dir.resolve(db.getFileName() + ".log");
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Waits until the child's progress log says {@code files} files were committed. */
  private void awaitCommitted(Path db, Process process, int files) throws Exception {
    Path log = dir.resolve(db.getFileName() + ".log");
    String line = "[" + files + "/8]";
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
    while (files > 0 && System.nanoTime() < deadline && process.isAlive()) {
      if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(line)) {
        return;
      }
      Thread.sleep(2);
    }
  }

  private int runIngest(Path db, Path hours) throws Exception {
    Process process = start(db, hours);
    if (!process.waitFor(2, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("the ingest did not finish in 2 minutes");
    }
    return process.exitValue();
  }

  private static long filesCommitted(Path db) throws Exception {
    if (!Files.exists(db)) {
      return 0;
    }
    try (Store store = Store.open(db)) {
      return GhaTables.count(store.connection(), "SELECT count(*) FROM gha_file");
    }
  }

  private static Map<String, List<String>> snapshot(Path db) throws Exception {
    try (Store store = Store.open(db)) {
      return GhaTables.snapshot(store.connection());
    }
  }
}
