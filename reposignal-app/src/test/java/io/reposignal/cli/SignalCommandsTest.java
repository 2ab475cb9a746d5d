package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reposignal.testing.SharedData;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JSON contract of {@code signals}, {@code languages} and {@code repo} on a real database of 20
 * real snapshot days (2026-03-20 to 2026-04-08, read from the shared folder), through the command
 * line.
 */
final class SignalCommandsTest {
  private static final LocalDate FIRST = LocalDate.of(2026, 3, 20);
  private static final LocalDate LAST = LocalDate.of(2026, 4, 8);

  @TempDir static Path temp;

  private static Path database;

  @BeforeAll
  static void ingestRealSnapshots() {
    database = temp.resolve("signals.duckdb");
    List<String> args = new ArrayList<>(List.of("ingest", "rankings"));
    for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
      args.add(SharedData.rankings().resolve("github-ranking-" + day + ".csv.gz").toString());
    }
    CliRun result = run(args.toArray(String[]::new));
    assertThat(result.exit()).as(result.err()).isZero();
  }

  private static CliRun run(String... args) {
    return CliRun.on(database, args);
  }

  @Test
  void signalsJson_realDay_everyFieldOfTheContract() {
    CliRun result = run("signals", "--as-of", "2026-04-08", "--window", "10", "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode window = result.json();
    assertThat(window.isArray()).isTrue();
    assertThat(window).hasSize(10);
    for (JsonNode repo : window) {
      assertThat(repo.fieldNames())
          .toIterable()
          .contains(
              "repo",
              "language",
              "stars",
              "stars_1d",
              "stars_24h",
              "stars_7d",
              "stars_30d",
              "growth_7d",
              "trusted_stars_24h",
              "trusted_stars_7d",
              "momentum",
              "score",
              "reasons",
              "estimated",
              "partial");
      assertThat(repo.get("stars_24h")).isEqualTo(repo.get("stars_1d"));
      assertThat(repo.get("trusted_stars_24h")).isEqualTo(repo.get("stars_1d"));
      assertThat(repo.get("trusted_stars_7d")).isEqualTo(repo.get("stars_7d"));
      assertThat(repo.get("estimated").asBoolean()).isFalse();
      assertThat(repo.get("reasons").isArray()).isTrue();
      assertThat(repo.get("reasons")).isNotEmpty();
    }
    for (int i = 1; i < window.size(); i++) {
      assertThat(window.get(i).get("score").asDouble())
          .isLessThanOrEqualTo(window.get(i - 1).get("score").asDouble());
    }
  }

  @Test
  void signalsJson_languageFilter_onlyThatLanguage() {
    CliRun result =
        run("signals", "--as-of", "2026-04-08", "--window", "5", "--language", "rust", "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.json()).isNotEmpty();
    result.json().forEach(repo -> assertThat(repo.get("language").asText()).isEqualTo("Rust"));
  }

  @Test
  void signalsJson_burstThatDecayed_spikeAndFadeWithReasons() {
    CliRun result = run("signals", "--as-of", "2026-04-08", "--window", "4000", "--json");

    JsonNode claw = find(result.json(), "ultraworkers/claw-code");
    assertThat(claw.get("momentum").asText()).isEqualTo("spike-and-fade");
    assertThat(claw.get("reasons").get(0).asText()).startsWith("peak 51501");
  }

  @Test
  void signalsJson_newcomer_momentumNullWithReason() {
    CliRun result = run("signals", "--as-of", "2026-04-02", "--window", "4000", "--json");

    JsonNode claw = find(result.json(), "ultraworkers/claw-code");
    assertThat(claw.get("momentum").isNull()).isTrue();
    assertThat(claw.get("reasons").get(0).asText()).startsWith("history: 1 usable days");
    assertThat(claw.get("score").isNumber()).isTrue();
  }

  @Test
  void signalsTable_showsMomentumAndScore() {
    CliRun result = run("signals", "--as-of", "2026-04-08", "--window", "3");

    assertThat(result.exit()).isZero();
    assertThat(result.out()).contains("momentum", "score", "top 3 by signal score");
  }

  @Test
  void languagesJson_shiftUnknownBeforeTheData_null() {
    CliRun result = run("languages", "--as-of", "2026-04-08", "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode languages = result.json();
    assertThat(languages.isArray()).isTrue();
    int slots = 0;
    for (JsonNode language : languages) {
      assertThat(language.fieldNames())
          .toIterable()
          .containsExactly("language", "repos", "share", "repos_30d_ago", "repos_90d_ago");
      assertThat(language.get("repos_30d_ago").isNull()).isTrue();
      assertThat(language.get("repos_90d_ago").isNull()).isTrue();
      slots += language.get("repos").asInt();
    }
    assertThat(slots).isEqualTo(50);
  }

  @Test
  void repoJson_momentumHistory_matchesSignalsOfThatDay() {
    CliRun repo = run("repo", "ultraworkers/claw-code", "--json");
    CliRun day = run("signals", "--as-of", "2026-04-05", "--window", "4000", "--json");

    assertThat(repo.exit()).as(repo.err()).isZero();
    JsonNode history = repo.json().get("momentum");
    assertThat(history.isArray()).isTrue();
    assertThat(history.get(0).get("day").asText()).isEqualTo("2026-04-01");
    JsonNode april5 = null;
    for (JsonNode entry : history) {
      if (entry.get("day").asText().equals("2026-04-05")) {
        april5 = entry;
      }
    }
    JsonNode signal = find(day.json(), "ultraworkers/claw-code");
    assertThat(april5.get("momentum")).isEqualTo(signal.get("momentum"));
    assertThat(april5.get("score")).isEqualTo(signal.get("score"));
    assertThat(history.get(history.size() - 1).get("momentum").asText())
        .isEqualTo("spike-and-fade");
  }

  private static JsonNode find(JsonNode window, String name) {
    for (JsonNode repo : window) {
      if (repo.get("repo").asText().equals(name)) {
        return repo;
      }
    }
    throw new AssertionError(name + " is not in the window");
  }
}
