package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reposignal.testing.SnapshotDays;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON contracts of {@code forecast}, {@code backtest} and {@code track-record} on a real
 * DuckDB file holding 60 real snapshot days (2026-01-01 to 2026-03-01, read from the shared
 * folder), through the command line. A 7-day horizon keeps the walk-forward short.
 */
final class ForecastCommandsTest {

  @TempDir static Path temp;

  private static Path database;

  @BeforeAll
  static void realSnapshots() {
    database = SnapshotDays.copy(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1), temp);
  }

  private static CliRun run(String... args) {
    return CliRun.on(database, args);
  }

  @Test
  void forecastJson_realDay_callsWithProbabilityFeaturesAndHorizon() {
    CliRun result =
        run("forecast", "--as-of", "2026-02-15", "--horizon", "7", "--top", "5", "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode calls = result.json();
    assertThat(calls.isArray()).isTrue();
    assertThat(calls).hasSize(10);
    for (JsonNode call : calls) {
      assertThat(call.fieldNames())
          .toIterable()
          .containsExactly(
              "as_of",
              "horizon",
              "top",
              "target",
              "model_version",
              "rank",
              "repo",
              "probability",
              "features");
      assertThat(call.get("as_of").asText()).isEqualTo("2026-02-15");
      assertThat(call.get("horizon").asInt()).isEqualTo(7);
      assertThat(call.get("repo").asText()).contains("/");
      assertThat(call.get("probability").asDouble()).isBetween(0.0, 1.0);
      assertThat(call.get("features").has("log_velocity_7d")).isTrue();
    }
    assertThat(calls.get(0).get("target").asText()).isEqualTo("absolute");
    assertThat(calls.get(5).get("target").asText()).isEqualTo("relative");
    assertThat(calls.get(0).get("probability").asDouble())
        .isGreaterThanOrEqualTo(calls.get(4).get("probability").asDouble());
  }

  @Test
  void forecast_sameDayAgain_sameCallsAndNoDuplicatesInTheTrackRecord() {
    CliRun first = run("forecast", "--as-of", "2026-02-20", "--horizon", "7", "--json");
    CliRun again = run("forecast", "--as-of", "2026-02-20", "--horizon", "7", "--json");

    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.json()).isEqualTo(first.json());
    assertThat(again.err()).contains("already in the ledger");
    CliRun record = run("track-record", "--json");
    long calls = 0;
    for (JsonNode call : record.json().get("calls")) {
      calls += call.get("as_of").asText().equals("2026-02-20") ? 1 : 0;
    }
    assertThat(calls).isEqualTo(40);
  }

  @Test
  void trackRecordJson_resolvedAndOpenCalls_contract() {
    assertThat(run("forecast", "--as-of", "2026-02-10", "--horizon", "7", "--top", "3").exit())
        .isZero();
    assertThat(run("forecast", "--as-of", "2026-03-01", "--horizon", "7", "--top", "3").exit())
        .isZero();

    CliRun result = run("track-record", "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode record = result.json();
    assertThat(record.fieldNames()).toIterable().containsExactly("overall", "by_month", "calls");
    List<String> statuses = new ArrayList<>();
    for (JsonNode call : record.get("calls")) {
      assertThat(call.fieldNames())
          .toIterable()
          .containsExactly(
              "as_of",
              "horizon",
              "top",
              "target",
              "model_version",
              "rank",
              "repo",
              "probability",
              "status",
              "due",
              "end",
              "realised_rank",
              "stars_gained",
              "live",
              "made_at");
      if (call.get("as_of").asText().equals("2026-02-10") && call.get("top").asInt() == 3) {
        assertThat(call.get("status").asText()).isIn("hit", "miss");
        assertThat(call.get("end").asText()).isEqualTo("2026-02-17");
        assertThat(call.get("live").asBoolean()).isFalse();
      }
      if (call.get("as_of").asText().equals("2026-03-01")) {
        assertThat(call.get("status").asText()).isEqualTo("open");
        assertThat(call.get("realised_rank").isNull()).isTrue();
        assertThat(call.get("live").asBoolean()).isTrue();
      }
      statuses.add(call.get("status").asText());
    }
    assertThat(statuses).contains("open").containsAnyOf("hit", "miss");
    for (JsonNode rate : record.get("by_month")) {
      assertThat(rate.fieldNames())
          .toIterable()
          .containsExactly(
              "month", "target", "calls", "resolved", "hits", "hit_rate", "mean_probability");
    }
  }

  @Test
  void backtestJson_realDays_modelAndBaselinesWithAbsoluteAndRelativeFigures() {
    CliRun result =
        run("backtest", "--from", "2026-02-08", "--to", "2026-02-22", "--horizon", "7", "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode report = result.json();
    assertThat(report.get("as_of_days"))
        .extracting(JsonNode::asText)
        .containsExactly("2026-02-08", "2026-02-15", "2026-02-22");
    assertThat(report.get("baselines").fieldNames())
        .toIterable()
        .containsExactly("trending_7d", "oss_insight");
    List<JsonNode> rankers = new ArrayList<>(List.of(report.get("model")));
    report.get("baselines").forEach(rankers::add);
    for (JsonNode ranker : rankers) {
      for (JsonNode figures : List.of(ranker, ranker.get("relative"))) {
        for (String field : List.of("precision_at_10", "precision_at_20", "recall", "brier")) {
          assertThat(figures.get(field).asDouble()).as(field).isBetween(0.0, 1.0);
        }
        assertThat(figures.get("days_evaluated").asInt()).isEqualTo(3);
        assertThat(figures.get("calibration").isArray()).isTrue();
        assertThat(figures.get("by_day")).hasSize(3);
      }
    }
  }

  @Test
  void backtest_sameDataTwice_sameBytes() {
    String[] args = {"backtest", "--from", "2026-02-15", "--to", "2026-02-15", "--horizon", "7"};

    CliRun first = run(args);
    CliRun second = run(args);

    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void forecast_horizonZero_usageError() {
    CliRun result = run("forecast", "--horizon", "0");

    assertThat(result.exit()).isEqualTo(2);
    assertThat(result.err()).contains("--horizon must be at least 1, was 0");
  }

  @Test
  void forecast_tooEarly_notFoundNamingTheFirstPossibleDay() {
    CliRun result = run("forecast", "--as-of", "2026-01-20", "--horizon", "7");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("the first possible as-of day is 2026-02-05");
  }
}
