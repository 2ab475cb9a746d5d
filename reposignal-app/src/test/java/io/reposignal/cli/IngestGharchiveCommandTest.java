package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reposignal.store.Store;
import io.reposignal.suspicious.DetectorSettings;
import io.reposignal.suspicious.SuspiciousDeriver;
import io.reposignal.testing.GhaTables;
import io.reposignal.testing.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void ingestGharchive_leavesTheSuspiciousStarsToTheFirstReader_whichDerivesThemOnce()
      throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path reference = dir.resolve("reference.duckdb");
    String sample = SharedData.gharchiveSample().toString();
    CliRun.on(reference, "ingest", "gharchive", sample);
    try (Store store = Store.open(reference)) {
      new SuspiciousDeriver(DetectorSettings.DEFAULT).rebuild(store);
    }

    CliRun ingest = CliRun.on(db, "ingest", "gharchive", sample);
    boolean staleAfterIngest;
    try (Store store = Store.open(db)) {
      staleAfterIngest = SuspiciousDeriver.isStale(store);
    }
    CliRun firstRead = CliRun.on(db, "signals", "--json");
    CliRun secondRead = CliRun.on(db, "signals", "--json");

    assertThat(ingest.exit()).isZero();
    assertThat(ingest.err()).doesNotContain("suspicious");
    assertThat(staleAfterIngest).isTrue();
    assertThat(firstRead.exit()).isZero();
    assertThat(firstRead.err()).contains("running the suspicious-star detectors");
    assertThat(secondRead.err()).doesNotContain("suspicious");
    assertThat(suspiciousRows(db)).isEqualTo(suspiciousRows(reference)).isNotEmpty();
  }

  @Test
  void ingestRankings_afterGharchiveHours_derivesTheSuspiciousStarsBeforeRecordingCalls()
      throws Exception {
    Path db = dir.resolve("s.duckdb");
    CliRun.on(db, "ingest", "gharchive", SharedData.gharchiveSample().toString());
    Path snapshot = SharedData.rankings().resolve("github-ranking-2026-01-05.csv.gz");

    CliRun rankings = CliRun.on(db, "ingest", "rankings", snapshot.toString());

    assertThat(rankings.exit()).as(rankings.err()).isZero();
    assertThat(rankings.err()).contains("running the suspicious-star detectors");
    try (Store store = Store.open(db)) {
      assertThat(SuspiciousDeriver.isStale(store)).isFalse();
    }
  }

  private static List<String> suspiciousRows(Path db) throws Exception {
    try (Store store = Store.open(db)) {
      return GhaTables.rows(
          store.connection(),
          "SELECT repo_id, day, stars, suspicious_stars FROM suspicious_repo_day"
              + " UNION ALL SELECT event_id, day, score, NULL FROM suspicious_star"
              + " UNION ALL SELECT NULL, NULL, NULL, fingerprint FROM derived_state"
              + " WHERE name = 'suspicious'");
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
