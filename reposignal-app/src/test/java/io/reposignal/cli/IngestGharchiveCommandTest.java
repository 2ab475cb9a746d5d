package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.store.Store;
import io.reposignal.suspicious.DetectorSettings;
import io.reposignal.suspicious.SuspiciousDeriver;
import io.reposignal.testing.GhaTables;
import io.reposignal.testing.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class IngestGharchiveCommandTest {
  @TempDir Path dir;

  @Test
  void ingestGharchive_realHourWithJson_printsOnlyJsonAndExitsZero() throws Exception {
    Path db = dir.resolve("s.duckdb");

    CliRun run =
        CliRun.on(db, "ingest", "gharchive", "--json", SharedData.gharchiveSample().toString());

    assertThat(run.exit()).isZero();
    JsonNode summary = run.json();
    assertThat(summary.get("events").asLong()).isEqualTo(8_273);
    assertThat(summary.get("files").get(0).get("status").asText()).isEqualTo("ok");
    assertThat(run.err()).contains("[1/1] 2015-01-01-12.json.gz ok");
  }

  @Test
  void deriveSuspicious_capTooSmall_derivesAgainWithoutTheCapAndSaysSo() throws Exception {
    Path capped = dir.resolve("capped.duckdb");
    Path free = dir.resolve("free.duckdb");
    for (Path db : List.of(capped, free)) {
      try (Store store = Store.open(db)) {
        new GhArchiveIngester(store, 1, Clock.systemUTC())
            .ingest(List.of(SharedData.gharchiveSample()), (outcome, done, total) -> {});
      }
    }
    StringWriter err = new StringWriter();

    // 4 MB is too little for the derivation's queries even on one hour (8 MB failed too).
    try (Store store = Store.open(capped)) {
      assertThat(IngestGharchiveCommand.deriveSuspicious(store, 4, new PrintWriter(err, true)))
          .isTrue();
    }
    try (Store store = Store.open(free)) {
      new SuspiciousDeriver(DetectorSettings.DEFAULT).rebuild(store);
    }

    assertThat(err.toString()).contains("needs more than 4 MB").contains("without that cap");
    assertThat(suspiciousRows(capped)).isEqualTo(suspiciousRows(free)).isNotEmpty();
    // and a derivation that fits needs no second attempt
    try (Store store = Store.open(free)) {
      StringWriter quiet = new StringWriter();
      assertThat(IngestGharchiveCommand.deriveSuspicious(store, 64, new PrintWriter(quiet, true)))
          .isFalse();
      assertThat(quiet.toString()).isEmpty();
    }
  }

  private static List<String> suspiciousRows(Path db) throws Exception {
    try (Store store = Store.open(db)) {
      return GhaTables.rows(
          store.connection(),
          "SELECT repo_id, day, stars, suspicious_stars FROM suspicious_repo_day"
              + " UNION ALL SELECT event_id, day, score, NULL FROM suspicious_star"
              + " UNION ALL SELECT NULL, NULL, NULL, fingerprint FROM derived_state");
    }
  }

  @Test
  void ingestGharchive_again_saysAlreadyIngestedAndCountsNothing() throws Exception {
    Path db = dir.resolve("s.duckdb");
    String folder = SharedData.gharchiveSample().getParent().toString();
    CliRun.on(db, "ingest", "gharchive", folder);

    CliRun run = CliRun.on(db, "ingest", "gharchive", folder);

    assertThat(run.exit()).isZero();
    assertThat(run.out()).contains("Ingested 0 events").contains("1 already ingested");
  }

  @Test
  void ingestGharchive_partialAndRejectedFiles_exitOneAndNameEachProblem() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    byte[] sample = Files.readAllBytes(SharedData.gharchiveSample());
    Files.write(
        in.resolve("2015-01-01-12.json.gz"), java.util.Arrays.copyOf(sample, sample.length / 2));
    Files.writeString(in.resolve("2015-01-01-13.json.gz"), "<html>rate limited</html>");

    CliRun run = CliRun.on(dir.resolve("s.duckdb"), "ingest", "gharchive", in.toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("1 partial, 1 corrupt")
        .contains("Problems:")
        .contains("2015-01-01-12.json.gz: unexpected end of the gzip stream")
        .contains("2015-01-01-13.json.gz is neither gzip nor GH Archive JSON");
  }

  @Test
  void ingestGharchive_pathWithNoFiles_exitsOneWithAClearMessage() {
    CliRun run =
        CliRun.on(
            dir.resolve("s.duckdb"), "ingest", "gharchive", dir.resolve("nothing").toString());

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("no GH Archive hour files");
  }

  @Test
  void ingestGharchive_glob_findsMatchingFiles() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SharedData.gharchiveSample(), in.resolve("2015-01-01-12.json.gz"));
    Files.writeString(in.resolve("notes.txt"), "not an hour");

    CliRun run =
        CliRun.on(dir.resolve("s.duckdb"), "ingest", "gharchive", "--json", in + "/2015-*.json.gz");

    assertThat(run.exit()).isZero();
    assertThat(run.json().get("files")).hasSize(1);
  }
}
