package io.reposignal.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.enrich.FakeGitHub.Reply;
import io.reposignal.error.RepoSignalException;
import io.reposignal.store.Store;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class EnrichServiceTest {
  private static final Instant START = Instant.parse("2026-06-30T12:00:00Z");
  private static final Duration WEEK = Duration.ofDays(7);

  @TempDir Path folder;

  private final ManualClock clock = new ManualClock(START);
  private final List<String> log = new ArrayList<>();
  private FakeGitHub github;
  private Path database;

  @BeforeEach
  void start() throws IOException {
    github = new FakeGitHub(clock);
    database = folder.resolve("test.duckdb");
    Store.open(database).close();
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private EnrichService service(Sleeper sleeper) {
    GitHubRepoClient client =
        new GitHubRepoClient(
            github.api(),
            new ClientPolicy(
                Duration.ofSeconds(2),
                Duration.ofSeconds(5),
                3,
                Duration.ofSeconds(1),
                Duration.ofMinutes(15)),
            clock,
            sleeper,
            log::add);
    return new EnrichService(
        database, client, new SnapshotCandidates(), clock, clock.sleeper(), log::add);
  }

  private EnrichService service() {
    return service(clock.sleeper());
  }

  private static EnrichRequest requested(String... names) {
    return new EnrichRequest(
        Integer.MAX_VALUE, WEEK, java.util.Arrays.stream(names).map(RepoName::parse).toList());
  }

  @Test
  void run_requestedRepository_storesMetadataSnapshotAndCheck() throws Exception {
    github.on("/repos/octo/widget", Reply.repo(42, "octo/widget", 1234, "\"abc\""));

    EnrichSummary summary = service().run(requested("octo/widget"));

    assertThat(summary.fetched()).isEqualTo(1);
    assertThat(summary.remaining()).isZero();
    assertThat(summary.stopReason()).isNull();
    try (Store store = Store.open(database)) {
      RepoMetadata metadata =
          RepoMetadataLookup.find(store.connection(), "OCTO/Widget").orElseThrow();
      assertThat(metadata.repoId()).isEqualTo(42);
      assertThat(metadata.language()).isEqualTo("Rust");
      assertThat(metadata.topics()).containsExactly("cli", "search");
      assertThat(metadata.description()).isEqualTo("About octo/widget");
      assertThat(metadata.fetchedAt()).isEqualTo(START);
      assertThat(metadata.status()).isEqualTo("ok");
      assertThat(rows(store, "SELECT repo_id, day, stargazers_count FROM gh_repo_snapshot"))
          .containsExactly(List.of(42L, LocalDate.of(2026, 6, 30), 1234L));
      assertThat(rows(store, "SELECT name_lower, outcome, http_status FROM gh_check"))
          .containsExactly(List.of("octo/widget", "fetched", 200));
      assertThat(rows(store, "SELECT status FROM enrich_run")).containsExactly(List.of("done"));
    }
  }

  @Test
  void run_againAfterStaleness_sendsStoredEtagAndCountsUnchanged() throws Exception {
    github.on(
        "/repos/octo/widget",
        Reply.repo(42, "octo/widget", 1234, "\"abc\""),
        new Reply(304, Map.of(), "", Duration.ZERO));
    service().run(requested("octo/widget"));
    clock.advance(Duration.ofDays(8));

    EnrichSummary summary = service().run(requested("octo/widget"));

    assertThat(summary.unchanged()).isEqualTo(1);
    assertThat(github.requests().get(1).header("If-None-Match")).isEqualTo("\"abc\"");
    try (Store store = Store.open(database)) {
      RepoMetadata metadata =
          RepoMetadataLookup.find(store.connection(), "octo/widget").orElseThrow();
      assertThat(metadata.fetchedAt()).isEqualTo(START.plus(Duration.ofDays(8)));
      assertThat(metadata.stargazersCount()).isEqualTo(1234);
      assertThat(rows(store, "SELECT day FROM gh_repo_snapshot ORDER BY day"))
          .containsExactly(List.of(LocalDate.of(2026, 6, 30)), List.of(LocalDate.of(2026, 7, 8)));
    }
  }

  @Test
  void run_renamedRepository_keepsIdentityAndFindsItByTheOldName() throws Exception {
    github
        .on(
            "/repos/octo/widget",
            Reply.json(301, "{\"message\":\"Moved Permanently\"}")
                .with("Location", github.baseUri() + "/repositories/42"))
        .on("/repositories/42", Reply.repo(42, "NewOrg/gadget", 10, "\"new\""))
        .on("/repos/NewOrg/gadget", Reply.repo(42, "NewOrg/gadget", 11, "\"newer\""));

    EnrichSummary first = service().run(requested("octo/widget"));
    EnrichSummary second =
        service()
            .run(
                new EnrichRequest(
                    Integer.MAX_VALUE, Duration.ZERO, List.of(RepoName.parse("octo/widget"))));

    assertThat(first.renamed()).isEqualTo(1);
    assertThat(second.renamed()).isEqualTo(1);
    // The second run asks under the new name straight away: no redirect.
    assertThat(github.paths())
        .containsExactly("/repos/octo/widget", "/repositories/42", "/repos/NewOrg/gadget");
    try (Store store = Store.open(database)) {
      assertThat(rows(store, "SELECT repo_id, full_name FROM gh_repo"))
          .containsExactly(List.of(42L, "NewOrg/gadget"));
      assertThat(rows(store, "SELECT old_name, new_name, repo_id FROM gh_rename"))
          .containsExactly(List.of("octo/widget", "NewOrg/gadget", 42L));
      RepoMetadata metadata =
          RepoMetadataLookup.find(store.connection(), "Octo/Widget").orElseThrow();
      assertThat(metadata.fullName()).isEqualTo("NewOrg/gadget");
      assertThat(metadata.stargazersCount()).isEqualTo(11);
    }
  }

  @Test
  void run_goneAndMalformedRepositories_areRecordedAndTheRunContinues() throws Exception {
    github
        .on("/repos/octo/deleted", Reply.json(404, "{\"message\":\"Not Found\"}"))
        .on("/repos/octo/broken", Reply.json(200, "{\"id\": 7, \"full_name\": "))
        .on("/repos/octo/fine", Reply.repo(9, "octo/fine", 5, "\"f\""));

    EnrichSummary summary = service().run(requested("octo/deleted", "octo/broken", "octo/fine"));

    assertThat(summary.gone()).isEqualTo(1);
    assertThat(summary.errors()).isEqualTo(1);
    assertThat(summary.fetched()).isEqualTo(1);
    try (Store store = Store.open(database)) {
      assertThat(rows(store, "SELECT name_lower, outcome, http_status FROM gh_check ORDER BY 1"))
          .containsExactly(
              List.of("octo/broken", "error", 200),
              List.of("octo/deleted", "gone", 404),
              List.of("octo/fine", "fetched", 200));
    }
  }

  @Test
  void run_knownRepositoryNowGone_marksItGoneAndKeepsItsMetadata() throws Exception {
    github.on(
        "/repos/octo/widget",
        Reply.repo(42, "octo/widget", 1, "\"a\""),
        Reply.json(451, "{\"message\":\"Repository access blocked\"}"));
    service().run(requested("octo/widget"));

    EnrichSummary summary = service().run(requested("octo/widget"));

    assertThat(summary.gone()).isEqualTo(1);
    try (Store store = Store.open(database)) {
      RepoMetadata metadata =
          RepoMetadataLookup.find(store.connection(), "octo/widget").orElseThrow();
      assertThat(metadata.status()).isEqualTo("gone");
      assertThat(metadata.language()).isEqualTo("Rust");
    }
  }

  @Test
  void run_snapshotCandidates_checkedMostGainingFirstAndFreshOnesSkipped() throws Exception {
    seedSnapshots(
        List.of(
            new Snapshots.Seed(1, "octo/slow", 5000, 1),
            new Snapshots.Seed(2, "octo/rocket", 100, 50),
            new Snapshots.Seed(3, "octo/steady", 900, 10)));
    for (String name : List.of("octo/slow", "octo/rocket", "octo/steady")) {
      github.on("/repos/" + name, Reply.repo(name.hashCode() & 0xffff, name, 1, "\"e\""));
    }

    EnrichSummary first = service().run(new EnrichRequest(2, WEEK, List.of()));
    EnrichSummary second = service().run(new EnrichRequest(10, WEEK, List.of()));

    assertThat(first.queued()).isEqualTo(2);
    assertThat(first.candidates()).isEqualTo(3);
    assertThat(second.skippedFresh()).isEqualTo(2);
    assertThat(second.queued()).isEqualTo(1);
    assertThat(github.paths())
        .containsExactly("/repos/octo/rocket", "/repos/octo/steady", "/repos/octo/slow");
  }

  @Test
  void run_stoppedByTheRateLimit_resumesWithTheRemainingRepositories() throws Exception {
    List<Snapshots.Seed> seeds = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      seeds.add(new Snapshots.Seed(i, "octo/r" + i, 100, 100 - i));
      github.on("/repos/octo/r" + i, Reply.repo(i, "octo/r" + i, 100, "\"e" + i + "\""));
    }
    seedSnapshots(seeds);
    github.on(
        "/repos/octo/r3",
        Reply.json(403, "{\"message\":\"API rate limit exceeded\"}")
            .with("x-ratelimit-remaining", "0")
            .with("x-ratelimit-reset", Long.toString(START.plusSeconds(3600).getEpochSecond())),
        Reply.repo(3, "octo/r3", 100, "\"e3\""));

    EnrichSummary stopped = service().run(new EnrichRequest(Integer.MAX_VALUE, WEEK, List.of()));
    clock.advance(Duration.ofHours(1));
    EnrichSummary resumed = service().run(new EnrichRequest(1, WEEK, List.of()));

    assertThat(stopped.fetched()).isEqualTo(2);
    assertThat(stopped.remaining()).isEqualTo(3);
    assertThat(stopped.stopReason()).contains("run `reposignal enrich` again after");
    assertThat(stopped.resumeAt()).isAfterOrEqualTo(START.plusSeconds(3600));
    assertThat(resumed.resumed()).isTrue();
    assertThat(resumed.runId()).isEqualTo(stopped.runId());
    assertThat(resumed.fetched()).isEqualTo(3);
    assertThat(resumed.remaining()).isZero();
    assertThat(github.paths())
        .containsExactly(
            "/repos/octo/r1",
            "/repos/octo/r2",
            "/repos/octo/r3",
            "/repos/octo/r3",
            "/repos/octo/r4",
            "/repos/octo/r5");
  }

  @Test
  void run_waitingForTheRateLimit_leavesTheDatabaseFileClosed() throws Exception {
    github.on(
        "/repos/octo/widget",
        Reply.json(429, "{\"message\":\"slow down\"}").with("retry-after", "5"),
        Reply.repo(42, "octo/widget", 1, "\"a\""));
    List<Boolean> openedReadOnly = new ArrayList<>();
    Sleeper probing =
        duration -> {
          // DuckDB refuses a read-only connection while this process holds the file read-write.
          try (Store reader = Store.openReadOnly(database)) {
            openedReadOnly.add(reader.connection().isValid(1));
          } catch (SQLException | RepoSignalException e) {
            openedReadOnly.add(false);
          }
          clock.sleeper().sleep(duration);
        };

    EnrichSummary summary = service(probing).run(requested("octo/widget"));

    assertThat(summary.fetched()).isEqualTo(1);
    assertThat(openedReadOnly).containsExactly(true);
  }

  private void seedSnapshots(List<Snapshots.Seed> seeds) throws SQLException {
    Snapshots.seed(database, seeds);
  }

  private static List<List<Object>> rows(Store store, String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    Connection connection = store.connection();
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet result = statement.executeQuery()) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          Object value = result.getObject(i);
          row.add(value instanceof java.sql.Date date ? date.toLocalDate() : value);
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
