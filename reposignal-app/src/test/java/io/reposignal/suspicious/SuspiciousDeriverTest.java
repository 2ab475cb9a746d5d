package io.reposignal.suspicious;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.ingest.gharchive.load.IngestSummary;
import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import io.reposignal.testing.SynthHours;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Precision and recall of the detectors against planted ground truth, on the development plan and
 * on two plans written here (other sizes, hours, seeds, names; fresh and farm bursts of other
 * sizes, a farm that never reuses an account, a viral spike, a breakout). Each plan is generated
 * small, ingested and judged once per class; the numbers are printed for docs/signals.md
 * ("Suspicious stars").
 */
final class SuspiciousDeriverTest {
  /** Other sizes and hours: a farm reusing a small pool, a big fresh burst at midnight. */
  private static final String PLAN_A =
      """
      {"repos": [
       {"name": "nova/engine", "pattern": "breakout", "start": "2026-03-12",
        "daily": [4, 15, 60, 250, 500, 550, 600, 620]},
       {"name": "calm/steady", "pattern": "sustained", "start": "2026-03-10",
        "daily": [120, 125, 118, 130, 122, 127, 121, 129, 124, 126]},
       {"name": "news/frontpage", "pattern": "spike-and-fade", "start": "2026-03-13",
        "daily": [30, 2500, 300, 60]},
       {"name": "grey/pump", "pattern": "fake-burst", "day": "2026-03-14", "hour": 0,
        "stars": 400},
       {"name": "grey/lift-a", "pattern": "fake-burst", "day": "2026-03-13", "hour": 22,
        "stars": 300, "farm": "vault", "farm_size": 2000},
       {"name": "grey/lift-b", "pattern": "fake-burst", "day": "2026-03-17", "hour": 7,
        "stars": 500, "farm": "vault", "farm_size": 2000}
      ]}
      """;

  /**
   * Smaller bursts, a start at 06:00 (a partly covered first day), a farm whose one burst has no
   * lockstep partner, heavy reuse in another farm, and a one-day viral spike.
   */
  private static final String PLAN_B =
      """
      {"repos": [
       {"name": "loud/launch", "pattern": "spike", "start": "2026-05-04", "daily": [2000]},
       {"name": "rise/tool", "pattern": "breakout", "start": "2026-05-02",
        "daily": [3, 10, 40, 200, 420, 450]},
       {"name": "odd/starboost", "pattern": "fake-burst", "day": "2026-05-03", "hour": 23,
        "stars": 120},
       {"name": "odd/swarm-one", "pattern": "fake-burst", "day": "2026-05-02", "hour": 1,
        "stars": 80, "farm": "swarm", "farm_size": 300},
       {"name": "odd/swarm-two", "pattern": "fake-burst", "day": "2026-05-05", "hour": 12,
        "stars": 150, "farm": "swarm", "farm_size": 300},
       {"name": "odd/lonely", "pattern": "fake-burst", "day": "2026-05-06", "hour": 16,
        "stars": 60, "farm": "solo"}
      ]}
      """;

  @TempDir static Path dir;
  private static final Map<String, Store> STORES = new HashMap<>();
  private static final Map<String, JsonNode> PLANS = new HashMap<>();

  @BeforeAll
  static void generateAndJudge() throws Exception {
    prepare("dev", SharedData.devPlan(), "2026-02-01T00", 288, 400, 20_000, 7);
    prepare("plan-a", write("plan-a.json", PLAN_A), "2026-03-10T00", 240, 300, 10_000, 21);
    prepare("plan-b", write("plan-b.json", PLAN_B), "2026-05-01T06", 162, 500, 30_000, 5);
  }

  private static Path write(String name, String json) throws Exception {
    Path plan = dir.resolve(name);
    Files.writeString(plan, json, StandardCharsets.UTF_8);
    return plan;
  }

  private static void prepare(
      String name, Path plan, String start, int hours, int events, int repos, int seed)
      throws Exception {
    Path out = dir.resolve(name);
    SynthHours.generate(out, start, hours, events, repos, seed, plan);
    List<Path> files;
    try (Stream<Path> listing = Files.list(out)) {
      files = listing.sorted().toList();
    }
    Store store = Store.open(dir.resolve(name + ".duckdb"));
    IngestSummary summary =
        new GhArchiveIngester(store, 2, Clock.systemUTC()).ingest(files, (o, d, t) -> {});
    assertThat(summary.failures()).isEmpty();
    assertThat(SuspiciousDeriver.rebuildIfStale(store)).isTrue();
    STORES.put(name, store);
    PLANS.put(name, new ObjectMapper().readTree(plan.toFile()));
  }

