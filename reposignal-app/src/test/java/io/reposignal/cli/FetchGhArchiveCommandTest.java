package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.testing.LoopbackServer;
import io.reposignal.testing.LoopbackServer.Slow;
import io.reposignal.testing.LoopbackServer.Truncated;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class FetchGhArchiveCommandTest {
  private static final byte[] HOUR = hour(3000);

  private final LoopbackServer server = LoopbackServer.start();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path temp;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private static byte[] hour(int events) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < events; i++) {
      lines.append("{\"id\":\"").append(i * 7919L).append("\",\"type\":\"WatchEvent\"}\n");
    }
    return LoopbackServer.gzip(lines.toString());
  }

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void fetchGharchive_hoursWithFaults_downloadsEachHourOnceAndRecordsMissing() throws IOException {
    server
        .file("/2026-11-01-22.json.gz", HOUR)
        .file("/2026-11-01-23.json.gz", HOUR)
        .file("/2026-11-02-0.json.gz", HOUR)
        .script("/2026-11-01-22.json.gz", new Slow(Duration.ofSeconds(5)))
        .script("/2026-11-01-23.json.gz", new Truncated(300));
    Path dir = temp.resolve("hours");
    assertThat(HOUR.length).isGreaterThan(1000);

    int exit =
        run(
            "--db",
            temp.resolve("db.duckdb").toString(),
            "fetch",
            "gharchive",
            "--from",
            "2026-11-01T22",
            "--to",
            "2026-11-02T01",
            "--base-url",
            server.baseUri().toString(),
            "--dir",
            dir.toString(),
            "--timeout",
            "0.5",
            "--retry-delay",
            "0.01",
            "--json");

    assertThat(exit).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.toString());
    assertThat(summary.get("from").asText()).isEqualTo("2026-11-01T22");
    assertThat(summary.get("to").asText()).isEqualTo("2026-11-02T01");
    assertThat(summary.get("downloaded").asInt()).isEqualTo(3);
    assertThat(summary.get("missing_files").get(0).asText()).isEqualTo("2026-11-02-1.json.gz");
    for (String name :
        new String[] {"2026-11-01-22.json.gz", "2026-11-01-23.json.gz", "2026-11-02-0.json.gz"}) {
      assertThat(Files.readAllBytes(dir.resolve(name))).isEqualTo(HOUR);
    }
    try (var files = Files.list(dir)) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .noneMatch(name -> name.endsWith(".part"));
    }
    assertThat(server.requests("/2026-11-01-23.json.gz").get(1).range()).isEqualTo("bytes=300-");
  }

  @Test
  void fetchGharchive_malformedHour_exitsTwoShowingFormat() {
    int exit =
        run(
            "--db", temp.resolve("db.duckdb").toString(),
            "fetch", "gharchive",
            "--from", "2026-11-01T24",
            "--to", "2026-11-02T01",
            "--base-url", server.baseUri().toString());

    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("expected YYYY-MM-DDTHH");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void fetchGharchive_help_documentsExitCodesAndLedger() {
    int exit = run("fetch", "gharchive", "--help");

    assertThat(exit).isZero();
    assertThat(out.toString())
        .contains("fetch-ledger.json")
        .contains("3  the source cannot be reached")
        .contains("--base-url");
  }

  @Test
  void fetchGharchive_withIngest_ingestsEachHourAsItArrives() throws Exception {
    byte[] realHour = Files.readAllBytes(io.reposignal.testing.SharedData.gharchiveSample());
    server.file("/2015-01-01-12.json.gz", realHour);
    Path database = temp.resolve("db.duckdb");
    String[] args = {
      "--db",
      database.toString(),
      "fetch",
      "gharchive",
      "--from",
      "2015-01-01T11",
      "--to",
      "2015-01-01T12",
      "--base-url",
      server.baseUri().toString(),
      "--dir",
      temp.resolve("hours").toString(),
      "--ingest"
    };

    int first = run(args);
    int again = run(args);

    assertThat(first).isZero();
    assertThat(again).isZero();
    assertThat(err.toString())
        .contains("1 files ingested, 0 already there")
        .contains("0 files ingested, 1 already there");
    // fetching only adds raw rows: the suspicious stars wait for the first command that reads them
    assertThat(err.toString()).doesNotContain("suspicious");
    try (io.reposignal.store.Store store = io.reposignal.store.Store.open(database);
        java.sql.Statement statement = store.connection().createStatement();
        java.sql.ResultSet rows =
            statement.executeQuery(
                "SELECT count(*), sum(events),"
                    + " (SELECT count(*) FROM derived_state WHERE name = 'suspicious')"
                    + " FROM gha_file")) {
      rows.next();
      assertThat(rows.getLong(1)).isOne();
      assertThat(rows.getLong(2)).isEqualTo(8273);
      assertThat(rows.getLong(3)).isZero();
    }
  }
}
