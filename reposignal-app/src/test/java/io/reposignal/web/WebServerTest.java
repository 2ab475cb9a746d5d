package io.reposignal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reposignal.forecast.Call;
import io.reposignal.forecast.ForecastLedger;
import io.reposignal.forecast.Target;
import io.reposignal.forecast.WalkForward;
import io.reposignal.store.Store;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The server's API, feeds and headers, over HTTP on loopback, on real snapshot days. */
final class WebServerTest {
  private static Store store;
  private static WebServer server;

  @BeforeAll
  static void start() {
    store = Store.openReadOnly(WebFixture.database());
    server = WebServer.start(store, new WebServer.Options("127.0.0.1", 0, WebFixture.reports(), 2));
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return Loopback.get(server, path);
  }

  private static JsonNode json(HttpResponse<String> response) throws Exception {
    return SafeJson.mapper().readTree(response.body());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/v1/signals?as_of=2026-02-30|as_of",
        "/api/v1/signals?as_of=20260201|as_of",
        "/api/v1/signals?window=14d|window",
        "/api/v1/signals?rank_by=stars|rank_by",
        "/api/v1/signals?language=%3Cscript%3E|language",
        "/api/v1/signals?momentum=rocket|momentum",
        "/api/v1/signals?size=0|size",
        "/api/v1/signals?size=abc|size",
        "/api/v1/languages?window=1y|window",
        "/api/v1/languages?rank_by=x|rank_by",
        "/api/v1/clusters?as_of=2026-13-01|as_of",
        "/api/v1/search?q=%27%20OR%201%3D1|q",
        "/api/v1/search|q",
        "/api/v1/repos/bad%20owner/x|owner",
        "/api/v1/repos/ok/bad%3Bname|name"
      })
  void api_badParameter_answers400NamingIt(String path, String parameter) throws Exception {
    HttpResponse<String> response = get(path);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
    JsonNode error = json(response).get("error");
    assertThat(error.get("status").asInt()).isEqualTo(400);
    assertThat(error.get("parameter").asText()).isEqualTo(parameter);
    assertThat(error.get("message").asText()).isNotBlank();
  }

  @Test
  void repo_unknownName_answers404() throws Exception {
    HttpResponse<String> response = get("/api/v1/repos/nobody-here/nothing-here");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).at("/error/parameter").asText()).isEqualTo("name");
  }

  @Test
  void signals_dayWithoutSnapshot_answers404NamingAsOf() throws Exception {
    HttpResponse<String> response = get("/api/v1/signals?as_of=2020-01-01");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json(response).at("/error/parameter").asText()).isEqualTo("as_of");
  }

  @Test
  void signals_byDefault_rankByScoreWithMomentum() throws Exception {
    JsonNode signals = json(get("/api/v1/signals?as_of=2026-02-01&size=50"));

    assertThat(signals.get("rank_by").asText()).isEqualTo("score");
    JsonNode repos = signals.get("repos");
    assertThat(repos.size()).isEqualTo(50);
    for (int i = 1; i < repos.size(); i++) {
      assertThat(repos.get(i - 1).get("score").asDouble())
          .isGreaterThanOrEqualTo(repos.get(i).get("score").asDouble());
    }
    assertThat(repos.findValuesAsText("momentum")).isNotEmpty();
  }

  @Test
  void signals_momentumFilter_keepsOnlyThatClass() throws Exception {
    JsonNode all = json(get("/api/v1/signals?as_of=2026-02-01&size=500")).get("repos");
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    for (JsonNode repo : all) {
      if (!repo.get("momentum").isNull()) {
        counts.merge(repo.get("momentum").asText(), 1, Integer::sum);
      }
    }
    String rarest =
        counts.entrySet().stream()
            .min(java.util.Map.Entry.comparingByValue())
            .orElseThrow()
            .getKey();

    JsonNode filtered = json(get("/api/v1/signals?as_of=2026-02-01&size=500&momentum=" + rarest));

    assertThat(filtered.get("momentum").asText()).isEqualTo(rarest);
    assertThat(filtered.get("repos").size()).isPositive();
    for (JsonNode repo : filtered.get("repos")) {
      assertThat(repo.get("momentum").asText()).isEqualTo(rarest);
    }
    assertThat(filtered.get("repos").findValuesAsText("repo"))
        .isNotEqualTo(all.findValuesAsText("repo"));
  }

  @Test
  void clusters_ofADay_answerTheFinderOutput() throws Exception {
    HttpResponse<String> response = get("/api/v1/clusters?as_of=2026-02-01");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode clusters = json(response);
    assertThat(clusters.get("as_of").asText()).isEqualTo("2026-02-01");
    assertThat(clusters.get("clusters").isArray()).isTrue();
    for (JsonNode cluster : clusters.get("clusters")) {
      assertThat(cluster.get("owners").size()).isGreaterThanOrEqualTo(3);
      assertThat(cluster.get("size").asInt()).isEqualTo(cluster.get("repos").size());
    }
    assertThat(get("/api/v1/clusters?as_of=2020-01-01").statusCode()).isEqualTo(404);
  }

  @Test
  void repo_oldName_answersUnderTheCurrentName() throws Exception {
    HttpResponse<String> response = get("/api/v1/repos/clawdbot/clawdbot");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode repo = json(response);
    assertThat(repo.get("repo").asText()).isEqualTo("openclaw/openclaw");
    assertThat(repo.get("requested_as").asText()).isEqualTo("clawdbot/clawdbot");
    assertThat(repo.get("momentum_history").isArray()).isTrue();
    assertThat(repo.get("momentum_history").size())
        .isEqualTo(repo.at("/coverage/observed_days").asInt());
    assertThat(repo.get("suspicious_stars").isNull())
        .as("snapshots alone: no star events to judge, so unknown")
        .isTrue();
    assertThat(response.headers().firstValue("Content-Location"))
        .hasValue("/api/v1/repos/openclaw/openclaw");
  }

  @Test
  void search_oldName_findsTheRenamedRepository() throws Exception {
    JsonNode hits = json(get("/api/v1/search?q=clawdbot"));

    assertThat(hits.isArray()).isTrue();
    assertThat(hits.get(0).get("repo").asText()).isEqualTo("openclaw/openclaw");
    assertThat(hits.get(0).get("matched_name").asText()).isEqualTo("clawdbot/clawdbot");
  }

  @Test
  void signals_window24h_ranksByTheTrustedOneDayGain() throws Exception {
    JsonNode signals =
        json(get("/api/v1/signals?as_of=2026-02-01&rank_by=gain&window=24h&size=20"));

    assertThat(signals.get("as_of").asText()).isEqualTo("2026-02-01");
    assertThat(signals.get("window").asText()).isEqualTo("24h");
    JsonNode repos = signals.get("repos");
    assertThat(repos.size()).isEqualTo(20);
    for (int i = 1; i < repos.size(); i++) {
      assertThat(repos.get(i - 1).get("trusted_stars_24h").asInt())
          .isGreaterThanOrEqualTo(repos.get(i).get("trusted_stars_24h").asInt());
    }
  }

  @Test
  void signals_hostileDescription_isDataEscapedForEmbedding() throws Exception {
    HttpResponse<String> response = get("/api/v1/signals?as_of=2026-02-01&size=500");

    assertThat(response.body()).doesNotContain("<script>").doesNotContain("</script>");
    JsonNode hostile = null;
    for (JsonNode repo : json(response).get("repos")) {
      if (repo.get("repo").asText().equals(WebFixture.HOSTILE_REPO)) {
        hostile = repo;
      }
    }
    assertThat(hostile).isNotNull();
    assertThat(hostile.get("description").asText()).isEqualTo(WebFixture.HOSTILE_DESCRIPTION);
  }

  @Test
  void languages_shares_areFractionsSummingToOne() throws Exception {
    JsonNode languages = json(get("/api/v1/languages?as_of=2026-02-01")).get("languages");

    double sum = 0;
    for (JsonNode slot : languages) {
      assertThat(slot.get("share").asDouble()).isBetween(0.0, 1.0);
      sum += slot.get("share").asDouble();
    }
    assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void languages_shift_comparesWithEarlierWindows() throws Exception {
    JsonNode map = json(get("/api/v1/languages?as_of=2026-02-01"));

    assertThat(map.get("rank_by").asText()).isEqualTo("score");
    assertThat(map.get("day_30d_ago").isNull()).as("the fixture starts 2026-01-03").isTrue();
    for (JsonNode slot : map.get("languages")) {
      assertThat(slot.has("repos_30d_ago")).isTrue();
      assertThat(slot.has("repos_90d_ago")).isTrue();
    }
  }

  @Test
  void openApi_isServedAsValidJsonListingEveryEndpoint() throws Exception {
    HttpResponse<String> response = get("/api/v1/openapi.json");

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode doc = json(response);
    assertThat(doc.get("openapi").asText()).startsWith("3.");
    assertThat(doc.get("paths").has("/api/v1/repos/{owner}/{name}")).isTrue();
    assertThat(doc.get("paths").has("/api/v1/signals")).isTrue();
    assertThat(doc.get("paths").has("/api/v1/search")).isTrue();
    assertThat(doc.get("paths").has("/api/v1/reports")).isTrue();
    assertThat(doc.get("paths").has("/api/v1/clusters")).isTrue();
    assertThat(doc.toString()).doesNotContain("501");
  }

  @Test
  void everyResponse_carriesTheSecurityHeaders() throws Exception {
    for (String path : new String[] {"/", "/api/v1/days", "/nowhere", "/assets/app.js"}) {
      HttpResponse<String> response = get(path);

      assertThat(response.headers().firstValue("Content-Security-Policy"))
          .hasValue(WebServer.CONTENT_SECURITY_POLICY);
      assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void breakoutsFeed_emptyLedger_isAValidFeedWithoutEntries() throws Exception {
    HttpResponse<String> response = get("/feeds/breakouts.atom");

    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/atom+xml"));
    Document feed = parse(response.body());
    assertThat(feed.getDocumentElement().getNamespaceURI())
        .isEqualTo("http://www.w3.org/2005/Atom");
    assertThat(text(feed, "title", 0)).startsWith("RepoSignal breakout calls");
    assertThat(text(feed, "updated", 0)).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(feed.getElementsByTagNameNS("*", "entry").getLength()).isZero();
  }

  @Test
  void breakoutsFeed_callsInTheLedger_entryPerLatestCallWithHostileTextIntact(@TempDir Path dir)
      throws Exception {
    Path database = Files.copy(WebFixture.database(), dir.resolve("calls.duckdb"));
    try (Store writable = Store.open(database)) {
      ForecastLedger ledger = new ForecastLedger(writable);
      ledger.record(
          List.of(call(WebFixture.LAST.minusDays(7), Target.ABSOLUTE, 1, "old/call", 0.5)),
          WebFixture.LAST,
          Instant.parse("2026-01-25T10:00:00Z"));
      ledger.record(
          List.of(
              call(WebFixture.LAST, Target.ABSOLUTE, 1, WebFixture.HOSTILE_REPO, 0.875),
              call(WebFixture.LAST, Target.RELATIVE, 1, "good-owner/good.repo", 0.25)),
          WebFixture.LAST,
          Instant.parse("2026-02-01T12:00:00Z"));
    }
    try (Store readOnly = Store.openReadOnly(database);
        WebServer calls =
            WebServer.start(
                readOnly, new WebServer.Options("127.0.0.1", 0, WebFixture.reports(), 2))) {
      String xml = Loopback.get(calls, "/feeds/breakouts.atom").body();

      Document feed = parse(xml);
      NodeList entries = feed.getElementsByTagNameNS("*", "entry");
      assertThat(entries.getLength()).as("the latest as-of day's calls only").isEqualTo(2);
      assertThat(text(feed, "updated", 0)).isEqualTo("2026-02-01T12:00:00Z");
      org.w3c.dom.Element first = (org.w3c.dom.Element) entries.item(0);
      assertThat(first.getElementsByTagNameNS("*", "title").item(0).getTextContent())
          .isEqualTo(
              WebFixture.HOSTILE_REPO + ": 87.5 % to be a top-20 absolute gainer within 28 days");
      assertThat(
              ((org.w3c.dom.Element) first.getElementsByTagNameNS("*", "link").item(0))
                  .getAttribute("href"))
          .endsWith("/repos/" + WebFixture.HOSTILE_REPO);
      assertThat(first.getElementsByTagNameNS("*", "summary").item(0).getTextContent())
          .contains("the top 20 gainers by stars gained of the 28 days after 2026-02-01")
          .contains("<script>alert('xss')</script>");
      assertThat(xml).doesNotContain("<script>").doesNotContain("old/call");
    }
  }

  private static Call call(LocalDate asOf, Target target, int rank, String repo, double p) {
    return new Call(
        asOf, 28, 20, target, WalkForward.MODEL_VERSION, rank, repo, p, Map.of("z_today", 1.0));
  }

  @Test
  void articlesFeed_listsTheReports() throws Exception {
    Document feed = parse(get("/feeds/articles.atom").body());

    assertThat(feed.getElementsByTagNameNS("*", "entry").getLength()).isEqualTo(1);
    assertThat(text(feed, "id", 1)).isEqualTo("urn:reposignal:report:" + WebFixture.LAST);
  }

  @Test
  void reports_listAndServeOnlyReportFiles() throws Exception {
    JsonNode reports = json(get("/api/v1/reports"));
    assertThat(reports.get(0).get("day").asText()).isEqualTo(WebFixture.LAST.toString());
    assertThat(reports.get(0).get("markdown").asText()).endsWith(".md");

    HttpResponse<String> report = get(reports.get(0).get("html").asText());
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.body()).contains("Trend report of " + WebFixture.LAST);

    assertThat(get("/reports/..%2Fweb.duckdb").statusCode()).isEqualTo(404);
    assertThat(get("/reports/secrets.txt").statusCode()).isEqualTo(404);
  }

  @Test
  void healthAndMetrics_answer() throws Exception {
    get("/api/v1/days");

    assertThat(json(get("/healthz")).get("last_day").asText())
        .isEqualTo(WebFixture.LAST.toString());
    String metrics = get("/metrics").body();
    assertThat(metrics)
        .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/days\"");
    assertThat(metrics).contains("jvm_memory_used_bytes");
  }

  @Test
  void echarts_isServedFromTheWebJar() throws Exception {
    HttpResponse<String> response = get("/assets/echarts.min.js");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("echarts");
    assertThat(response.body().length()).isGreaterThan(500_000);
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String text(Document document, String element, int index) {
    return document.getElementsByTagNameNS("*", element).item(index).getTextContent();
  }
}
