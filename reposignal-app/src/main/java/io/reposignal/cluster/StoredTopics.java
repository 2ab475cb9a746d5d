package io.reposignal.cluster;

import io.reposignal.enrich.RepoMetadata;
import io.reposignal.enrich.RepoMetadataLookup;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub topics from enrichment, for the repositories enrichment described with topics. Offline (no
 * enrichment run) there are none, and clusters come from names and descriptions alone.
 */
final class StoredTopics {
  private StoredTopics() {}

  /**
   * The topics of each of {@code repos} (lower-cased "owner/name"), looked up under current and
   * earlier names; repositories without topics are absent.
   */
  static Map<String, List<String>> load(Store store, Collection<String> repos) {
    Map<String, List<String>> topics = new HashMap<>();
    try {
      if (!anyTopics(store)) {
        return topics;
      }
      for (String repo : repos) {
        Optional<RepoMetadata> metadata = RepoMetadataLookup.find(store.connection(), repo);
        if (metadata.isPresent() && !metadata.get().topics().isEmpty()) {
          topics.put(repo, metadata.get().topics());
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read repository topics: " + e.getMessage(), e);
    }
    return topics;
  }

  private static boolean anyTopics(Store store) throws SQLException {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows =
            statement.executeQuery("SELECT count(*) FROM gh_repo WHERE len(topics) > 0")) {
      return rows.next() && rows.getLong(1) > 0;
    }
  }
}
