package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reposignal.testing.SynthHours;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reposignal suspicious}: the CLI's contract over a store holding one planted star farm. */
final class SuspiciousCommandTest {
  /** Background activity plus one burst of bought stars from fresh accounts. */
  private static final String PLAN =
      """
      {"repos": [
       {"name": "calm/steady", "pattern": "sustained", "start": "2026-03-10",
        "daily": [40, 42, 38, 41, 39, 40]},
       {"name": "grey/pump", "pattern": "fake-burst", "day": "2026-03-14", "hour": 0,
        "stars": 400}
      ]}
      """;

  @TempDir static Path shared;
  private static Path database;

  @TempDir Path dir;

  @BeforeAll
  static void ingestPlantedHours() throws Exception {
    Path hours = SynthHours.generatePlanned(shared, PLAN, "2026-03-10T00", 144, 300, 10_000, 21);
    database = shared.resolve("s.duckdb");
    CliRun ingest = CliRun.on(database, "ingest", "gharchive", hours.toString());
    assertThat(ingest.exit()).as(ingest.err()).isZero();
  }

  @Test
  void suspicious_json_printsOnlyAnArrayNamingTheFarmedDayWithItsEvidence() {
    CliRun run = CliRun.on(database, "suspicious", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode days = run.json();
    assertThat(days.isArray()).isTrue();
    JsonNode pump = null;
    for (JsonNode day : days) {
      assertThat(day.get("share").asDouble()).isBetween(0.0, 1.0);
      assertThat(day.get("suspicious_stars").asLong())
          .isLessThanOrEqualTo(day.get("stars").asLong());
      if (day.get("repo").asText().equals("grey/pump")) {
        pump = day;
      }
    }
    assertThat(pump).as("the farmed repository-day").isNotNull();
    assertThat(pump.get("day").asText()).isEqualTo("2026-03-14");
    assertThat(pump.get("suspicious_stars").asLong()).isGreaterThanOrEqualTo(200);
    assertThat(pump.get("detectors")).isNotEmpty();
    assertThat(pump.get("accounts")).isNotEmpty();
  }

  @Test
  void suspicious_dayRangeWithoutTheFarm_listsNothingOfIt() {
    CliRun run =
        CliRun.on(database, "suspicious", "--json", "--from", "2026-03-10", "--to", "2026-03-12");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("grey/pump");
  }

  @Test
  void suspicious_text_showsATableWithTheShareAsAPercentage() {
    CliRun run = CliRun.on(database, "suspicious");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("grey/pump", "2026-03-14", "%");
  }

  @Test
  void signals_json_trustedGainsLeaveTheBurstOutOverEveryWindow() throws Exception {
    CliRun run =
        CliRun.on(database, "signals", "--as-of", "2026-03-15", "--window", "100000", "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode pump = null;
    for (JsonNode repo : run.json()) {
      if (repo.get("repo").asText().equals("grey/pump")) {
        pump = repo;
      }
    }
    assertThat(pump).isNotNull();
    assertThat(pump.get("stars_30d").asInt()).isGreaterThanOrEqualTo(400);
    assertThat(pump.get("trusted_stars_7d").asInt()).isLessThan(40);
    assertThat(pump.get("trusted_stars_30d").asInt()).isLessThan(40);
  }

  @Test
  void signals_text_marksAGainWithSuspiciousStarsAndSaysWhatIsTrusted() {
    CliRun run = CliRun.on(database, "signals", "--as-of", "2026-03-15", "--window", "100000");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().filter(line -> line.matches("\\s*\\d+\\s+grey/pump .*")))
        .singleElement()
        .asString()
        .containsPattern("\\+[\\d,]+\\*?! ");
    assertThat(run.out())
        .containsPattern(
            "! the 7-day gain includes stars judged suspicious, which the score leaves out: .*"
                + "grey/pump \\+\\d+ trusted");
  }

  @Test
  void repo_text_notesTheSuspiciousStarsOfTheBurstDay() {
    CliRun run = CliRun.on(database, "repo", "grey/pump");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out().lines().filter(line -> line.startsWith("2026-03-14")))
        .singleElement()
        .asString()
        .containsPattern("\\d[\\d,]* of \\d[\\d,]* stars suspicious \\(.*burst.*\\)");
  }

  @Test
  void clustersForecastBacktest_storeOfGhArchiveAlone_sayTheyNeedTheSnapshots() {
    for (String[] command :
        List.of(
            new String[] {"clusters"},
            new String[] {"forecast"},
            new String[] {"backtest", "--from", "2026-03-12", "--to", "2026-03-14"})) {
      CliRun run = CliRun.on(database, command);

      assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(1);
      assertThat(run.err())
          .as(String.join(" ", command))
          .contains("it holds GH Archive hours only, and this needs the daily star snapshots")
          .contains("reposignal ingest rankings DIR");
    }
  }

  @Test
  void suspicious_fromAfterTo_isAUsageErrorNamingTheFix() {
    CliRun run = CliRun.on(database, "suspicious", "--from", "2026-03-14", "--to", "2026-03-12");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--from 2026-03-14 is after --to");
  }

  @Test
  void suspicious_storeWithoutGhArchiveEvents_saysSoInsteadOfAnEmptyTable() {
    CliRun run = CliRun.on(dir.resolve("empty.duckdb"), "suspicious");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("No suspicious stars");
  }
}
