package io.reposignal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard over a store of GH Archive alone (the real hour 2015-01-01 12:00, no snapshots):
 * the days come from the hours, as for {@code reposignal signals}.
 */
final class WebServerGhArchiveOnlyTest {
  @TempDir static Path dir;
  private static Store store;
  private static WebServer server;

  @BeforeAll
  static void start() {
    Path database = dir.resolve("events.duckdb");
    try (Store writable = Store.open(database)) {
      new GhArchiveIngester(writable, 1, Clock.systemUTC())
          .ingest(List.of(SharedData.gharchiveSample()), (outcome, done, total) -> {});
    }
    store = Store.openReadOnly(database);
    server =
        WebServer.start(store, new WebServer.Options("127.0.0.1", 0, dir.resolve("reports"), 2));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return Loopback.get(server, path);
  }

  @Test
  void daysAndSignals_eventsOnly_theDayOfTheHours() throws Exception {
    JsonNode days = SafeJson.mapper().readTree(get("/api/v1/days").body());
    HttpResponse<String> signals = get("/api/v1/signals");

    assertThat(days.get("first").asText()).isEqualTo("2015-01-01");
    assertThat(days.get("last").asText()).isEqualTo("2015-01-01");
    assertThat(signals.statusCode()).isEqualTo(200);
    assertThat(SafeJson.mapper().readTree(signals.body()).get("as_of").asText())
        .isEqualTo("2015-01-01");
    assertThat(get("/").statusCode()).isEqualTo(200);
  }

  @Test
  void repo_eventsOnly_coverageCountsTheDayOfEvents() throws Exception {
    // the hour's most starred repository (12 WatchEvents)
    String repo = "wasabeef/awesome-android-ui";

    JsonNode coverage =
        SafeJson.mapper().readTree(get("/api/v1/repos/" + repo).body()).get("coverage");

    assertThat(coverage.get("observed_days").asInt()).isZero();
    assertThat(coverage.get("event_days").asInt()).isEqualTo(1);
    assertThat(get("/repos/" + repo).body())
        .contains("0 days with a snapshot,")
        .contains("1 with GH Archive events only");
  }

  @Test
  void signals_dayWithoutHours_notFoundNamingTheSpan() throws Exception {
    HttpResponse<String> response = get("/api/v1/signals?as_of=2015-01-02");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("no data for 2015-01-02").contains("2015-01-01");
  }
}
