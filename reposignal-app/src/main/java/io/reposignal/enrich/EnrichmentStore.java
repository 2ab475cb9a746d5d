package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import io.reposignal.store.Store;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The enrichment tables. The database file is opened for each unit of work and closed right after:
 * DuckDB locks the whole file for as long as a process has it open, and a run spends most of its
 * time waiting on the network, when other commands must be able to use the database. Each
 * repository's answer commits together with its queue entry, so an interrupted run loses nothing.
 */
final class EnrichmentStore {
  private static final int OPEN_ATTEMPTS = 4;
  private static final Duration OPEN_BACKOFF = Duration.ofMillis(500);

  private final Path database;
  private final Sleeper sleeper;

  EnrichmentStore(Path database, Sleeper sleeper) {
    this.database = requireNonNull(database, "database is null");
    this.sleeper = requireNonNull(sleeper, "sleeper is null");
  }

  /**
   * Resumes the unfinished run when there is one and nothing is requested by name; otherwise closes
   * any unfinished run as superseded (what it did is fresh and will be skipped) and queues a new
   * one.
   */
  RunPlan plan(EnrichRequest request, CandidateSource source, Instant now)
      throws InterruptedException {
    return write(
        connection -> {
          Integer unfinished = unfinishedRun(connection);
          if (unfinished != null && request.requested().isEmpty()) {
            int[] counts = runCounts(connection, unfinished);
            return new RunPlan(
                unfinished, true, counts[0], counts[1], counts[0], pending(connection, unfinished));
          }
          if (unfinished != null) {
            try (PreparedStatement close =
                connection.prepareStatement(
                    "UPDATE enrich_run SET status = 'superseded', finished_at = ? WHERE run_id = ?")) {
              close.setObject(1, utc(now));
              close.setInt(2, unfinished);
              close.executeUpdate();
            }
          }
          return newRun(connection, request, source, now);
        });
  }

  /** Stores GitHub's answer for one queue entry and marks the entry done, in one transaction. */
  CheckOutcome record(QueueEntry entry, FetchOutcome outcome, Instant now)
      throws InterruptedException {
    return write(
        connection -> {
          CheckOutcome result;
          Long repoId = entry.known() == null ? null : entry.known().repoId();
          int httpStatus;
          String message = null;
          if (outcome instanceof FetchOutcome.Fetched fetched) {
            repoId = fetched.repo().id();
            result = storeFetched(connection, entry, fetched, now);
            httpStatus = 200;
          } else if (outcome instanceof FetchOutcome.NotModified) {
            result = CheckOutcome.UNCHANGED;
            httpStatus = 304;
            touch(connection, entry.known(), now);
          } else if (outcome instanceof FetchOutcome.Gone gone) {
            result = CheckOutcome.GONE;
            httpStatus = gone.httpStatus();
            message = gone.message();
            mark(connection, repoId, "gone", message, now, true);
          } else {
            FetchOutcome.Failed failed = (FetchOutcome.Failed) outcome;
            result = CheckOutcome.ERROR;
            httpStatus = failed.httpStatus();
            message = failed.message();
            mark(connection, repoId, "error", message, now, false);
          }
          check(connection, entry.asked(), repoId, result, httpStatus, message, now);
          try (PreparedStatement done =
              connection.prepareStatement(
                  "UPDATE enrich_queue SET done = true, outcome = ?"
                      + " WHERE run_id = ? AND position = ?")) {
            done.setString(1, result.label());
            done.setInt(2, entry.runId());
            done.setInt(3, entry.position());
            done.executeUpdate();
          }
          return result;
        });
  }

  /** Marks a run done when no entry is left. */
  void finish(int runId, Instant now) throws InterruptedException {
    write(
        connection -> {
          try (PreparedStatement finish =
              connection.prepareStatement(
                  "UPDATE enrich_run SET status = 'done', finished_at = ? WHERE run_id = ?"
                      + " AND NOT EXISTS (SELECT 1 FROM enrich_queue q"
                      + "   WHERE q.run_id = enrich_run.run_id AND NOT q.done)")) {
            finish.setObject(1, utc(now));
            finish.setInt(2, runId);
            finish.executeUpdate();
          }
          return null;
        });
  }

