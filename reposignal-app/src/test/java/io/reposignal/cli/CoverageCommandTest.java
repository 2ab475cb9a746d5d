package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.testing.HourFiles;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code coverage}, and {@code signals} and {@code repo} on a store holding GH Archive hours only:
 * eight complete days of acme/widget (3 stars a day), then a day missing its last hour.
 */
final class CoverageCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final LocalDate FIRST = LocalDate.of(2026, 3, 1);
  private static final LocalDate PARTIAL = FIRST.plusDays(8);

  @TempDir static Path temp;
  private static Path database;

  @BeforeAll
  static void ingest() throws Exception {
    HourFiles hours = new HourFiles(temp.resolve("hours"));
    for (int d = 0; d < 8; d++) {
      hours.day(FIRST.plusDays(d), 42, "acme/widget", 3);
    }
    List<Path> last = hours.day(PARTIAL, 42, "acme/widget", 30);
    Files.delete(last.get(23));
    database = temp.resolve("db.duckdb");
    Result result = run("ingest", "gharchive", temp.resolve("hours").toString());
    assertThat(result.exit()).as(result.err()).isZero();
  }

  private record Result(int exit, String out, String err) {
    JsonNode json() throws Exception {
      return JSON.readTree(out);
    }
  }

  private static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of("--db", database.toString()));
    all.addAll(List.of(args));
    int exit = commandLine.execute(all.toArray(String[]::new));
    return new Result(exit, out.toString(), err.toString());
  }

  @Test
  void coverageJson_eventsOnly_standingAndAssumedRatePerDay() throws Exception {
    Result result = run("coverage", "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode days = result.json();
    assertThat(days).hasSize(9);
    JsonNode first = days.get(0);
    assertThat(first.get("day").asText()).isEqualTo(FIRST.toString());
    assertThat(first.get("standing").asText()).isEqualTo("complete");
    assertThat(first.get("hours_ok").asInt()).isEqualTo(24);
    assertThat(first.get("capture_rate").get("rate").asDouble()).isEqualTo(1.0);
    assertThat(first.get("capture_rate").get("basis").asText()).isEqualTo("assumed");
    assertThat(first.get("capture_rate").get("measured_on").isNull()).isTrue();
    JsonNode partial = days.get(8);
    assertThat(partial.get("standing").asText()).isEqualTo("partial");
    assertThat(partial.get("hours_missing").asInt()).isEqualTo(1);
  }

  @Test
  void signalsJson_eventsOnly_estimatedRowWithoutTotal() throws Exception {
    Result result = run("signals", "--as-of", FIRST.plusDays(7).toString(), "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode widget = result.json().get(0);
    assertThat(widget.get("repo").asText()).isEqualTo("acme/widget");
    assertThat(widget.get("estimated").asBoolean()).isTrue();
    assertThat(widget.get("stars").isNull()).isTrue();
    assertThat(widget.get("stars_24h").asInt()).isEqualTo(3);
    assertThat(widget.get("stars_7d").asInt()).isEqualTo(21);
  }

  @Test
  void signals_dayWithoutData_notFoundNamingTheSpan() {
    Result result = run("signals", "--as-of", "2026-04-01");

    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.err()).contains("no data for 2026-04-01").contains(FIRST.toString());
  }

  @Test
  void repoJson_eventsOnly_seriesWithEventsAndEstimates() throws Exception {
    Result result = run("repo", "ACME/Widget", "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    JsonNode history = result.json();
    assertThat(history.get("repo").asText()).isEqualTo("acme/widget");
    JsonNode series = history.get("series");
    assertThat(series).hasSize(9);
    assertThat(series.get(0).get("stars_events").asLong()).isEqualTo(3);
    assertThat(series.get(0).get("stars_gained").asInt()).isEqualTo(3);
    assertThat(series.get(0).get("source").asText()).isEqualTo("gharchive-estimate");
    assertThat(series.get(0).get("stars_total").isNull()).isTrue();
    assertThat(series.get(8).get("stars_events").asLong()).as("23 hours read").isEqualTo(29);
    assertThat(history.get("momentum")).isNotEmpty();
    assertThat(history.get("suspicious_stars").isArray()).as("GH Archive hours are held").isTrue();
  }

  @Test
  void languagesJson_eventsOnly_runsWithoutSnapshots() throws Exception {
    Result result = run("languages", "--as-of", FIRST.plusDays(7).toString(), "--json");

    assertThat(result.exit()).as(result.err()).isZero();
    assertThat(result.json().isArray()).isTrue();
  }
}
