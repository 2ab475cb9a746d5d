package io.reposignal.enrich;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Candidates from the daily star snapshots: repositories ranked by the stars they gained in the
 * last seven days of snapshot data (unknown gains count as none), then by their latest star total.
 * Names that are not valid GitHub names are left out.
 */
public final class SnapshotCandidates implements CandidateSource {
  static final int WINDOW_DAYS = 7;

  private static final String SQL =
      "WITH latest AS (SELECT max(day) AS last_day FROM snap_day),"
          + " recent AS ("
          + "   SELECT d.repo_key, sum(d.stars_gained) AS gained FROM snap_day d, latest"
          + "   WHERE d.day > latest.last_day - "
          + WINDOW_DAYS
          + "   GROUP BY d.repo_key),"
          + " totals AS ("
          + "   SELECT repo_key, arg_max(stars, day) AS stars FROM snap_day"
          + "   WHERE stars IS NOT NULL GROUP BY repo_key)"
          + " SELECT r.full_name, coalesce(recent.gained, 0) AS gained,"
          + "   coalesce(totals.stars, 0) AS stars"
          + " FROM snap_repo r"
          + " LEFT JOIN recent ON recent.repo_key = r.repo_key"
          + " LEFT JOIN totals ON totals.repo_key = r.repo_key"
          + " ORDER BY gained DESC, stars DESC, r.full_name";

  @Override
  public List<Candidate> candidates(Connection connection) throws SQLException {
    List<Candidate> candidates = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(SQL);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String fullName = rows.getString(1);
        if (fullName != null && RepoName.isValid(fullName)) {
          candidates.add(
              new Candidate(
                  RepoName.parse(fullName),
                  String.format(
                      Locale.ROOT,
                      "snapshots: %+d stars in %d days, %d in all",
                      rows.getLong(2),
                      WINDOW_DAYS,
                      rows.getLong(3))));
        }
      }
    }
    return candidates;
  }
}
