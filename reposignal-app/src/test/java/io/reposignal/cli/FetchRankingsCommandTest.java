package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.testing.LoopbackServer;
import io.reposignal.testing.LoopbackServer.Status;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

final class FetchRankingsCommandTest {
  private final LoopbackServer server = LoopbackServer.start();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path temp;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private int run(String... args) {
    List<String> all = new ArrayList<>(List.of("--db", temp.resolve("db.duckdb").toString()));
    all.addAll(List.of(args));
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(all.toArray(String[]::new));
  }

  private int fetch(String from, String to, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "fetch",
                "rankings",
                "--from",
                from,
                "--to",
                to,
                "--base-url",
                server.baseUri().toString(),
                "--retry-delay",
                "0.01",
                "--timeout",
                "3"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  private void serveDays(String... days) {
    for (String day : days) {
      server.file("/Data/github-ranking-" + day + ".csv", "rank,repo_name\n1,a/" + day + "\n");
    }
  }

  @Test
  void fetchRankings_rangeWithMissingDay_exitsZeroWithJsonSummary() throws IOException {
    serveDays("2026-05-01", "2026-05-03");

    int exit = fetch("2026-05-01", "2026-05-03", "--json");

    assertThat(exit).isZero();
    JsonNode summary = new ObjectMapper().readTree(out.toString());
    assertThat(summary.get("source").asText()).isEqualTo("rankings");
    assertThat(summary.get("files").asInt()).isEqualTo(3);
    assertThat(summary.get("downloaded").asInt()).isEqualTo(2);
    assertThat(summary.get("already_present").asInt()).isZero();
    assertThat(summary.get("missing").asInt()).isEqualTo(1);
    assertThat(summary.get("failed").asInt()).isZero();
    assertThat(summary.get("missing_files").get(0).asText())
        .isEqualTo("github-ranking-2026-05-02.csv");
    assertThat(summary.get("failed_files")).isEmpty();
    assertThat(err.toString())
        .contains("[1/3] github-ranking-2026-05-01.csv: downloaded")
        .contains("[2/3] github-ranking-2026-05-02.csv: missing (HTTP 404")
        .contains("1 missing");
  }

  @Test
  void fetchRankings_withoutDir_savesBesideTheDatabase() {
    serveDays("2026-05-01");

    int exit = fetch("2026-05-01", "2026-05-01");

    assertThat(exit).isZero();
    assertThat(temp.resolve("rankings").resolve("github-ranking-2026-05-01.csv")).exists();
    assertThat(err.toString()).contains("files are in " + temp.resolve("rankings"));
  }

  @Test
  void fetchRankings_rerun_downloadsNothing() {
    serveDays("2026-05-01", "2026-05-02");
    Path dir = temp.resolve("snapshots");
    fetch("2026-05-01", "2026-05-02", "--dir", dir.toString());
    int requests = server.requests().size();
    out.getBuffer().setLength(0);

    int exit = fetch("2026-05-01", "2026-05-02", "--dir", dir.toString(), "--json");

    assertThat(exit).isZero();
    assertThat(server.requests()).hasSize(requests);
    assertThat(out.toString()).contains("\"already_present\" : 2").contains("\"downloaded\" : 0");
  }

  @Test
  void fetchRankings_serverErrorThenOk_retriesAndExitsZero() {
    serveDays("2026-05-01");
    server.script("/Data/github-ranking-2026-05-01.csv", new Status(500));

    int exit = fetch("2026-05-01", "2026-05-01");

    assertThat(exit).isZero();
    assertThat(err.toString()).contains("attempt 1 failed (HTTP 500").contains("retrying in");
  }

  @Test
  void fetchRankings_fileFailingEveryAttempt_exitsOneNamingIt() {
    serveDays("2026-05-01", "2026-05-02");
    server.script("/Data/github-ranking-2026-05-02.csv", new Status(503), new Status(503));

    int exit = fetch("2026-05-01", "2026-05-02", "--attempts", "2");

    assertThat(exit).isEqualTo(1);
    assertThat(err.toString())
        .contains("failed: github-ranking-2026-05-02.csv: HTTP 503")
        .contains("run the same command again");
    assertThat(temp.resolve("rankings").resolve("github-ranking-2026-05-01.csv")).exists();
  }

  @Test
  void fetchRankings_closedPort_exitsThreeQuicklyWithClearMessage() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String offline = "http://127.0.0.1:" + closedPort;
    long started = System.nanoTime();

    int exit =
        Main.execute(
            "--db",
            temp.resolve("db.duckdb").toString(),
            "fetch",
            "rankings",
            "--from",
            "2026-05-01",
            "--to",
            "2026-05-02",
            "--base-url",
            offline,
            "--retry-delay",
            "0.01");
    int again =
        run(
            "fetch",
            "rankings",
            "--from",
            "2026-05-01",
            "--to",
            "2026-05-01",
            "--base-url",
            offline,
            "--attempts",
            "1");

    assertThat(exit).isEqualTo(3);
    assertThat(again).isEqualTo(3);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    assertThat(err.toString())
        .contains("cannot reach 127.0.0.1:" + closedPort)
        .contains("check the network or pass --base-url");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--from 2026-05-03 --to 2026-05-01",
        "--from 2026-05-32 --to 2026-06-01",
        "--from 2006-05-01 --to 2026-05-01",
        "--from 2026-05-01 --to 2999-05-01",
        "--from 2026-05-01 --to 2026-05-02 --parallel 0",
        "--from 2026-05-01 --to 2026-05-02 --attempts 0",
        "--from 2026-05-01 --to 2026-05-02 --timeout 0",
        "--from 2026-05-01 --to 2026-05-02 --base-url ftp://example.org",
        "--from 2026-05-01"
      })
  void fetchRankings_badOptions_exitTwoWithoutRequests(String options) {
    List<String> args = new ArrayList<>(List.of("fetch", "rankings"));
    args.addAll(List.of(options.split(" ")));
    if (!options.contains("--base-url")) {
      args.addAll(List.of("--base-url", server.baseUri().toString()));
    }

    int exit = run(args.toArray(String[]::new));

    assertThat(exit).isEqualTo(2);
    assertThat(server.requests()).isEmpty();
    assertThat(err.toString()).isNotBlank();
  }
}