  @AfterAll
  static void close() {
    STORES.values().forEach(Store::close);
  }

  @Test
  void devPlan_fakeBursts_flaggedOnTheirDayAndNothingElse() throws Exception {
    Quality quality = quality("dev");
    assertThat(quality.starPrecision()).isGreaterThanOrEqualTo(0.99);
    assertThat(quality.starRecall()).isGreaterThanOrEqualTo(0.99);
    assertThat(quality.repoDayPrecision()).isEqualTo(1.0);
    assertThat(quality.repoDayRecall()).isEqualTo(1.0);
    assertThat(flaggedRepos("dev"))
        .containsExactlyInAnyOrder("shady/boost", "shady/boost-two", "shady/boost-three");
  }

  @Test
  void ownPlanA_farmAndFreshBursts_flaggedAndOrganicPatternsNot() throws Exception {
    Quality quality = quality("plan-a");
    assertThat(quality.starPrecision()).isGreaterThanOrEqualTo(0.99);
    assertThat(quality.starRecall()).isGreaterThanOrEqualTo(0.95);
    assertThat(quality.repoDayPrecision()).isEqualTo(1.0);
    assertThat(quality.repoDayRecall()).isEqualTo(1.0);
  }

  @Test
  void ownPlanB_smallBurstsAndUnpairedFarm_flaggedAndViralSpikeNot() throws Exception {
    Quality quality = quality("plan-b");
    assertThat(quality.starPrecision()).isGreaterThanOrEqualTo(0.99);
    assertThat(quality.starRecall()).isGreaterThanOrEqualTo(0.95);
    assertThat(quality.repoDayPrecision()).isEqualTo(1.0);
    assertThat(quality.repoDayRecall()).isEqualTo(1.0);
  }

  @Test
  void rebuildIfStale_sameLedger_keepsRowsAndRebuildGivesSameRows() throws Exception {
    Store store = STORES.get("plan-b");
    List<String> before = rows(store);
    assertThat(SuspiciousDeriver.rebuildIfStale(store)).isFalse();
    new SuspiciousDeriver(DetectorSettings.DEFAULT).rebuild(store);
    assertThat(rows(store)).isEqualTo(before).isNotEmpty();
  }

  @Test
  void isStale_storeWithoutGhArchiveFiles_nothingToDerive() {
    try (Store store = Store.open(dir.resolve("snapshots-only.duckdb"))) {
      assertThat(SuspiciousDeriver.isStale(store)).isFalse();
      assertThat(SuspiciousDeriver.rebuildIfStale(store)).isFalse();
    }
  }

  @Test
  void readRepoDays_dayRange_onlyDaysInRange() {
    List<SuspiciousRepoDay> days =
        SuspiciousRepoDays.read(
            STORES.get("dev"), LocalDate.parse("2026-02-08"), LocalDate.parse("2026-02-11"));
    assertThat(days).extracting(SuspiciousRepoDay::repo).containsExactly("shady/boost-two");
    assertThat(days.get(0).detectors()).contains("lockstep", "burst");
    assertThat(days.get(0).accounts()).hasSize(5);
  }

  @Test
  void signals_gharchiveOnlyStore_trustedFiguresLeaveThePlantedFakeStarsOut() {
    // shady/boost: 1,500 fake stars planted in one hour of 2026-02-07, in a store of events alone
    LocalDate day = LocalDate.parse("2026-02-07");
    io.reposignal.signal.RepoSignal boost =
        io.reposignal.signal.SignalEngine.forStore(STORES.get("dev")).observedOn(day).stream()
            .filter(signal -> signal.repo().equals("shady/boost"))
            .findFirst()
            .orElseThrow();

    assertThat(boost.stars24h()).isGreaterThanOrEqualTo(1_500);
    assertThat(boost.trustedStars24h()).isLessThan(boost.stars24h() / 10);
    assertThat(boost.reasons()).anyMatch(reason -> reason.startsWith("mostly suspicious stars"));
    assertThat(boost.momentum()).isNotEqualTo(io.reposignal.signal.momentum.Momentum.BREAKOUT);
  }

  @Test
  void forNames_anyCaseOfTheName_findsTheRepositorysSuspiciousDays() {
    List<SuspiciousRepoDay> days =
        SuspiciousRepoDays.forNames(STORES.get("dev"), List.of("SHADY/Boost", "nobody/else"));

    assertThat(days).extracting(SuspiciousRepoDay::day).containsExactly(LocalDate.of(2026, 2, 7));
    assertThat(days.get(0).suspiciousStars()).isGreaterThanOrEqualTo(1_485);
    assertThat(days.get(0).repo()).isEqualTo("shady/boost");
  }

