package io.reposignal.history;

import static java.util.Objects.requireNonNull;

import io.reposignal.enrich.RepoMetadata;
import io.reposignal.enrich.RepoMetadataLookup;
import io.reposignal.error.RepoSignalException;
import io.reposignal.signal.series.SourceLinks;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import io.reposignal.store.gharchive.RepoDescriptions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Finds a repository by any name it had and reads its daily history: snapshot figures where they
 * exist, and, when GH Archive hours were ingested, each day's WatchEvents ({@code stars_events})
 * with an estimated gain where no snapshot gain exists ({@link Events}).
 */
public final class RepoHistoryReader {
  private final Store store;

  public RepoHistoryReader(Store store) {
    this.store = requireNonNull(store, "store is null");
  }

  /**
   * The history of the repository known as {@code fullName} now or at any time before: in the
   * snapshots (every alias), else in GH Archive (every name its repo id carried).
   *
   * @throws RepoSignalException of kind USAGE for a malformed name, NOT_FOUND for an unknown one
   */
  public RepoHistory read(String fullName) {
    Optional<Integer> snapshotKey = findSnapshot(fullName);
    Events events = Events.of(store);
    try {
      if (snapshotKey.isPresent()) {
        int key = snapshotKey.get();
        List<RepoHistory.Alias> names = aliases(key);
        String current = currentName(key);
        List<RepoHistory.Day> series = series(key);
        if (events != null) {
          series = events.merge(series, events.links.repoIds(key));
        }
        return new RepoHistory(
            current,
            names.stream().map(RepoHistory.Alias::name).toList(),
            names,
            latest(key, "language"),
            latest(key, "description"),
            boundary(key, "first_day"),
            boundary(key, "last_day"),
            series,
            github(current, names));
      }
      OptionalLong repoId = events == null ? OptionalLong.empty() : events.gha.repoId(fullName);
      if (repoId.isEmpty()) {
        throw unknown(fullName);
      }
      List<RepoHistory.Alias> names = events.names(repoId.getAsLong());
      List<RepoHistory.Day> series = events.merge(List.of(), List.of(repoId.getAsLong()));
      String current =
          names.stream()
              .max(
                  java.util.Comparator.comparing(RepoHistory.Alias::lastDay)
                      .thenComparing(RepoHistory.Alias::firstDay))
              .orElseThrow()
              .name();
      List<LocalDate> starred =
          series.stream()
              .filter(day -> day.starsEvents() != null && day.starsEvents() > 0)
              .map(RepoHistory.Day::day)
              .toList();
      LocalDate last =
          starred.isEmpty() ? series.get(series.size() - 1).day() : starred.get(starred.size() - 1);
      RepoDescriptions.Described described = events.described(repoId.getAsLong(), last);
      return new RepoHistory(
          current,
          names.stream().map(RepoHistory.Alias::name).toList(),
          names,
          described.language(),
          described.description(),
          starred.isEmpty() ? series.get(0).day() : starred.get(0),
          last,
          series,
          github(current, names));
    } catch (SQLException e) {
      throw new StoreException("cannot read the history of " + fullName + ": " + e.getMessage(), e);
    }
  }

  /**
   * The series key of the repository known as {@code fullName}: its snapshot identity (the most
   * recently seen one, if several), else the key of its GH Archive repository ({@link
   * SourceLinks#keyOf}).
   */
  public Optional<Integer> find(String fullName) {
    Optional<Integer> snapshot = findSnapshot(fullName);
    if (snapshot.isPresent()) {
      return snapshot;
    }
    Events events = Events.of(store);
    if (events == null) {
      return Optional.empty();
    }
    OptionalLong repoId = events.gha.repoId(fullName);
    return repoId.isPresent()
        ? Optional.of(events.links.keyOf(repoId.getAsLong()))
        : Optional.empty();
  }

  /** The snapshot identity whose names include {@code fullName} (the most recently seen one). */
  private Optional<Integer> findSnapshot(String fullName) {
    requireValidName(fullName);
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement(
                "SELECT repo_key FROM snap_alias WHERE full_name_lower = ?"
                    + " ORDER BY last_day DESC, repo_key LIMIT 1")) {
      query.setString(1, fullName.toLowerCase(Locale.ROOT));
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getInt(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("cannot look up " + fullName + ": " + e.getMessage(), e);
    }
  }

