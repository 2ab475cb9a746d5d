package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.testing.SynthHours;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
  private static String db;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeAll
  static void ingestPlantedHours() throws Exception {
    Path plan = shared.resolve("plan.json");
    Files.writeString(plan, PLAN, StandardCharsets.UTF_8);
    Path hours = shared.resolve("hours");
    SynthHours.generate(hours, "2026-03-10T00", 144, 300, 10_000, 21, plan);
    db = shared.resolve("s.duckdb").toString();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    PrintStream before = System.err;
    System.setErr(quiet);
    try {
      assertThat(Main.execute("--db", db, "ingest", "gharchive", hours.toString())).isZero();
    } finally {
      System.setErr(before);
    }
  }

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.execute(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void suspicious_json_printsOnlyAnArrayNamingTheFarmedDayWithItsEvidence() throws Exception {
    int code = run("--db", db, "suspicious", "--json");

    assertThat(code).isZero();
    JsonNode days = new ObjectMapper().readTree(stdout());
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
  void suspicious_dayRangeWithoutTheFarm_listsNothingOfIt() throws Exception {
    int code =
        run("--db", db, "suspicious", "--json", "--from", "2026-03-10", "--to", "2026-03-12");

    assertThat(code).isZero();
    assertThat(stdout()).doesNotContain("grey/pump");
  }

  @Test
  void suspicious_text_showsATableWithTheShareAsAPercentage() {
    int code = run("--db", db, "suspicious");

    assertThat(code).isZero();
    assertThat(stdout()).contains("grey/pump", "2026-03-14", "%");
  }

  @Test
  void suspicious_fromAfterTo_isAUsageErrorNamingTheFix() {
    int code = run("--db", db, "suspicious", "--from", "2026-03-14", "--to", "2026-03-12");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--from 2026-03-14 is after --to");
  }

  @Test
  void suspicious_storeWithoutGhArchiveEvents_saysSoInsteadOfAnEmptyTable() {
    int code = run("--db", dir.resolve("empty.duckdb").toString(), "suspicious");

    assertThat(code).isZero();
    assertThat(stdout()).contains("No suspicious stars");
  }
}