  private RunPlan newRun(
      Connection connection, EnrichRequest request, CandidateSource source, Instant now)
      throws SQLException {
    Map<String, Candidate> ordered = new LinkedHashMap<>();
    for (RepoName name : request.requested()) {
      ordered.putIfAbsent(name.key(), new Candidate(name, "requested"));
    }
    int requested = ordered.size();
    for (Candidate candidate : source.candidates(connection)) {
      ordered.putIfAbsent(candidate.name().key(), candidate);
    }
    Set<String> fresh = freshNames(connection, now.minus(request.staleAfter()));
    List<Candidate> queue = new ArrayList<>();
    int skipped = 0;
    int index = 0;
    for (Candidate candidate : ordered.values()) {
      boolean wasRequested = index++ < requested;
      if (!wasRequested && fresh.contains(candidate.name().key())) {
        skipped++;
      } else if (queue.size() < request.limit()) {
        queue.add(candidate);
      }
    }
    int runId;
    try (PreparedStatement next =
            connection.prepareStatement("SELECT coalesce(max(run_id), 0) + 1 FROM enrich_run");
        ResultSet rows = next.executeQuery()) {
      rows.next();
      runId = rows.getInt(1);
    }
    try (PreparedStatement run =
        connection.prepareStatement(
            "INSERT INTO enrich_run (run_id, started_at, status, queued, skipped_fresh)"
                + " VALUES (?, ?, 'running', ?, ?)")) {
      run.setInt(1, runId);
      run.setObject(2, utc(now));
      run.setInt(3, queue.size());
      run.setInt(4, skipped);
      run.executeUpdate();
    }
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO enrich_queue (run_id, position, full_name, reason, done)"
                + " VALUES (?, ?, ?, ?, false)")) {
      for (int position = 0; position < queue.size(); position++) {
        insert.setInt(1, runId);
        insert.setInt(2, position);
        insert.setString(3, queue.get(position).name().fullName());
        insert.setString(4, queue.get(position).reason());
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return new RunPlan(
        runId, false, ordered.size(), skipped, queue.size(), pending(connection, runId));
  }

  /** Names answered since {@code cutoff} (errors excepted), under any name they had. */
  private static Set<String> freshNames(Connection connection, Instant cutoff) throws SQLException {
    Set<String> fresh = new HashSet<>();
    String sql =
        "SELECT name_lower FROM gh_check WHERE checked_at > ? AND outcome <> 'error'"
            + " UNION SELECT full_name_lower FROM gh_repo WHERE fetched_at > ? AND status <> 'error'"
            + " UNION SELECT n.old_name_lower FROM gh_rename n JOIN gh_repo r USING (repo_id)"
            + "   WHERE r.fetched_at > ? AND r.status <> 'error'";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 1; i <= 3; i++) {
        statement.setObject(i, utc(cutoff));
      }
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          fresh.add(rows.getString(1));
        }
      }
    }
    return fresh;
  }

  private static Integer unfinishedRun(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "SELECT max(run_id) FROM enrich_run WHERE status = 'running'");
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      int runId = rows.getInt(1);
      return rows.wasNull() ? null : runId;
    }
  }

  private static int[] runCounts(Connection connection, int runId) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT queued, skipped_fresh FROM enrich_run WHERE run_id = ?")) {
      statement.setInt(1, runId);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return new int[] {rows.getInt(1), rows.getInt(2)};
      }
    }
  }

  private static List<QueueEntry> pending(Connection connection, int runId) throws SQLException {
    List<QueueEntry> entries = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT position, full_name, reason FROM enrich_queue"
                + " WHERE run_id = ? AND NOT done ORDER BY position")) {
      statement.setInt(1, runId);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          RepoName asked = RepoName.parse(rows.getString(2));
          entries.add(
              new QueueEntry(
                  runId, rows.getInt(1), asked, rows.getString(3), known(connection, asked)));
        }
      }
    }
    return entries;
  }

  /** The stored repository a name resolves to: by its current name first, then by earlier ones. */
  private static QueueEntry.KnownRepo known(Connection connection, RepoName name)
      throws SQLException {
    String sql =
        "SELECT 0 AS rank, fetched_at AS seen, repo_id, full_name, etag FROM gh_repo"
            + "   WHERE full_name_lower = ?"
            + " UNION ALL SELECT 1, n.seen_at, r.repo_id, r.full_name, r.etag FROM gh_rename n"
            + "   JOIN gh_repo r USING (repo_id) WHERE n.old_name_lower = ?";
    try (PreparedStatement statement =
        connection.prepareStatement(
            "SELECT repo_id, full_name, etag FROM ("
                + sql
                + ") ORDER BY rank, seen DESC, repo_id LIMIT 1")) {
      statement.setString(1, name.key());
      statement.setString(2, name.key());
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        return new QueueEntry.KnownRepo(
            rows.getLong(1), RepoName.parse(rows.getString(2)), rows.getString(3));
      }
    }
  }

  private static CheckOutcome storeFetched(
      Connection connection, QueueEntry entry, FetchOutcome.Fetched fetched, Instant now)
      throws SQLException {
    GitHubRepo repo = fetched.repo();
    Set<String> earlierNames = new HashSet<>();
    List<RepoName> renamedFrom = new ArrayList<>();
    for (RepoName earlier : earlierNames(connection, entry, repo.id())) {
      if (!earlier.key().equals(repo.fullName().key()) && earlierNames.add(earlier.key())) {
        renamedFrom.add(earlier);
      }
    }
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "INSERT INTO gh_repo (repo_id, full_name, full_name_lower, owner, name, description,"
                + " language, topics, created_at, pushed_at, stargazers_count, forks_count,"
                + " archived, fork, etag, fetched_at, status, message)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ok', NULL)"
                + " ON CONFLICT (repo_id) DO UPDATE SET full_name = excluded.full_name,"
                + " full_name_lower = excluded.full_name_lower, owner = excluded.owner,"
                + " name = excluded.name, description = excluded.description,"
                + " language = excluded.language, topics = excluded.topics,"
                + " created_at = excluded.created_at, pushed_at = excluded.pushed_at,"
                + " stargazers_count = excluded.stargazers_count,"
                + " forks_count = excluded.forks_count, archived = excluded.archived,"
                + " fork = excluded.fork, etag = excluded.etag, fetched_at = excluded.fetched_at,"
                + " status = 'ok', message = NULL")) {
      upsert.setLong(1, repo.id());
      upsert.setString(2, repo.fullName().fullName());
      upsert.setString(3, repo.fullName().key());
      upsert.setString(4, repo.fullName().owner());
      upsert.setString(5, repo.fullName().name());
      upsert.setString(6, repo.description());
      upsert.setString(7, repo.language());
      Array topics = connection.createArrayOf("VARCHAR", repo.topics().toArray());
      upsert.setArray(8, topics);
      setInstant(upsert, 9, repo.createdAt());
      setInstant(upsert, 10, repo.pushedAt());
      upsert.setLong(11, repo.stargazersCount());
      upsert.setLong(12, repo.forksCount());
      upsert.setBoolean(13, repo.archived());
      upsert.setBoolean(14, repo.fork());
      upsert.setString(15, fetched.etag());
      upsert.setObject(16, utc(now));
      upsert.executeUpdate();
    }
    snapshot(connection, repo.id(), now);
    try (PreparedStatement rename =
        connection.prepareStatement(
            "INSERT INTO gh_rename (old_name, old_name_lower, new_name, repo_id, seen_at)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (old_name_lower, repo_id)"
                + " DO UPDATE SET new_name = excluded.new_name, seen_at = excluded.seen_at")) {
      for (RepoName earlier : renamedFrom) {
        rename.setString(1, earlier.fullName());
        rename.setString(2, earlier.key());
        rename.setString(3, repo.fullName().fullName());
        rename.setLong(4, repo.id());
        rename.setObject(5, utc(now));
        rename.executeUpdate();
      }
    }
    return renamedFrom.isEmpty() ? CheckOutcome.FETCHED : CheckOutcome.RENAMED;
  }

  /**
   * The names this repository went by before this answer: the name queued, the name asked, and the
   * name stored for its id. A name that belongs to another repository id is not a rename.
   */
  private static List<RepoName> earlierNames(Connection connection, QueueEntry entry, long repoId)
      throws SQLException {
    List<RepoName> names = new ArrayList<>();
    boolean sameRepo = entry.known() == null || entry.known().repoId() == repoId;
    if (sameRepo) {
      names.add(entry.asked());
      names.add(entry.requestName());
    }
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT full_name FROM gh_repo WHERE repo_id = ?")) {
      statement.setLong(1, repoId);
      try (ResultSet rows = statement.executeQuery()) {
        if (rows.next()) {
          names.add(RepoName.parse(rows.getString(1)));
        }
      }
    }
    return names;
  }

  /** Today's totals: GitHub reported them now (200), or confirmed them unchanged (304). */
  private static void snapshot(Connection connection, long repoId, Instant now)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO gh_repo_snapshot (repo_id, day, stargazers_count, forks_count, fetched_at)"
                + " SELECT repo_id, ?, stargazers_count, forks_count, ? FROM gh_repo"
                + " WHERE repo_id = ?"
                + " ON CONFLICT (repo_id, day) DO UPDATE SET"
                + " stargazers_count = excluded.stargazers_count,"
                + " forks_count = excluded.forks_count, fetched_at = excluded.fetched_at")) {
      statement.setObject(1, LocalDate.ofInstant(now, ZoneOffset.UTC));
      statement.setObject(2, utc(now));
      statement.setLong(3, repoId);
      statement.executeUpdate();
    }
  }

  private static void touch(Connection connection, QueueEntry.KnownRepo known, Instant now)
      throws SQLException {
    if (known == null) {
      return;
    }
    mark(connection, known.repoId(), "ok", null, now, true);
    snapshot(connection, known.repoId(), now);
  }

  private static void mark(
      Connection connection,
      Long repoId,
      String status,
      String message,
      Instant now,
      boolean answered)
      throws SQLException {
    if (repoId == null) {
      return;
    }
    // fetched_at says when GitHub last gave a definite answer; an error is not one.
    String sql =
        answered
            ? "UPDATE gh_repo SET status = ?, message = ?, fetched_at = ? WHERE repo_id = ?"
            : "UPDATE gh_repo SET status = ?, message = ? WHERE repo_id = ?";
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, status);
      statement.setString(2, message);
      int index = 3;
      if (answered) {
        statement.setObject(index++, utc(now));
      }
      statement.setLong(index, repoId);
      statement.executeUpdate();
    }
  }

  private static void check(
      Connection connection,
      RepoName asked,
      Long repoId,
      CheckOutcome outcome,
      int httpStatus,
      String message,
      Instant now)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(
            "INSERT INTO gh_check (name_lower, full_name, repo_id, outcome, http_status, message,"
                + " checked_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (name_lower) DO UPDATE"
                + " SET full_name = excluded.full_name, repo_id = excluded.repo_id,"
                + " outcome = excluded.outcome, http_status = excluded.http_status,"
                + " message = excluded.message, checked_at = excluded.checked_at")) {
      statement.setString(1, asked.key());
      statement.setString(2, asked.fullName());
      if (repoId == null) {
        statement.setNull(3, Types.BIGINT);
      } else {
        statement.setLong(3, repoId);
      }
      statement.setString(4, outcome.label());
      if (httpStatus == 0) {
        statement.setNull(5, Types.INTEGER);
      } else {
        statement.setInt(5, httpStatus);
      }
      statement.setString(6, message);
      statement.setObject(7, utc(now));
      statement.executeUpdate();
    }
  }

  private static void setInstant(PreparedStatement statement, int index, Instant instant)
      throws SQLException {
    if (instant == null) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      statement.setObject(index, utc(instant));
    }
  }

  static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * Opens the database, runs {@code work} in one transaction and closes it again. Retries the open
   * for a moment when another process holds the file.
   */
  private <T> T write(Store.SqlWork<T> work) throws InterruptedException {
    RepoSignalException last = null;
    for (int attempt = 0; attempt < OPEN_ATTEMPTS; attempt++) {
      Store store;
      try {
        store = Store.open(database);
      } catch (RepoSignalException e) {
        if (e.kind() != ErrorKind.UNAVAILABLE) {
          throw e;
        }
        last = e;
        sleeper.sleep(OPEN_BACKOFF.multipliedBy(1L << attempt));
        continue;
      }
      try (store) {
        return store.inTransaction(work);
      }
    }
    throw last;
  }
}
