package io.reposignal.suspicious;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads {@code suspicious_repo_day}. */
public final class SuspiciousRepoDays {
  private SuspiciousRepoDays() {}

  /**
   * The repository-days with suspicious stars from {@code from} to {@code to} (either null: no
   * bound), by day, then most suspicious stars first, then name.
   */
  public static List<SuspiciousRepoDay> read(Store store, LocalDate from, LocalDate to) {
    String sql =
        "SELECT repo_name, day, stars, suspicious_stars, share, detectors, accounts"
            + " FROM suspicious_repo_day WHERE (? IS NULL OR day >= ?) AND (? IS NULL OR day <= ?)"
            + " ORDER BY day, suspicious_stars DESC, lower(repo_name), repo_id";
    List<SuspiciousRepoDay> days = new ArrayList<>();
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, from);
      query.setObject(2, from);
      query.setObject(3, to);
      query.setObject(4, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          days.add(
              new SuspiciousRepoDay(
                  rows.getString(1),
                  rows.getObject(2, LocalDate.class),
                  rows.getInt(3),
                  rows.getInt(4),
                  rows.getDouble(5),
                  split(rows.getString(6)),
                  split(rows.getString(7))));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read suspicious repository-days: " + e.getMessage(), e);
    }
    return days;
  }

  private static List<String> split(String joined) {
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }
}
