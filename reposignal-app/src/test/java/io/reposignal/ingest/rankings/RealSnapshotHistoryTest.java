package io.reposignal.ingest.rankings;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import io.reposignal.testing.RealSnapshots;
import io.reposignal.testing.SharedData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the 211 real daily snapshots must look like once ingested. */
final class RealSnapshotHistoryTest {
  private Store store;

  @BeforeEach
  void open() {
    store = RealSnapshots.open();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void ingest_everyFile_keepsAsManyRowsAsDuckDbReadsFromIt() throws SQLException {
    List<String> mismatches = new ArrayList<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet files = statement.executeQuery("SELECT file_name, rows_kept FROM rank_file")) {
      Map<String, Integer> kept = new LinkedHashMap<>();
      while (files.next()) {
        kept.put(files.getString(1), files.getInt(2));
      }
      assertThat(kept).hasSize(211);
      for (Map.Entry<String, Integer> file : kept.entrySet()) {
        long expected = countWithDuckDb(SharedData.rankings().resolve(file.getKey()).toString());
        if (expected != file.getValue()) {
          mismatches.add(file.getKey() + ": expected " + expected + ", kept " + file.getValue());
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  private long countWithDuckDb(String path) throws SQLException {
    try (PreparedStatement query =
        store.connection().prepareStatement("SELECT count(*) FROM read_csv(?, header = true)")) {
      query.setString(1, path);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  @Test
  void derive_anyRepositoryAndDay_hasOneObservation() throws SQLException {
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT repo_key, day FROM snap_day GROUP BY ALL"
                    + " HAVING count(*) > 1)"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM (SELECT day, lower(full_name) FROM snap_day"
                    + " WHERE stars IS NOT NULL GROUP BY ALL HAVING count(*) > 1)"))
        .isZero();
  }

  @Test
  void derive_lateJanuary2026RenameChain_isOneRepositoryWithContinuousGains() throws SQLException {
    List<Integer> keys = new ArrayList<>();
    for (String name :
        List.of("clawdbot/clawdbot", "moltbot/moltbot", "openclaw/moltbot", "openclaw/openclaw")) {
      keys.add(keyOf(name));
    }
    assertThat(keys).doesNotContainNull().containsOnly(keys.get(0));

    Map<LocalDate, Integer> gains = gains(keys.get(0), "2026-01-28", "2026-01-31");
    assertThat(gains).hasSize(4);
    assertThat(gains.values()).allSatisfy(gain -> assertThat(gain).isNotNull().isPositive());
  }

  @Test
  void derive_earlyApril2026TransferOnAViralDay_keepsOneIdentityAndTheDaysGain()
      throws SQLException {
    int key = keyOf("instructkr/claw-code");
    assertThat(keyOf("ultraworkers/claw-code")).isEqualTo(key);

    Map<LocalDate, Integer> gains = gains(key, "2026-04-02", "2026-04-02");
    assertThat(gains.get(LocalDate.of(2026, 4, 2))).isGreaterThan(20_000);
  }

  @Test
  void derive_all211Days_noRepositoryVanishesWhileATwinAppears() throws SQLException {
    // A missed rename: one identity ends on day D-1 and another begins on D with the same
    // repository name and (almost) the same stars and forks.
    long phantoms =
        count(
            "SELECT count(*) FROM snap_repo gone JOIN snap_repo born"
                + " ON born.first_day = gone.last_day + 1"
                + " JOIN snap_day g ON g.repo_key = gone.repo_key AND g.day = gone.last_day"
                + " JOIN snap_day b ON b.repo_key = born.repo_key AND b.day = born.first_day"
                + " WHERE split_part(lower(g.full_name), '/', 2) = split_part(lower(b.full_name), '/', 2)"
                + " AND abs(b.stars - g.stars) <= 0.01 * g.stars"
                + " AND abs(coalesce(b.forks, 0) - coalesce(g.forks, 0)) <= 0.01 * g.forks + 2");
    assertThat(phantoms).isZero();
  }

  @Test
  void derive_all211Days_noGiantGainOrDropFromAWrongMerge() throws SQLException {
    long suspicious =
        count(
            "SELECT count(*) FROM (SELECT stars_gained AS gain,"
                + " lag(stars) OVER (PARTITION BY repo_key ORDER BY day) AS before"
                + " FROM snap_day) WHERE before >= 5000"
                + " AND (gain > before OR gain < -0.05 * before)");
    assertThat(suspicious).isZero();
  }

  @Test
  void derive_missingDay20260502_spreadsTheGainAndMarksItInterpolated() throws SQLException {
    assertThat(
            count(
                "SELECT count(*) FROM snap_calendar WHERE day = DATE '2026-05-02'"
                    + " AND status = 'missing'"))
        .isOne();
    int key = keyOf("facebook/react");
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement(
                "SELECT day, stars, stars_gained, interpolated FROM snap_day WHERE repo_key = ?"
                    + " AND day BETWEEN DATE '2026-05-01' AND DATE '2026-05-03' ORDER BY day")) {
      query.setInt(1, key);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        int first = rows.getInt(2);
        rows.next();
        assertThat(rows.getObject(2)).isNull();
        int spreadOnGap = rows.getInt(3);
        assertThat(rows.getBoolean(4)).isTrue();
        rows.next();
        int last = rows.getInt(2);
        assertThat(spreadOnGap + rows.getInt(3)).isEqualTo(last - first);
        assertThat(rows.getBoolean(4)).isTrue();
        assertThat(Math.abs(spreadOnGap - rows.getInt(3))).isLessThanOrEqualTo(1);
      }
    }
  }

  @Test
  void derive_purgeOf20260214_isOnePlatformWideEvent() throws SQLException {
    assertThat(
            count(
                "SELECT count(*) FROM data_event WHERE kind = 'purge'"
                    + " AND day = DATE '2026-02-14' AND share > 0.2"))
        .isOne();
    assertThat(count("SELECT count(*) FROM data_event WHERE kind = 'purge'"))
        .as("an ordinary day is not a purge")
        .isLessThanOrEqualTo(3);
  }

  @Test
  void derive_repositoryLeavingTheLists_getsNoInventedGains() throws SQLException {
    // Days a repository was not observed, while a snapshot exists, have no total and no gain.
    assertThat(
            count(
                "SELECT count(*) FROM snap_day d JOIN snap_calendar c USING (day)"
                    + " WHERE c.status = 'observed' AND d.stars IS NULL"
                    + " AND d.stars_gained IS NOT NULL"))
        .isZero();
    assertThat(
            count(
                "SELECT count(*) FROM snap_day d JOIN snap_calendar c USING (day)"
                    + " WHERE c.status = 'observed' AND d.stars IS NULL"))
        .as("some repositories do leave and re-enter the lists")
        .isPositive();
  }

  private int keyOf(String name) throws SQLException {
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement("SELECT repo_key FROM snap_alias WHERE full_name_lower = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        assertThat(rows.next()).as("alias " + name).isTrue();
        return rows.getInt(1);
      }
    }
  }

  private Map<LocalDate, Integer> gains(int key, String from, String to) throws SQLException {
    Map<LocalDate, Integer> gains = new LinkedHashMap<>();
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement(
                "SELECT day, stars_gained FROM snap_day WHERE repo_key = ?"
                    + " AND day BETWEEN CAST(? AS DATE) AND CAST(? AS DATE) ORDER BY day")) {
      query.setInt(1, key);
      query.setString(2, from);
      query.setString(3, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          gains.put(rows.getObject(1, LocalDate.class), (Integer) rows.getObject(2));
        }
      }
    }
    return gains;
  }

  private long count(String sql) throws SQLException {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
