package io.reposignal.suspicious;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Reads {@code suspicious_repo_day}. */
public final class SuspiciousRepoDays {
  private static final String COLUMNS =
      "SELECT repo_name, day, stars, suspicious_stars, share, detectors, accounts"
          + " FROM suspicious_repo_day";

  private SuspiciousRepoDays() {}

  /**
   * The repository-days with suspicious stars from {@code from} to {@code to} (either null: no
   * bound), by day, then most suspicious stars first, then name.
   */
  public static List<SuspiciousRepoDay> read(Store store, LocalDate from, LocalDate to) {
    String sql =
        COLUMNS
            + " WHERE (? IS NULL OR day >= ?) AND (? IS NULL OR day <= ?)"
            + " ORDER BY day, suspicious_stars DESC, lower(repo_name), repo_id";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, from);
      query.setObject(2, from);
      query.setObject(3, to);
      query.setObject(4, to);
      return collect(query);
    } catch (SQLException e) {
      throw new StoreException("cannot read suspicious repository-days: " + e.getMessage(), e);
    }
  }

  /**
   * The repository-days with suspicious stars of the GH Archive repositories that ever carried one
   * of {@code names} (compared case-insensitively: every name a repository had finds its days), by
   * day; null when the store holds no GH Archive hour, so nothing could have been judged.
   */
  public static List<SuspiciousRepoDay> forNames(Store store, Collection<String> names) {
    String sql =
        COLUMNS
            + " WHERE repo_id IN (SELECT repo_id FROM gha_repo_name"
            + " WHERE list_contains(?, lower(repo_name)))"
            + " ORDER BY day, suspicious_stars DESC, repo_id";
    try {
      if (!hasGhArchiveHours(store)) {
        return null;
      }
      try (PreparedStatement query = store.connection().prepareStatement(sql)) {
        query.setArray(
            1,
            store
                .connection()
                .createArrayOf(
                    "VARCHAR",
                    names.stream().map(n -> n.toLowerCase(Locale.ROOT)).toArray(String[]::new)));
        return collect(query);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read suspicious repository-days: " + e.getMessage(), e);
    }
  }

  private static List<SuspiciousRepoDay> collect(PreparedStatement query) throws SQLException {
    List<SuspiciousRepoDay> days = new ArrayList<>();
    try (ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        days.add(row(rows));
      }
    }
    return days;
  }

  private static boolean hasGhArchiveHours(Store store) throws SQLException {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM gha_file")) {
      return rows.next() && rows.getLong(1) > 0;
    }
  }

  private static SuspiciousRepoDay row(ResultSet rows) throws SQLException {
    return new SuspiciousRepoDay(
        rows.getString(1),
        rows.getObject(2, LocalDate.class),
        rows.getInt(3),
        rows.getInt(4),
        rows.getDouble(5),
        split(rows.getString(6)),
        split(rows.getString(7)));
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
