package io.reposignal.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.enrich.FakeGitHub.Reply;
import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class GitHubRepoClientTest {
  private static final Instant START = Instant.parse("2026-06-30T12:00:00Z");
  private static final RepoName REPO = RepoName.parse("octo/widget");

  private final ManualClock clock = new ManualClock(START);
  private final List<String> log = new ArrayList<>();
  private FakeGitHub github;

  @BeforeEach
  void start() throws IOException {
    github = new FakeGitHub(clock);
  }

  @AfterEach
  void stop() {
    github.close();
  }

  private GitHubRepoClient client() {
    return client(policy(Duration.ofSeconds(5)));
  }

  private GitHubRepoClient client(ClientPolicy policy) {
    return new GitHubRepoClient(github.api(), policy, clock, clock.sleeper(), log::add);
  }

  private static ClientPolicy policy(Duration requestTimeout) {
    return new ClientPolicy(
        Duration.ofSeconds(2), requestTimeout, 4, Duration.ofSeconds(1), Duration.ofMinutes(15));
  }

  @Test
  void fetch_ok_returnsRepositoryEtagAndSendsPoliteHeaders() throws Exception {
    github.on("/repos/octo/widget", Reply.repo(42, "octo/widget", 1234, "\"abc\""));

    FetchOutcome outcome = client().fetch(REPO, null);

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) outcome;
    assertThat(fetched.etag()).isEqualTo("\"abc\"");
    assertThat(fetched.redirected()).isFalse();
    GitHubRepo repo = fetched.repo();
    assertThat(repo.id()).isEqualTo(42);
    assertThat(repo.fullName().fullName()).isEqualTo("octo/widget");
    assertThat(repo.language()).isEqualTo("Rust");
    assertThat(repo.topics()).containsExactly("cli", "search");
    assertThat(repo.stargazersCount()).isEqualTo(1234);
    assertThat(repo.forksCount()).isEqualTo(123);
    assertThat(repo.createdAt()).isEqualTo(Instant.parse("2020-01-02T03:04:05Z"));
    FakeGitHub.Request request = github.requests().get(0);
    assertThat(request.header("Accept")).isEqualTo("application/vnd.github+json");
    assertThat(request.header("X-GitHub-Api-Version")).isEqualTo("2022-11-28");
    assertThat(request.header("User-Agent")).isEqualTo("reposignal");
    assertThat(request.header("Authorization")).isEqualTo("Bearer test-token");
    assertThat(request.header("If-None-Match")).isNull();
  }

  @Test
  void fetch_noToken_sendsNoAuthorization() throws Exception {
    github.on("/repos/octo/widget", Reply.repo(42, "octo/widget", 1, "\"abc\""));
    GitHubRepoClient anonymous =
        new GitHubRepoClient(
            new GitHubApi(github.baseUri(), Optional.empty()),
            policy(Duration.ofSeconds(5)),
            clock,
            clock.sleeper(),
            log::add);

    anonymous.fetch(REPO, null);

    assertThat(github.requests().get(0).header("Authorization")).isNull();
  }

  @Test
  void fetch_storedEtagUnchanged_sendsIfNoneMatchAndReturnsNotModified() throws Exception {
    github.on(
        "/repos/octo/widget",
        new Reply(304, java.util.Map.of("ETag", "\"abc\""), "", Duration.ZERO));

    FetchOutcome outcome = client().fetch(REPO, "\"abc\"");

    assertThat(outcome).isInstanceOf(FetchOutcome.NotModified.class);
    assertThat(github.requests().get(0).header("If-None-Match")).isEqualTo("\"abc\"");
  }

  @Test
  void fetch_renamed301_followsLocationAndReturnsNewName() throws Exception {
    github
        .on(
            "/repos/octo/widget",
            Reply.json(301, "{\"message\":\"Moved Permanently\"}")
                .with("Location", github.baseUri() + "/repositories/42"))
        .on("/repositories/42", Reply.repo(42, "newowner/gadget", 10, "\"new\""));

    FetchOutcome outcome = client().fetch(REPO, "\"old\"");

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    FetchOutcome.Fetched fetched = (FetchOutcome.Fetched) outcome;
    assertThat(fetched.redirected()).isTrue();
    assertThat(fetched.repo().fullName().fullName()).isEqualTo("newowner/gadget");
    assertThat(fetched.repo().id()).isEqualTo(42);
    assertThat(github.paths()).containsExactly("/repos/octo/widget", "/repositories/42");
    assertThat(github.requests().get(1).header("Authorization")).isEqualTo("Bearer test-token");
  }

  @Test
  void fetch_redirectToAnotherHost_failsWithoutFollowing() throws Exception {
    github.on(
        "/repos/octo/widget",
        Reply.json(301, "{}").with("Location", "https://elsewhere.example/repositories/42"));

    FetchOutcome outcome = client().fetch(REPO, null);

    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
    assertThat(github.paths()).containsExactly("/repos/octo/widget");
  }

  @Test
  void fetch_403RemainingZero_waitsUntilResetBeforeAnyFurtherRequest() throws Exception {
    long reset = START.plusSeconds(600).getEpochSecond();
    github.on(
        "/repos/octo/widget",
        Reply.json(403, "{\"message\":\"API rate limit exceeded\"}")
            .with("x-ratelimit-remaining", "0")
            .with("x-ratelimit-reset", Long.toString(reset)),
        Reply.repo(42, "octo/widget", 1, "\"abc\""));

    FetchOutcome outcome = client().fetch(REPO, null);

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    List<FakeGitHub.Request> requests = github.requests();
    assertThat(requests).hasSize(2);
    assertThat(requests.get(0).at()).isEqualTo(START);
    assertThat(requests.get(1).at()).isAfterOrEqualTo(Instant.ofEpochSecond(reset));
    assertThat(clock.sleeps()).hasSize(1);
  }

  @Test
  void fetch_okWithRemainingZero_waitsForResetBeforeTheNextRepository() throws Exception {
    long reset = START.plusSeconds(120).getEpochSecond();
    github
        .on(
            "/repos/octo/widget",
            Reply.repo(42, "octo/widget", 1, "\"a\"")
                .with("x-ratelimit-remaining", "0")
                .with("x-ratelimit-reset", Long.toString(reset)))
        .on("/repos/octo/other", Reply.repo(43, "octo/other", 1, "\"b\""));
    GitHubRepoClient client = client();

    client.fetch(REPO, null);
    client.fetch(RepoName.parse("octo/other"), null);

    assertThat(github.requests().get(1).at()).isAfterOrEqualTo(Instant.ofEpochSecond(reset));
    assertThat(client.rateLimitWaits()).isEqualTo(1);
  }

  @Test
  void fetch_429WithRetryAfter_waitsThatLongThenRetries() throws Exception {
    github.on(
        "/repos/octo/widget",
        Reply.json(429, "{\"message\":\"slow down\"}").with("retry-after", "30"),
        Reply.repo(42, "octo/widget", 1, "\"abc\""));

    GitHubRepoClient client = client();
    FetchOutcome outcome = client.fetch(REPO, null);

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(30));
    assertThat(github.requests().get(1).at()).isEqualTo(START.plusSeconds(30));
    assertThat(client.rateLimitWaited()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void fetch_resetBeyondMaxWait_stopsAndSaysWhenToResume() throws Exception {
    long reset = START.plusSeconds(3600).getEpochSecond();
    github.on(
        "/repos/octo/widget",
        Reply.json(403, "{\"message\":\"API rate limit exceeded\"}")
            .with("x-ratelimit-remaining", "0")
            .with("x-ratelimit-reset", Long.toString(reset)));

    assertThatThrownBy(() -> client().fetch(REPO, null))
        .isInstanceOfSatisfying(
            RateLimitExhausted.class,
            e -> {
              assertThat(e.resumeAt()).isAfterOrEqualTo(Instant.ofEpochSecond(reset));
              assertThat(e.getMessage()).contains("run `reposignal enrich` again after");
            });
    assertThat(clock.sleeps()).isEmpty();
    assertThat(github.requests()).hasSize(1);
  }

  @Test
  void fetch_forbiddenWithoutRateLimit_failsWithoutWaiting() throws Exception {
    github.on(
        "/repos/octo/widget",
        Reply.json(403, "{\"message\":\"Repository access blocked\"}")
            .with("x-ratelimit-remaining", "4000"));

    FetchOutcome outcome = client().fetch(REPO, null);

    assertThat(outcome)
        .isEqualTo(new FetchOutcome.Failed(403, "HTTP 403: Repository access blocked"));
    assertThat(clock.sleeps()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(ints = {404, 451})
  void fetch_notFoundOrUnavailableForLegalReasons_isGone(int status) throws Exception {
    github.on("/repos/octo/widget", Reply.json(status, "{\"message\":\"gone\"}"));

    FetchOutcome outcome = client().fetch(REPO, null);

    assertThat(outcome).isEqualTo(new FetchOutcome.Gone(status, "HTTP " + status + ": gone"));
    assertThat(github.requests()).hasSize(1);
  }

  @Test
  void fetch_serverErrorsThenOk_retriesWithExponentialBackoff() throws Exception {
    github.on(
        "/repos/octo/widget",
        Reply.json(502, "{}"),
        Reply.json(503, "{}"),
        Reply.repo(42, "octo/widget", 1, "\"abc\""));

    FetchOutcome outcome = client().fetch(REPO, null);

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
  }

  @Test
  void fetch_serverErrorsEveryTime_failsAfterMaxAttempts() throws Exception {
    github.on("/repos/octo/widget", Reply.json(500, "{}"));

    FetchOutcome outcome = client().fetch(REPO, null);

    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
    assertThat(((FetchOutcome.Failed) outcome).httpStatus()).isEqualTo(500);
    assertThat(github.requests()).hasSize(4);
    assertThat(clock.sleeps())
        .containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"id\":42,\"full_name\":\"octo/widget\"",
        "not json at all",
        "[1,2,3]",
        "{\"full_name\":\"octo/widget\",\"stargazers_count\":1,\"forks_count\":1}",
        "{\"id\":42,\"full_name\":\"no slash\",\"stargazers_count\":1,\"forks_count\":1}",
        "{\"id\":42,\"full_name\":\"octo/widget\",\"stargazers_count\":\"many\",\"forks_count\":1}",
        "{\"id\":42,\"full_name\":\"octo/widget\",\"stargazers_count\":1,\"forks_count\":1,"
            + "\"topics\":\"cli\"}"
      })
  void fetch_malformedJson_failsForThisRepository(String body) throws Exception {
    github.on("/repos/octo/widget", Reply.json(200, body));

    FetchOutcome outcome = client().fetch(REPO, null);

    assertThat(outcome).isInstanceOf(FetchOutcome.Failed.class);
    assertThat(((FetchOutcome.Failed) outcome).message()).startsWith("malformed JSON from GitHub");
  }

  @Test
  void fetch_slowResponse_timesOutThenRetries() throws Exception {
    github.on(
        "/repos/octo/widget",
        Reply.repo(42, "octo/widget", 1, "\"slow\"").delayed(Duration.ofSeconds(2)),
        Reply.repo(42, "octo/widget", 1, "\"fast\""));

    FetchOutcome outcome = client(policy(Duration.ofMillis(300))).fetch(REPO, null);

    assertThat(outcome).isInstanceOf(FetchOutcome.Fetched.class);
    assertThat(((FetchOutcome.Fetched) outcome).etag()).isEqualTo("\"fast\"");
    assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void fetch_closedPort_failsFastAsUnavailable() throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    GitHubRepoClient offline =
        new GitHubRepoClient(
            new GitHubApi(URI.create("http://127.0.0.1:" + port), Optional.empty()),
            policy(Duration.ofSeconds(5)),
            clock,
            clock.sleeper(),
            log::add);
    long started = System.nanoTime();

    assertThatThrownBy(() -> offline.fetch(REPO, null))
        .isInstanceOfSatisfying(
            RepoSignalException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
              assertThat(e.getMessage())
                  .startsWith("cannot reach 127.0.0.1:" + port + ": ")
                  .endsWith("; check the network, or set GITHUB_API_URL");
            });
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(clock.sleeps()).isEmpty();
  }
}
