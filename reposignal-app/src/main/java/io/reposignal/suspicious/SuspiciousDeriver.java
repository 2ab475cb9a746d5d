package io.reposignal.suspicious;

import static java.util.Objects.requireNonNull;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Runs the suspicious-star detectors over the stored GH Archive stars and activity and rewrites
 * {@code suspicious_star} and {@code suspicious_repo_day}. The work is SQL inside DuckDB (which
 * spills to disk rather than running out of memory): the Java side only strings the steps together.
 * The tables are rebuilt whole from the raw layer, so the same data always gives the same rows.
 *
 * <p>Detectors, per star (docs/signals.md, "Suspicious stars", has the reasons):
 *
 * <ul>
 *   <li><b>low-activity</b>: the account's whole activity in the store is on one day, at most 2
 *       events, 1 repository and at most 1 organisation (StarScout);
 *   <li><b>burst</b>: the star falls in an hour holding a large multiple of the repository's usual
 *       hourly stars that day, most of that hour's stargazers have no history, and so does this
 *       one;
 *   <li><b>young</b>: the account id is above a high quantile of the ids active on each of the
 *       preceding days (ids grow with creation time);
 *   <li><b>lockstep</b>: the account is one of at least 10 star-only accounts that starred the same
 *       two repositories within 15 days of each other (CopyCatch).
 * </ul>
 *
 * A star is suspicious when the weights of the detectors that fired reach {@link
 * DetectorSettings#CONVICTION}: lockstep alone, or any two of the three weak ones.
 */
public final class SuspiciousDeriver {
  static final String STATE_NAME = "suspicious";
  static final List<String> DETECTORS = List.of("lockstep", "burst", "young", "low-activity");

  private final DetectorSettings settings;

  public SuspiciousDeriver(DetectorSettings settings) {
    this.settings = requireNonNull(settings, "settings is null");
  }

  /** Rebuilds with the default settings when the GH Archive ledger changed; true when it did. */
  public static boolean rebuildIfStale(Store store) {
    return rebuildIfStale(store, () -> {});
  }

  /**
   * {@link #rebuildIfStale(Store)}, running {@code beforeRebuilding} first when it rebuilds (to say
   * so: on a large store the detectors take a while).
   */
  public static boolean rebuildIfStale(Store store, Runnable beforeRebuilding) {
    String fingerprint = fingerprint(store.connection());
    if (fingerprint.equals(builtFrom(store.connection()))) {
      return false;
    }
    beforeRebuilding.run();
    new SuspiciousDeriver(DetectorSettings.DEFAULT).rebuild(store, fingerprint);
    return true;
  }

  /** True when GH Archive files were added or replaced since the tables were last built. */
  public static boolean isStale(Store store) {
    return !fingerprint(store.connection()).equals(builtFrom(store.connection()));
  }

  /** Rebuilds the tables now, whatever the ledger says. */
  public void rebuild(Store store) {
    rebuild(store, fingerprint(store.connection()));
  }

  private void rebuild(Store store, String fingerprint) {
    store.inTransaction(
        connection -> {
          try (Statement statement = connection.createStatement()) {
            for (String sql : steps()) {
              statement.execute(sql);
            }
          }
          try (PreparedStatement state =
              connection.prepareStatement(
                  "INSERT OR REPLACE INTO derived_state (name, fingerprint, built_at)"
                      + " VALUES (?, ?, current_timestamp)")) {
            state.setString(1, STATE_NAME);
            state.setString(2, fingerprint);
            state.executeUpdate();
          }
          return null;
        });
  }

  /** The SQL steps, in order. Only numbers from the settings are formatted into them. */
  List<String> steps() {
    DetectorSettings s = settings;
    String watchMask =
        "(SELECT (1 << bit)::INTEGER FROM gha_event_type WHERE event_type = 'WatchEvent')";
    return List.of(
        "DROP TABLE IF EXISTS temp.sus_star",
        "DROP TABLE IF EXISTS temp.sus_actor",
        "DROP TABLE IF EXISTS temp.sus_young",
        "DROP TABLE IF EXISTS temp.sus_burst",
        "DROP TABLE IF EXISTS temp.sus_lockstep",
        "DROP TABLE IF EXISTS temp.sus_judged",
        // Every dated star, with its UTC day and hour.
        "CREATE TEMP TABLE sus_star AS SELECT event_id, repo_id, repo_name, actor_id, actor_login,"
            + " created_at, created_at::DATE AS day, hour(created_at) AS hour FROM gha_star"
            + " WHERE created_at IS NOT NULL AND repo_id IS NOT NULL AND actor_id IS NOT NULL",
        // Each stargazer's whole activity in the store: days, events, repositories, organisations,
        // event types. thin = no history: everything on one day, or nothing but stars. Distinct
        // repositories and organisations are counted as groups, not with count(DISTINCT), which
        // held them all in memory: a day of 3.6 million events needed more than 64 MB that way.
        "CREATE TEMP TABLE sus_actor AS WITH stargazers AS (SELECT DISTINCT actor_id FROM sus_star),"
            + " theirs AS (SELECT a.actor_id, a.day, a.repo_id, a.org_id, a.events, a.type_mask"
            + " FROM gha_activity a SEMI JOIN stargazers s ON a.actor_id = s.actor_id),"
            + " per_repo AS (SELECT actor_id, day, repo_id, sum(events) AS events,"
            + " bit_or(type_mask) AS type_mask FROM theirs GROUP BY actor_id, day, repo_id),"
            + " per_org AS (SELECT actor_id, day, org_id FROM theirs GROUP BY actor_id, day, org_id),"
            + " repos AS (SELECT actor_id, day, sum(events) AS events, bit_or(type_mask) AS type_mask,"
            + " count(repo_id) AS repos FROM per_repo GROUP BY actor_id, day),"
            + " orgs AS (SELECT actor_id, day, count(org_id) AS orgs FROM per_org"
            + " GROUP BY actor_id, day),"
            + " per_day AS (SELECT * FROM repos JOIN orgs USING (actor_id, day))"
            + " SELECT actor_id, count(*) AS days, sum(events) AS events, max(repos) AS repos,"
            + " max(orgs) AS orgs, bit_or(type_mask) AS type_mask,"
            + " count(*) = 1 AND sum(events) <= "
            + s.lowActivityMaxEvents()
            + " AND max(repos) <= 1 AND max(orgs) <= 1 AS low_activity,"
            + " count(*) = 1 OR bit_or(type_mask) = "
            + watchMask
            + " AS thin, bit_or(type_mask) = "
            + watchMask
            + " AS star_only FROM per_day GROUP BY actor_id",
        // Young: above the chosen quantile of the ids active on each preceding day (the highest of
        // those daily quantiles), days with too few actors left out; no threshold, no verdict.
        "CREATE TEMP TABLE sus_young AS WITH daily AS ("
            + " SELECT day, quantile_cont(actor_id, "
            + number(s.youngQuantile())
            + ") AS q, count(*) AS actors FROM gha_actor_day WHERE actor_id > 0 GROUP BY day)"
            + " SELECT d.day, max(p.q) AS threshold FROM (SELECT DISTINCT day FROM sus_star) d"
            + " JOIN daily p ON p.day BETWEEN d.day - "
            + s.youngLookbackDays()
            + " AND d.day - 1 AND p.actors >= "
            + s.youngMinActors()
            + " GROUP BY d.day",
        // Burst hours: many times the repository's usual hourly stars that day (over the day's
        // other covered hours), enough stars, and mostly from accounts without history.
        "CREATE TEMP TABLE sus_burst AS WITH hours AS ("
            + " SELECT s.repo_id, s.day, s.hour, count(*) AS k,"
            + " count(*) FILTER (WHERE coalesce(a.thin, true)) AS thin"
            + " FROM sus_star s LEFT JOIN sus_actor a USING (actor_id)"
            + " GROUP BY s.repo_id, s.day, s.hour),"
            + " days AS (SELECT repo_id, day, sum(k) AS n FROM hours GROUP BY repo_id, day)"
            + " SELECT h.repo_id, h.day, h.hour FROM hours h JOIN days d USING (repo_id, day)"
            + " LEFT JOIN gha_day_coverage c ON c.day = h.day"
            + " WHERE h.k >= "
            + s.burstMinStars()
            + " AND h.thin >= "
            + number(s.burstThinShare())
            + " * h.k AND h.k >= "
            + number(s.burstRatio())
            + " * ((d.n - h.k) / greatest(coalesce(c.hours_ok + c.hours_partial, 24) - 1, 1) + 1)",
        // Lockstep: star-only accounts with a few stars, pairs of repositories they starred within
        // the window, pairs shared by enough accounts; the stars on both sides are lockstep.
        "CREATE TEMP TABLE sus_lockstep AS WITH candidates AS ("
            + " SELECT s.actor_id FROM sus_star s JOIN sus_actor a USING (actor_id)"
            + " WHERE a.star_only GROUP BY s.actor_id"
            + " HAVING count(DISTINCT s.repo_id) BETWEEN 2 AND "
            + s.lockstepMaxRepos()
            + "), stars AS (SELECT * FROM sus_star WHERE actor_id IN (SELECT actor_id FROM"
            + " candidates)), pairs AS (SELECT a.actor_id, a.repo_id AS r1, b.repo_id AS r2,"
            + " a.event_id AS e1, b.event_id AS e2 FROM stars a JOIN stars b"
            + " ON a.actor_id = b.actor_id AND a.repo_id < b.repo_id"
            + " AND abs(epoch(b.created_at) - epoch(a.created_at)) <= "
            + s.lockstepWindowDays() * 86_400L
            + "), groups AS (SELECT r1, r2 FROM pairs GROUP BY r1, r2"
            + " HAVING count(DISTINCT actor_id) >= "
            + s.lockstepMinAccounts()
            + ") SELECT e1 AS event_id FROM pairs JOIN groups USING (r1, r2)"
            + " UNION SELECT e2 FROM pairs JOIN groups USING (r1, r2)",
        // Every star with the detectors that fired and its score.
        "CREATE TEMP TABLE sus_judged AS SELECT *, "
            + DetectorSettings.STRONG_WEIGHT
            + " * lockstep::INTEGER + "
            + DetectorSettings.WEAK_WEIGHT
            + " * (burst::INTEGER + young::INTEGER + low_activity::INTEGER) AS score FROM ("
            + " SELECT s.event_id, s.repo_id, s.repo_name, s.day, s.actor_id, s.actor_login,"
            + " l.event_id IS NOT NULL AS lockstep,"
            + " b.repo_id IS NOT NULL AND coalesce(a.thin, true) AS burst,"
            + " coalesce(s.actor_id > y.threshold, false) AS young,"
            + " coalesce(a.low_activity, false) AS low_activity"
            + " FROM sus_star s LEFT JOIN sus_actor a USING (actor_id)"
            + " LEFT JOIN sus_burst b ON b.repo_id = s.repo_id AND b.day = s.day"
            + " AND b.hour = s.hour LEFT JOIN sus_young y ON y.day = s.day"
            + " LEFT JOIN sus_lockstep l ON l.event_id = s.event_id)",
        "DELETE FROM suspicious_star",
        "DELETE FROM suspicious_repo_day",
        "INSERT INTO suspicious_star SELECT event_id, repo_id, coalesce(repo_name, ''), day,"
            + " actor_id, actor_login, score, "
            + detectorList("")
            + " FROM sus_judged WHERE score >= "
            + DetectorSettings.CONVICTION
            + " ORDER BY event_id",
        "INSERT INTO suspicious_repo_day SELECT repo_id, coalesce(arg_max(repo_name, event_id),"
            + " ''), day, count(*), count(*) FILTER (WHERE score >= "
            + DetectorSettings.CONVICTION
            + ") AS suspicious, suspicious / count(*), concat_ws(',',"
            + anyDetector("lockstep")
            + ", "
            + anyDetector("burst")
            + ", "
            + anyDetector("young")
            + ", "
            + anyDetector("low_activity")
            + "), array_to_string(list(coalesce(actor_login, actor_id::VARCHAR) ORDER BY"
            + " event_id) FILTER (WHERE score >= "
            + DetectorSettings.CONVICTION
            + ")[1:5], ',') FROM sus_judged GROUP BY repo_id, day HAVING suspicious >= "
            + s.minReportedStars()
            + " ORDER BY day, repo_id",
        "DROP TABLE sus_star",
        "DROP TABLE sus_actor",
        "DROP TABLE sus_young",
        "DROP TABLE sus_burst",
        "DROP TABLE sus_lockstep",
        "DROP TABLE sus_judged");
  }

  private static String detectorList(String prefix) {
    return "concat_ws(',', CASE WHEN "
        + prefix
        + "lockstep THEN 'lockstep' END, CASE WHEN "
        + prefix
        + "burst THEN 'burst' END, CASE WHEN "
        + prefix
        + "young THEN 'young' END, CASE WHEN "
        + prefix
        + "low_activity THEN 'low-activity' END)";
  }

  private static String anyDetector(String column) {
    return "CASE WHEN bool_or("
        + column
        + " AND score >= "
        + DetectorSettings.CONVICTION
        + ") THEN '"
        + column.replace('_', '-')
        + "' END";
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.6f", value);
  }

  /**
   * A digest of the GH Archive ledger: which files, with which content, the raw layer holds. An
   * empty ledger digests to "", like a store where nothing was ever derived: there is nothing to
   * derive then (files are never removed from the ledger).
   */
  static String fingerprint(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT file_key FROM gha_file ORDER BY file_id")) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      boolean any = false;
      while (rows.next()) {
        any = true;
        digest.update((rows.getString(1) + '\n').getBytes(StandardCharsets.UTF_8));
      }
      return any ? HexFormat.of().formatHex(digest.digest()) : "";
    } catch (SQLException | NoSuchAlgorithmException e) {
      throw new StoreException("cannot fingerprint the GH Archive ledger: " + e.getMessage(), e);
    }
  }

  private static String builtFrom(Connection connection) {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT fingerprint FROM derived_state WHERE name = ?")) {
      query.setString(1, STATE_NAME);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : "";
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the derived state: " + e.getMessage(), e);
    }
  }
}
