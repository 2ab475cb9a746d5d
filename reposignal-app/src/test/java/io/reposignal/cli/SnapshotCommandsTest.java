package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.testing.RealSnapshots;
import io.reposignal.testing.SharedData;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The JSON contracts of the snapshot commands, on the real snapshots. */
final class SnapshotCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = Main.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private static String db() {
    return RealSnapshots.database().toString();
  }

  @Test
  void signals_json_isAnArrayOfTheWindowWithTheDocumentedFields() throws Exception {
    Run run = run("--db", db(), "signals", "--as-of", "2026-02-27", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode window = run.json();
    assertThat(window.isArray()).isTrue();
    assertThat(window).hasSize(50);
    JsonNode first = window.get(0);
    for (String field :
        List.of("repo", "language", "stars", "stars_1d", "stars_7d", "stars_30d", "partial")) {
      assertThat(first.has(field)).as(field).isTrue();
    }
    assertThat(first.get("repo").asText()).matches("[^/]+/[^/]+");
    List<Double> scores = new ArrayList<>();
    window.forEach(repo -> scores.add(repo.get("score").asDouble()));
    assertThat(scores).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void signals_asOfFirstDay_hasNoGains() throws Exception {
    Run run = run("--db", db(), "signals", "--as-of", "2025-12-01", "--json");

    assertThat(run.exitCode()).isZero();
    assertThat(run.json()).isEmpty();
  }

  @Test
  void signals_earlyDay_marksWindowsCutShortAsPartial() throws Exception {
    Run run = run("--db", db(), "signals", "--as-of", "2025-12-03", "--window", "5", "--json");

    JsonNode first = run.json().get(0);
    assertThat(first.get("stars_1d").isNull()).isFalse();
    assertThat(first.get("partial").toString()).contains("stars_7d", "stars_30d");
  }

  @Test
  void signals_missingDay_failsNamingTheNeighbours() {
    Run run = run("--db", db(), "signals", "--as-of", "2026-05-02", "--json");

    assertThat(run.exitCode()).isOne();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("2026-05-02", "2026-05-01", "2026-05-03");
  }

  @Test
  void signals_badDay_isAUsageError() {
    Run run = run("--db", db(), "signals", "--as-of", "27.02.2026");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("YYYY-MM-DD");
  }

  @Test
  void signals_languageFilter_keepsOnlyThatLanguage() throws Exception {
    Run run = run("--db", db(), "signals", "--as-of", "2026-06-30", "--language", "rust", "--json");

    assertThat(run.json()).isNotEmpty();
    run.json().forEach(repo -> assertThat(repo.get("language").asText()).isEqualTo("Rust"));
  }

  @Test
  void languages_json_sharesAreFractionsThatAddUpToOne() throws Exception {
    Run run = run("--db", db(), "languages", "--as-of", "2026-02-27", "--json");

    assertThat(run.exitCode()).isZero();
    double shares = 0;
    int slots = 0;
    for (JsonNode language : run.json()) {
      assertThat(language.get("share").asDouble()).isBetween(0.0, 1.0);
      shares += language.get("share").asDouble();
      slots += language.get("repos").asInt();
    }
    assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(slots).isEqualTo(50);
  }

  @Test
  void repo_oldName_findsTheRepositoryUnderItsCurrentName() throws Exception {
    Run run = run("--db", db(), "repo", "Clawdbot/Clawdbot", "--json");

    assertThat(run.exitCode()).isZero();
    JsonNode repo = run.json();
    assertThat(repo.get("repo").asText()).isEqualTo("openclaw/openclaw");
    assertThat(repo.get("aliases").toString()).contains("clawdbot/clawdbot", "moltbot/moltbot");
    assertThat(repo.get("suspicious_stars").isNull()).as("no GH Archive hours").isTrue();
    JsonNode day = repo.get("series").get(1);
    for (String field : List.of("day", "stars_total", "stars_gained", "source", "interpolated")) {
      assertThat(day.has(field)).as(field).isTrue();
    }
  }

  @Test
  void repo_seriesAcrossTheMissingDay_isInterpolatedAndSaysSo() throws Exception {
    Run run = run("--db", db(), "repo", "facebook/react", "--json");

    JsonNode gap = null;
    for (JsonNode day : run.json().get("series")) {
      if (day.get("day").asText().equals("2026-05-02")) {
        gap = day;
      }
    }
    assertThat(gap).isNotNull();
    assertThat(gap.get("stars_total").isNull()).isTrue();
    assertThat(gap.get("interpolated").asBoolean()).isTrue();
    assertThat(gap.get("source").asText()).isEqualTo("snapshot-gap");
  }

  @Test
  void repo_unknown_isNotFoundWithExitCodeOne() {
    Run run = run("--db", db(), "repo", "nobody/nothing-here", "--json");

    assertThat(run.exitCode()).isOne();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("nobody/nothing-here");
  }

  @Test
  void demo_dataFolder_ingestsAndPrintsWindowLanguagesAndDatabase() throws Exception {
    Path data = Files.createDirectories(dir.resolve("data"));
    for (String day : List.of("2026-06-28", "2026-06-29", "2026-06-30")) {
      String name = "github-ranking-" + day + ".csv.gz";
      Files.copy(SharedData.rankings().resolve(name), data.resolve(name));
    }
    String database = dir.resolve("demo.duckdb").toString();

    Run first = run("--db", database, "demo", "--data", data.toString());
    Run again = run("--db", database, "demo", "--data", data.toString(), "--json");

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("Signal window of 2026-06-30", "Language map", database);
    assertThat(first.err()).contains("3 files ingested");
    assertThat(again.err()).contains("3 already there");
    assertThat(again.json().get("as_of").asText()).isEqualTo("2026-06-30");
    assertThat(again.json().get("window")).isNotEmpty();
  }

  @Test
  void demo_noDataAndOffline_failsFastWithExitThree() {
    String database = dir.resolve("offline.duckdb").toString();

    Run run = run("--db", database, "demo", "--data", dir.resolve("none").toString());
    Run fetch = run("--db", database, "demo", "--base-url", "http://127.0.0.1:9/", "--window", "5");

    assertThat(run.exitCode()).isOne();
    assertThat(run.err()).contains("no snapshot folder");
    // Without --data and with no shared folder beside the working directory the demo downloads;
    // the shared folder exists in this checkout's test setup, so the download path is exercised
    // only when it is absent.
    assertThat(fetch.exitCode()).isIn(0, 3);
  }
}