  @Test
  void forNames_storeWithoutGhArchiveHours_unknown() {
    try (Store store = Store.open(dir.resolve("no-hours.duckdb"))) {
      assertThat(SuspiciousRepoDays.forNames(store, List.of("shady/boost"))).isNull();
    }
  }

  /** Precision and recall per star and per repository-day, printed for the documentation. */
  record Quality(
      long stars,
      long plantedStars,
      long flaggedStars,
      long truePositiveStars,
      long plantedRepoDays,
      long flaggedRepoDays,
      long truePositiveRepoDays) {
    double starPrecision() {
      return flaggedStars == 0 ? 1.0 : (double) truePositiveStars / flaggedStars;
    }

    double starRecall() {
      return (double) truePositiveStars / plantedStars;
    }

    double repoDayPrecision() {
      return flaggedRepoDays == 0 ? 1.0 : (double) truePositiveRepoDays / flaggedRepoDays;
    }

    double repoDayRecall() {
      return (double) truePositiveRepoDays / plantedRepoDays;
    }
  }

  /** Ground truth: the stars of a planted fake-burst repository in its burst hour. */
  private static Quality quality(String name) throws SQLException {
    Store store = STORES.get(name);
    try (Statement statement = store.connection().createStatement()) {
      statement.execute(
          "CREATE OR REPLACE TEMP TABLE planted (repo VARCHAR, day DATE, hour INTEGER)");
    }
    try (PreparedStatement insert =
        store.connection().prepareStatement("INSERT INTO planted VALUES (?, ?, ?)")) {
      for (JsonNode repo : PLANS.get(name).get("repos")) {
        if ("fake-burst".equals(repo.path("pattern").asText())) {
          insert.setString(1, repo.get("name").asText());
          insert.setObject(2, LocalDate.parse(repo.get("day").asText()));
          insert.setInt(3, repo.get("hour").asInt());
          insert.executeUpdate();
        }
      }
    }
    String sql =
        "WITH judged AS (SELECT g.event_id, p.repo IS NOT NULL AS planted,"
            + " s.event_id IS NOT NULL AS flagged FROM gha_star g"
            + " LEFT JOIN planted p ON p.repo = g.repo_name AND p.day = g.created_at::DATE"
            + " AND p.hour = hour(g.created_at)"
            + " LEFT JOIN suspicious_star s ON s.event_id = g.event_id)"
            + " SELECT count(*), count(*) FILTER (WHERE planted), count(*) FILTER (WHERE flagged),"
            + " count(*) FILTER (WHERE planted AND flagged),"
            + " (SELECT count(*) FROM planted),"
            + " (SELECT count(*) FROM suspicious_repo_day),"
            + " (SELECT count(*) FROM suspicious_repo_day r JOIN planted p"
            + " ON p.repo = r.repo_name AND p.day = r.day) FROM judged";
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      Quality quality =
          new Quality(
              rows.getLong(1),
              rows.getLong(2),
              rows.getLong(3),
              rows.getLong(4),
              rows.getLong(5),
              rows.getLong(6),
              rows.getLong(7));
      System.out.printf(
          Locale.ROOT,
          "suspicious %s: stars %d, planted %d, flagged %d, true %d: star precision %.4f recall"
              + " %.4f; repo-days planted %d, flagged %d, true %d: precision %.4f recall %.4f%n",
          name,
          quality.stars(),
          quality.plantedStars(),
          quality.flaggedStars(),
          quality.truePositiveStars(),
          quality.starPrecision(),
          quality.starRecall(),
          quality.plantedRepoDays(),
          quality.flaggedRepoDays(),
          quality.truePositiveRepoDays(),
          quality.repoDayPrecision(),
          quality.repoDayRecall());
      return quality;
    }
  }

  private static List<String> flaggedRepos(String name) {
    return SuspiciousRepoDays.read(STORES.get(name), null, null).stream()
        .map(SuspiciousRepoDay::repo)
        .toList();
  }

  private static List<String> rows(Store store) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet result =
            statement.executeQuery(
                "SELECT event_id, day, score, detectors FROM suspicious_star ORDER BY event_id")) {
      while (result.next()) {
        rows.add(
            result.getLong(1)
                + " "
                + result.getString(2)
                + " "
                + result.getDouble(3)
                + " "
                + result.getString(4));
      }
    }
    return rows;
  }
}
