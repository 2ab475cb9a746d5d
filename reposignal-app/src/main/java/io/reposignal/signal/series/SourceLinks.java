package io.reposignal.signal.series;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Which GH Archive repository (by repo id) is which snapshot identity. A GH Archive repository is
 * the snapshot identity whose names (every alias counts) include the full name the events carried
 * on a day, compared case-insensitively; when enrichment knows the repository's GitHub id by name
 * ({@code gh_repo}), that link is taken first. When a repo id carried names of two identities (a
 * name given up and taken by another project), the identity matched on the latest day wins.
 *
 * <p>Keys: a linked repository takes the snapshot key; one seen only in GH Archive takes {@link
 * #eventsOnlyKey}, a negative number derived from its repo id, so the two never collide (snapshot
 * keys are positive).
 */
public final class SourceLinks {
  private final Map<Long, Integer> keys;

  private SourceLinks(Map<Long, Integer> keys) {
    this.keys = keys;
  }

  /** No links: every GH Archive repository stands alone (a store without snapshots). */
  public static SourceLinks none() {
    return new SourceLinks(Map.of());
  }

  /** The links found from events up to {@code to} (nothing later is read). */
  public static SourceLinks read(Store store, LocalDate to) {
    Map<Long, Integer> keys = new HashMap<>();
    String sql =
        "SELECT repo_id, arg_max(repo_key, seen) FROM ("
            + " SELECT p.repo_id, a.repo_key, p.day AS seen FROM gha_repo_day_part p"
            + "  JOIN snap_alias a ON a.full_name_lower = lower(p.repo_name) WHERE p.day <= ?"
            + " UNION ALL"
            + " SELECT g.repo_id, a.repo_key, DATE '9999-12-31' FROM gh_repo g"
            + "  JOIN snap_alias a ON a.full_name_lower = g.full_name_lower"
            + ") GROUP BY repo_id";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, to);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          keys.put(rows.getLong(1), rows.getInt(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot link GH Archive to the snapshots: " + e.getMessage(), e);
    }
    return new SourceLinks(keys);
  }

  /** The series key of GH Archive repository {@code repoId}. */
  public int keyOf(long repoId) {
    Integer linked = keys.get(repoId);
    return linked != null ? linked : eventsOnlyKey(repoId);
  }

  /** The GH Archive repo ids linked to snapshot identity {@code key}, in order. */
  public java.util.List<Long> repoIds(int key) {
    return keys.entrySet().stream()
        .filter(entry -> entry.getValue() == key)
        .map(Map.Entry::getKey)
        .sorted()
        .toList();
  }

  /** True when the repository is also a snapshot identity. */
  public boolean linked(long repoId) {
    return keys.containsKey(repoId);
  }

  /**
   * The key of a repository seen only in GH Archive: minus its repo id (GitHub ids fit in an int
   * today), folded into the negative ints for larger or derived (negative) ids.
   */
  public static int eventsOnlyKey(long repoId) {
    return -1 - (int) Math.floorMod(repoId - 1, (long) Integer.MAX_VALUE);
  }
}
