package io.reposignal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reposignal.store.Store;
import io.reposignal.testing.SynthHours;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard over planted GH Archive hours with a bought burst (700 stars from fresh accounts in
 * one hour) beside an organic riser that bought 150 stars too: ranking by gain ranks by the trusted
 * gain, so the burst does not top the list its raw stars would top; the window marks the riser's
 * gain and gives its trusted one; the repository page shows the burst in red.
 */
final class WebServerBoughtStarsTest {
  private static final String PLAN =
      """
      {"repos": [
       {"name": "organic/riser", "pattern": "breakout", "start": "2026-05-01",
        "daily": [20, 80, 250, 400]},
       {"name": "organic/riser", "pattern": "fake-burst", "day": "2026-05-03", "hour": 6,
        "stars": 150},
       {"name": "bought/burst", "pattern": "fake-burst", "day": "2026-05-04", "hour": 6,
        "stars": 700}
      ]}
      """;

  @TempDir static Path dir;
  private static Store store;
  private static WebServer server;

  @BeforeAll
  static void start() throws Exception {
    store =
        Store.openReadOnly(
            SynthHours.ingestPlanned(dir, PLAN, "2026-05-01T00", 96, 300, 10_000, 3));
    server =
        WebServer.start(store, new WebServer.Options("127.0.0.1", 0, dir.resolve("reports"), 2));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  @Test
  void signals_rankedByTheDaysGain_theBoughtBurstDoesNotLead() throws Exception {
    JsonNode repos =
        SafeJson.mapper()
            .readTree(
                Loopback.get(server, "/api/v1/signals?as_of=2026-05-04&rank_by=gain&window=24h")
                    .body())
            .get("repos");

    JsonNode burst =
        SafeJson.mapper().readTree(Loopback.get(server, "/api/v1/repos/bought/burst").body());

    assertThat(repos.get(0).get("repo").asText()).isEqualTo("organic/riser");
    assertThat(repos.findValuesAsText("repo")).doesNotContain("bought/burst");
    assertThat(burst.at("/series/0/stars_gained").asInt())
        .as("raw, it would have led the day")
        .isGreaterThanOrEqualTo(700);
    assertThat(burst.at("/suspicious_stars/0/suspicious_stars").asInt())
        .isGreaterThanOrEqualTo(690);
  }

  @Test
  void signalWindowPage_riserWithSomeBoughtStars_marksItsGainAndGivesTheTrustedOne()
      throws Exception {
    String page = Loopback.get(server, "/?as_of=2026-05-04").body();

    assertThat(page)
        .containsPattern(
            "(?s)organic/riser</a>(?:(?!</tr>).)*<span class=\"suspicious\" title=\"[\\d,]+ of these stars"
                + " judged suspicious; trusted \\+\\d+\">!</span>");
  }

  @Test
  void repoPage_burstDay_chartsTheSuspiciousPartApart() throws Exception {
    String page = Loopback.get(server, "/repos/bought/burst").body();

    assertThat(page).contains("\"gained_suspicious\":[");
    assertThat(page).containsPattern("\"gained_suspicious\":\\[(null,)*[6-7]\\d\\d");
  }
}
