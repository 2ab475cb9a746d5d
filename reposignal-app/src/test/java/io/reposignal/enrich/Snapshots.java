package io.reposignal.enrich;

import io.reposignal.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

/** Writes small snapshot tables (snap_repo, snap_day) for candidate tests. */
final class Snapshots {
  static final LocalDate LAST_DAY = LocalDate.of(2026, 6, 29);

  private Snapshots() {}

  /**
   * A repository with ten days of snapshots ending {@link #LAST_DAY}: {@code recentGain} stars a
   * day in the last seven, {@code earlyGain} a day in the three before, {@code stars} at the end.
   */
  record Seed(int key, String fullName, int stars, int recentGain, int earlyGain) {
    Seed(int key, String fullName, int stars, int gainPerDay) {
      this(key, fullName, stars, gainPerDay, gainPerDay);
    }
  }

  static void seed(Path database, List<Seed> seeds) throws SQLException {
    try (Store store = Store.open(database)) {
      store.inTransaction(
          connection -> {
            for (Seed seed : seeds) {
              try (PreparedStatement repo =
                  connection.prepareStatement(
                      "INSERT INTO snap_repo (repo_key, full_name, first_day, last_day)"
                          + " VALUES (?, ?, ?, ?)")) {
                repo.setInt(1, seed.key());
                repo.setString(2, seed.fullName());
                repo.setObject(3, LAST_DAY.minusDays(9));
                repo.setObject(4, LAST_DAY);
                repo.executeUpdate();
              }
              int stars = seed.stars();
              for (int back = 0; back <= 9; back++) {
                int gain = back < 7 ? seed.recentGain() : seed.earlyGain();
                try (PreparedStatement day =
                    connection.prepareStatement(
                        "INSERT INTO snap_day (repo_key, day, full_name, stars, stars_gained,"
                            + " lists, interpolated) VALUES (?, ?, ?, ?, ?, 1, false)")) {
                  day.setInt(1, seed.key());
                  day.setObject(2, LAST_DAY.minusDays(back));
                  day.setString(3, seed.fullName());
                  day.setInt(4, stars);
                  day.setInt(5, gain);
                  day.executeUpdate();
                }
                stars -= gain;
              }
            }
            return null;
          });
    }
  }
}