  static void requireValidName(String fullName) {
    if (fullName == null || !fullName.matches("[^/\\s]+/[^/\\s]+")) {
      throw RepoSignalException.usage(
          "'%s' is not a repository name; expected OWNER/NAME, e.g. duckdb/duckdb", fullName);
    }
  }

  private static RepoSignalException unknown(String fullName) {
    return RepoSignalException.notFound(
        "no repository named %s in the database (old names are searched too); it may never have"
            + " been in the snapshots' top lists nor starred in the GH Archive hours ingested",
        fullName);
  }

  /** Enrichment by the current name, else by the newest older name GitHub answered for. */
  private RepoHistory.GitHub github(String current, List<RepoHistory.Alias> names)
      throws SQLException {
    List<String> candidates = new ArrayList<>();
    candidates.add(current);
    for (int i = names.size() - 1; i >= 0; i--) {
      candidates.add(names.get(i).name());
    }
    for (String name : candidates) {
      Optional<RepoMetadata> found = RepoMetadataLookup.find(store.connection(), name);
      if (found.isPresent()) {
        RepoMetadata metadata = found.get();
        return new RepoHistory.GitHub(
            metadata.language(),
            metadata.topics(),
            metadata.description(),
            metadata.createdAt(),
            metadata.stargazersCount(),
            metadata.archived(),
            metadata.status(),
            metadata.fetchedAt());
      }
    }
    return null;
  }

  private String currentName(int key) throws SQLException {
    try (PreparedStatement query =
        store.connection().prepareStatement("SELECT full_name FROM snap_repo WHERE repo_key = ?")) {
      query.setInt(1, key);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getString(1);
      }
    }
  }

  private LocalDate boundary(int key, String column) throws SQLException {
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement("SELECT " + column + " FROM snap_repo WHERE repo_key = ?")) {
      query.setInt(1, key);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getObject(1, LocalDate.class);
      }
    }
  }

  private List<RepoHistory.Alias> aliases(int key) throws SQLException {
    List<RepoHistory.Alias> aliases = new ArrayList<>();
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement(
                "SELECT full_name, first_day, last_day FROM snap_alias WHERE repo_key = ?"
                    + " ORDER BY first_day, full_name_lower")) {
      query.setInt(1, key);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          aliases.add(
              new RepoHistory.Alias(
                  rows.getString(1),
                  rows.getObject(2, LocalDate.class),
                  rows.getObject(3, LocalDate.class)));
        }
      }
    }
    return aliases;
  }

  private String latest(int key, String column) throws SQLException {
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement(
                "SELECT "
                    + column
                    + " FROM snap_day WHERE repo_key = ? AND stars IS NOT NULL"
                    + " ORDER BY day DESC LIMIT 1")) {
      query.setInt(1, key);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private List<RepoHistory.Day> series(int key) throws SQLException {
    List<RepoHistory.Day> days = new ArrayList<>();
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement(
                "SELECT d.day, d.stars, d.stars_gained, d.interpolated, c.status,"
                    + " (SELECT string_agg(kind, ',' ORDER BY kind) FROM data_event e"
                    + "   WHERE e.day = d.day AND e.source = 'rankings')"
                    + " FROM snap_day d LEFT JOIN snap_calendar c ON c.day = d.day"
                    + " WHERE d.repo_key = ? ORDER BY d.day")) {
      query.setInt(1, key);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Integer stars = (Integer) rows.getObject(2);
          Integer gained = (Integer) rows.getObject(3);
          boolean interpolated = rows.getBoolean(4);
          String source =
              stars != null
                  ? "snapshot"
                  : "missing".equals(rows.getString(5)) && gained != null ? "snapshot-gap" : null;
          days.add(
              new RepoHistory.Day(
                  rows.getObject(1, LocalDate.class),
                  stars,
                  gained,
                  null,
                  source,
                  interpolated,
                  rows.getString(6)));
        }
      }
    }
    return days;
  }
}
