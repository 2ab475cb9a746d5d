package io.reposignal.signal;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.signal.momentum.Momentum;
import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import io.reposignal.testing.SynthHours;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The synthetic validation of the momentum classes on GH Archive data alone (no snapshots: capture
 * rate assumed 1). Two plans: the shared development plan (16 days from 2026-02-01) and one made
 * here with other names, sizes, start days, background and seed (18 days from 2026-05-10). Each
 * planted repository must carry its pattern's class on the days after the pattern has shown itself
 * (the days are derived from the plan and the documented minimum histories, see
 * docs/signals-part2.md), and the background's ten most-starred repositories are never breakouts.
 * Hours are generated once per class into a temporary folder.
 */
final class PlantedPatternsTest {
  private static final String OWN_PLAN =
      """
      {"about": "Second plan: other names, sizes and start days than the development plan.",
       "repos": [
        {"name": "nova/quantum-db", "pattern": "breakout", "start": "2026-05-18",
         "daily": [4, 15, 60, 250, 800, 1100, 1200, 1250, 1300, 1350]},
        {"name": "orbit/telemetry", "pattern": "sustained", "start": "2026-05-10",
         "daily": [62, 70, 66, 75, 68, 64, 71, 73, 66, 69, 74, 65, 70, 72, 68, 71, 67, 73]},
        {"name": "meme/hype-button", "pattern": "spike-and-fade", "start": "2026-05-13",
         "daily": [30, 2500, 600, 120, 50, 30, 25, 20, 15, 12, 10, 8]},
        {"name": "patient/garden", "pattern": "slow-burn", "start": "2026-05-12",
         "daily": [12, 14, 16, 18, 21, 24, 28, 32, 37, 42, 49, 56, 64, 74, 85, 98]}
       ]}
      """;

  @TempDir static Path dir;
  private static Map<LocalDate, Map<String, Momentum>> dev;
  private static Map<LocalDate, Map<String, Momentum>> own;
  private static List<String> devBackgroundTop;
  private static List<String> ownBackgroundTop;

  @BeforeAll
  static void generate() throws Exception {
    Path ownPlan = dir.resolve("own-plan.json");
    Files.writeString(ownPlan, OWN_PLAN, StandardCharsets.UTF_8);
    try (Store store =
        ingest("dev", "2026-02-01T00", 16 * 24, 300, 20_000, 7, SharedData.devPlan())) {
      dev = classes(store, LocalDate.parse("2026-02-07"), LocalDate.parse("2026-02-16"));
      devBackgroundTop = backgroundTop(store, "shady/");
    }
    try (Store store = ingest("own", "2026-05-10T00", 18 * 24, 200, 30_000, 23, ownPlan)) {
      own = classes(store, LocalDate.parse("2026-05-16"), LocalDate.parse("2026-05-27"));
      ownBackgroundTop = backgroundTop(store, "none/");
    }
  }

  @AfterAll
  static void release() {
    dev = null;
    own = null;
  }

  private static Store ingest(
      String name, String start, int hours, int events, int repos, int seed, Path plan)
      throws Exception {
    Path folder = dir.resolve(name);
    SynthHours.generate(folder, start, hours, events, repos, seed, plan);
    List<Path> files;
    try (var listing = Files.list(folder)) {
      files = listing.sorted().toList();
    }
    Store store = Store.open(dir.resolve(name + ".duckdb"));
    new GhArchiveIngester(store, 2, Clock.systemUTC()).ingest(files, (o, d, t) -> {});
    return store;
  }

