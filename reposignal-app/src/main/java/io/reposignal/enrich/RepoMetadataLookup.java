package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The read side of enrichment: a repository's metadata by name, case-insensitively, under its
 * current name or any earlier one GitHub redirected from. A current name wins over an earlier name
 * another repository had.
 */
public final class RepoMetadataLookup {
  private static final String COLUMNS =
      "r.repo_id, r.full_name, r.description, r.language, r.topics, r.created_at, r.pushed_at,"
          + " r.stargazers_count, r.forks_count, r.archived, r.fork, r.fetched_at, r.status";

  private RepoMetadataLookup() {}

  /** The metadata stored for {@code fullName}, or empty when enrichment never described it. */
  public static Optional<RepoMetadata> find(Connection connection, String fullName)
      throws SQLException {
    requireNonNull(fullName, "fullName is null");
    String key = fullName.strip().toLowerCase(Locale.ROOT);
    String sql =
        "SELECT * FROM ("
            + " SELECT 0 AS rank, r.fetched_at AS seen, "
            + COLUMNS
            + " FROM gh_repo r WHERE r.full_name_lower = ?"
            + " UNION ALL SELECT 1, n.seen_at, "
            + COLUMNS
            + " FROM gh_rename n JOIN gh_repo r USING (repo_id) WHERE n.old_name_lower = ?"
            + ") ORDER BY rank, seen DESC, repo_id LIMIT 1";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, key);
      statement.setString(2, key);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new RepoMetadata(
                rows.getLong("repo_id"),
                rows.getString("full_name"),
                rows.getString("description"),
                rows.getString("language"),
                topics(rows.getArray("topics")),
                instant(rows, "created_at"),
                instant(rows, "pushed_at"),
                rows.getLong("stargazers_count"),
                rows.getLong("forks_count"),
                rows.getBoolean("archived"),
                rows.getBoolean("fork"),
                instant(rows, "fetched_at"),
                rows.getString("status")));
      }
    }
  }

  private static List<String> topics(Array array) throws SQLException {
    List<String> topics = new ArrayList<>();
    if (array == null) {
      return topics;
    }
    for (Object topic : (Object[]) array.getArray()) {
      topics.add(String.valueOf(topic));
    }
    return topics;
  }

  private static Instant instant(ResultSet rows, String column) throws SQLException {
    LocalDateTime value = rows.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }
}
