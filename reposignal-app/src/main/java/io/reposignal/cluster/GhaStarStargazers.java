package io.reposignal.cluster;

import static java.util.Objects.requireNonNull;

import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Stargazers from the GH Archive star table {@code gha_star} (repo_name, actor_id, created_at in
 * UTC), one row per star event, less the stars judged suspicious ({@code suspicious_star}): a star
 * farm's accounts star many repositories together, which would read as a shared audience. When the
 * store has no such table yet (GH Archive never loaded), it knows no stargazers and clusters come
 * from text alone.
 */
public final class GhaStarStargazers implements StargazerSource {
  private final Store store;

  public GhaStarStargazers(Store store) {
    this.store = requireNonNull(store, "store is null");
  }

  @Override
  public Map<String, Set<Long>> stargazers(LocalDate from, LocalDate to, Collection<String> repos) {
    Map<String, Set<Long>> stargazers = new TreeMap<>();
    if (repos.isEmpty() || !hasStarTable()) {
      return stargazers;
    }
    String[] names = repos.stream().map(r -> r.toLowerCase(Locale.ROOT)).toArray(String[]::new);
    String sql =
        "SELECT lower(repo_name) AS repo, actor_id FROM gha_star"
            + " WHERE created_at >= ? AND created_at < ? AND actor_id IS NOT NULL"
            + " AND list_contains(?, lower(repo_name))"
            + (hasTable("suspicious_star")
                ? " AND event_id NOT IN (SELECT event_id FROM suspicious_star)"
                : "");
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setObject(1, from.atStartOfDay());
      query.setObject(2, to.plusDays(1).atStartOfDay());
      Array array = store.connection().createArrayOf("VARCHAR", names);
      query.setArray(3, array);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          stargazers.computeIfAbsent(rows.getString(1), r -> new HashSet<>()).add(rows.getLong(2));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read star events from gha_star: " + e.getMessage(), e);
    }
    return stargazers;
  }

  private boolean hasTable(String table) {
    String sql = "SELECT count(*) FROM information_schema.tables WHERE table_name = ?";
    try (PreparedStatement query = store.connection().prepareStatement(sql)) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getInt(1) > 0;
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the store's schema: " + e.getMessage(), e);
    }
  }

  private boolean hasStarTable() {
    String sql =
        "SELECT count(*) FROM information_schema.columns WHERE table_name = 'gha_star'"
            + " AND column_name IN ('repo_name', 'actor_id', 'created_at')";
    try (PreparedStatement query = store.connection().prepareStatement(sql);
        ResultSet rows = query.executeQuery()) {
      return rows.next() && rows.getInt(1) == 3;
    } catch (SQLException e) {
      throw new StoreException("cannot read the store's schema: " + e.getMessage(), e);
    }
  }
}