  /** Every repository's class on every day, as {@code signals --as-of} gives it. */
  private static Map<LocalDate, Map<String, Momentum>> classes(
      Store store, LocalDate from, LocalDate to) {
    SignalEngine engine = SignalEngine.forStore(store);
    Map<LocalDate, Map<String, Momentum>> days = new HashMap<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      Map<String, Momentum> classes = new HashMap<>();
      for (RepoSignal signal : engine.observedOn(day)) {
        assertThat(signal.estimated()).as("GH Archive figures are estimates").isTrue();
        if (signal.momentum() != null) {
          classes.put(signal.repo(), signal.momentum());
        }
      }
      days.put(day, classes);
    }
    return days;
  }

  /** The ten background repositories (names the generator gives) with the most stars. */
  private static List<String> backgroundTop(Store store, String alsoExclude) throws Exception {
    List<String> top = new ArrayList<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT repo_name FROM gha_repo_day WHERE repo_name LIKE 'owner%/project-%'"
                    + " GROUP BY repo_name ORDER BY sum(stars) DESC, repo_name LIMIT 10")) {
      while (rows.next()) {
        top.add(rows.getString(1));
      }
    }
    assertThat(top).hasSize(10).noneMatch(name -> name.startsWith(alsoExclude));
    return top;
  }

  private static void assertClass(
      Map<LocalDate, Map<String, Momentum>> days,
      String repo,
      String from,
      String to,
      Momentum expected) {
    for (LocalDate day = LocalDate.parse(from);
        !day.isAfter(LocalDate.parse(to));
        day = day.plusDays(1)) {
      assertThat(days.get(day).get(repo)).as("%s on %s", repo, day).isEqualTo(expected);
    }
  }

  @Test
  void devPlan_breakout_breakoutWhileAccelerating() {
    // 300 on 02-07 shows the break; 02-08 is the first day with the 7-day baseline the rule
    // needs; the plan levels off after 02-12 (720, 740, 760: no longer accelerating).
    assertClass(dev, "acme/rocket", "2026-02-08", "2026-02-12", Momentum.BREAKOUT);
  }

  @Test
  void devPlan_spike_spikeAndFadeOnceDecaying() {
    // Peak 1,800 on 02-04; 02-07 is the first day with 7 days of history.
    assertClass(dev, "viral/onehit", "2026-02-07", "2026-02-16", Momentum.SPIKE_AND_FADE);
  }

  @Test
  void devPlan_slowBurn_slowBurnOnceTheTrendIsFitted() {
    // The compounding trend needs 10 fitted days before today: from 02-11.
    assertClass(dev, "slowburn/compiler", "2026-02-11", "2026-02-16", Momentum.SLOW_BURN);
  }

  @Test
  void devPlan_sustained_sustainedFromFourteenDays() {
    assertClass(dev, "steady-co/ledger", "2026-02-14", "2026-02-16", Momentum.SUSTAINED);
  }

  @Test
  void devPlan_backgroundTop_neverBreakout() {
    for (Map<String, Momentum> day : dev.values()) {
      for (String repo : devBackgroundTop) {
        assertThat(day.get(repo)).as(repo).isNotEqualTo(Momentum.BREAKOUT);
      }
    }
  }

  @Test
  void ownPlan_breakoutAfterAQuietWeek_breakout() {
    // 250 on 05-21 after 8 days without a star and 4, 15, 60.
    assertClass(own, "nova/quantum-db", "2026-05-21", "2026-05-25", Momentum.BREAKOUT);
  }

  @Test
  void ownPlan_spike_spikeAndFadeOnceTheLastThreeDaysFell() {
    // Peak 2,500 on 05-14; on 05-17 the last 3 days (600, 120, 50) are under 0.35 x the peak.
    assertClass(own, "meme/hype-button", "2026-05-17", "2026-05-27", Momentum.SPIKE_AND_FADE);
  }

  @Test
  void ownPlan_slowBurn_slowBurnOnceTheTrendIsFitted() {
    // First star 05-12; 10 fitted days before today from 05-22.
    assertClass(own, "patient/garden", "2026-05-22", "2026-05-27", Momentum.SLOW_BURN);
  }

  @Test
  void ownPlan_sustained_sustainedFromFourteenDays() {
    assertClass(own, "orbit/telemetry", "2026-05-23", "2026-05-27", Momentum.SUSTAINED);
  }

  @Test
  void ownPlan_backgroundTop_neverBreakout() {
    Set<Momentum> seen = new java.util.HashSet<>();
    for (Map<String, Momentum> day : own.values()) {
      for (String repo : ownBackgroundTop) {
        assertThat(day.get(repo)).as(repo).isNotEqualTo(Momentum.BREAKOUT);
        seen.add(day.get(repo));
      }
    }
    assertThat(seen).as("the background top was classified at all").isNotEmpty();
  }
}
