package io.reposignal.ingest.rankings;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.cli.Main;
import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingest process (SIGKILL) at several moments, runs the same command again, and checks
 * that the tables equal those of a clean run.
 */
final class RankingsCrashRecoveryTest {
  private static final int FILES = 24;

  @TempDir Path dir;

  @Test
  void ingest_killedAtAnyMomentThenRerun_equalsACleanRun() throws Exception {
    Path input = Files.createDirectories(dir.resolve("in"));
    try (Stream<Path> files = Files.list(SharedData.rankings())) {
      for (Path file : files.filter(RankingFileName::matches).sorted().limit(FILES).toList()) {
        Files.copy(file, input.resolve(file.getFileName()));
      }
    }
    Path clean = dir.resolve("clean.duckdb");
    assertThat(Main.execute("--db", clean.toString(), "ingest", "rankings", input.toString()))
        .isZero();
    String expected;
    try (Store store = Store.open(clean)) {
      expected = RankingsIngesterTest.dump(store);
    }

    for (long killAfterMillis : List.of(700L, 1500L, 2500L, 4000L)) {
      Path crashed = dir.resolve("crashed-" + killAfterMillis + ".duckdb");
      Process process = ingestProcess(crashed, input);
      if (!process.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
        process.destroyForcibly().waitFor();
      }
      assertThat(Main.execute("--db", crashed.toString(), "ingest", "rankings", input.toString()))
          .isZero();
      try (Store store = Store.open(crashed)) {
        assertThat(RankingsIngesterTest.dump(store))
            .as("killed after %d ms, then re-run", killAfterMillis)
            .isEqualTo(expected);
      }
    }
  }

  private static Process ingestProcess(Path database, Path input) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    return new ProcessBuilder(
            java.toString(),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "--db",
            database.toString(),
            "ingest",
            "rankings",
            input.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }
}
