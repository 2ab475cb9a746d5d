package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EnrichCommandTest {
  @TempDir Path folder;

  @Test
  void enrich_apiOutOfReach_failsFastWithExitCode3() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    long started = System.nanoTime();

    CliRun run =
        CliRun.of(
            "--db",
            folder.resolve("offline.duckdb").toString(),
            "enrich",
            "--api-url",
            "http://127.0.0.1:" + port,
            "--repo",
            "octo/widget");

    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err())
        .contains("reposignal: cannot reach 127.0.0.1:" + port + ": ")
        .contains("; check the network, or set GITHUB_API_URL");
    assertThat(run.out()).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void enrich_json_printsTheSummaryObjectOnlyOnStandardOutput() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/repos/octo/widget",
        exchange -> {
          byte[] body =
              ("{\"id\":42,\"full_name\":\"octo/widget\",\"language\":\"Go\",\"topics\":[],"
                      + "\"stargazers_count\":3,\"forks_count\":1}")
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("ETag", "\"x\"");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    try {
      CliRun run =
          CliRun.of(
              "--db",
              folder.resolve("online.duckdb").toString(),
              "enrich",
              "--api-url",
              "http://127.0.0.1:" + server.getAddress().getPort(),
              "--repo",
              "octo/widget",
              "--json");

      assertThat(run.exit()).isZero();
      JsonNode summary = new ObjectMapper().readTree(run.out());
      assertThat(summary.get("fetched").asInt()).isEqualTo(1);
      assertThat(summary.get("errors").asInt()).isZero();
      assertThat(summary.get("remaining").asInt()).isZero();
      assertThat(summary.get("stopped").isNull()).isTrue();
      assertThat(run.err()).contains("[1/1] octo/widget: fetched");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void enrich_badRepositoryName_isAUsageError() {
    CliRun run =
        CliRun.of(
            "--db", folder.resolve("usage.duckdb").toString(), "enrich", "--repo", "no-slash");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'no-slash' is not a repository name");
  }
}
