package io.reposignal.suspicious;

import static java.util.Objects.requireNonNull;

import io.reposignal.signal.score.SuspiciousStars;
import io.reposignal.signal.series.DailySeries;
import io.reposignal.signal.series.SourceLinks;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The suspicious stars of {@code suspicious_repo_day}, matched to the engine's series: by name to a
 * snapshot identity, or, for a repository no snapshot knows, to the key its GH Archive series goes
 * by ({@link SourceLinks#eventsOnlyKey}). The counts exist only on days GH Archive covers, so other
 * days subtract nothing. Since GH Archive captures only a sample of stars (mid-2025 on), a count is
 * the suspicious stars seen, a lower bound of the real number: it is subtracted as is from a gain
 * the snapshots counted, and scaled like the gain from one estimated from the events ({@link
 * DailySeries#minus}).
 */
public final class StoredSuspiciousStars implements SuspiciousStars {
  private final Map<Integer, Map<Long, Integer>> byKey;

  /** {@code byKey}: per series key, per epoch day, the suspicious stars. */
  public StoredSuspiciousStars(Map<Integer, Map<Long, Integer>> byKey) {
    this.byKey = Map.copyOf(requireNonNull(byKey, "byKey is null"));
  }

  /**
   * Keyed like the engine's series. A repository a snapshot identity knows: every name the identity
   * had ({@code snap_alias}) matched case-insensitively to every name the GH Archive repository id
   * had ({@code gha_repo_name}); a repository-day counts once however many names connect it. A
   * repository no snapshot knows (every one, in a store of GH Archive alone): its events-only key,
   * so that its trusted figures leave out its suspicious stars too.
   */
  public static StoredSuspiciousStars forSnapshots(Store store) {
    String matched =
        "WITH matched AS (SELECT DISTINCT a.repo_key, s.repo_id, s.day, s.suspicious_stars"
            + " FROM suspicious_repo_day s"
            + " JOIN gha_repo_name n ON n.repo_id = s.repo_id"
            + " JOIN snap_alias a ON a.full_name_lower = lower(n.repo_name))"
            + " SELECT repo_key, day - DATE '1970-01-01', sum(suspicious_stars)::INTEGER"
            + " FROM matched GROUP BY repo_key, day";
    String eventsOnly =
        "SELECT s.repo_id, s.day - DATE '1970-01-01', s.suspicious_stars FROM suspicious_repo_day s"
            + " WHERE NOT EXISTS (SELECT 1 FROM gha_repo_name n JOIN snap_alias a"
            + " ON a.full_name_lower = lower(n.repo_name) WHERE n.repo_id = s.repo_id)";
    Map<Integer, Map<Long, Integer>> byKey = new HashMap<>();
    if (!hasTables(store)) {
      return new StoredSuspiciousStars(byKey);
    }
    try (Statement statement = store.connection().createStatement()) {
      try (ResultSet rows = statement.executeQuery(matched)) {
        while (rows.next()) {
          byKey
              .computeIfAbsent(rows.getInt(1), k -> new HashMap<>())
              .put(rows.getLong(2), rows.getInt(3));
        }
      }
      try (ResultSet rows = statement.executeQuery(eventsOnly)) {
        while (rows.next()) {
          byKey
              .computeIfAbsent(SourceLinks.eventsOnlyKey(rows.getLong(1)), k -> new HashMap<>())
              .merge(rows.getLong(2), rows.getInt(3), Integer::sum);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read suspicious stars: " + e.getMessage(), e);
    }
    return new StoredSuspiciousStars(byKey);
  }

  /** False for a store opened read-only before the suspicious-stars migration ran on it. */
  private static boolean hasTables(Store store) {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows =
            statement.executeQuery(
                "SELECT count(*) FROM information_schema.tables"
                    + " WHERE table_name = 'suspicious_repo_day'")) {
      rows.next();
      return rows.getInt(1) > 0;
    } catch (SQLException e) {
      throw new StoreException("cannot read the schema: " + e.getMessage(), e);
    }
  }

  @Override
  public int[] perDay(DailySeries series) {
    int[] counts = new int[series.length()];
    Map<Long, Integer> days = byKey.get(series.key());
    if (days != null) {
      long first = series.firstDay().toEpochDay();
      days.forEach(
          (day, count) -> {
            long index = day - first;
            if (index >= 0 && index < counts.length) {
              counts[(int) index] = count;
            }
          });
    }
    return counts;
  }
}
