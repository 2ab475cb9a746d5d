package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.error.RepoSignalException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A polite client for {@code GET /repos/{owner}/{repo}}. It sends one request at a time (GitHub's
 * secondary limits), conditional requests with the stored ETag (a 304 costs nothing), waits for the
 * primary rate limit to reset when {@code x-ratelimit-remaining} reaches 0 instead of sending
 * requests that would fail, honours {@code retry-after}, retries 5xx answers and time-outs with
 * exponential back-off, and follows the 301 GitHub sends for a renamed repository.
 *
 * <p>Not thread-safe by design: one client, one request at a time.
 */
public final class GitHubRepoClient {
  static final String API_VERSION = "2022-11-28";
  private static final int MAX_REDIRECTS = 3;
  private static final int MAX_LIMITED_WAITS = 5;
  private static final int MAX_MESSAGE = 200;
  private static final Duration RESET_MARGIN = Duration.ofSeconds(1);
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final GitHubApi api;
  private final ClientPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;
  private final Consumer<String> log;
  private final HttpClient http;

  private Instant pausedUntil;
  private int rateLimitWaits;
  private Duration rateLimitWaited = Duration.ZERO;
  private long lastRemaining = -1;
  private long lastLimit = -1;

  public GitHubRepoClient(
      GitHubApi api, ClientPolicy policy, Clock clock, Sleeper sleeper, Consumer<String> log) {
    this.api = requireNonNull(api, "api is null");
    this.policy = requireNonNull(policy, "policy is null");
    this.clock = requireNonNull(clock, "clock is null");
    this.sleeper = requireNonNull(sleeper, "sleeper is null");
    this.log = requireNonNull(log, "log is null");
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(policy.connectTimeout())
            .followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1)
            .build();
  }

  /**
   * Asks GitHub about {@code repo}.
   *
   * @param etag the ETag stored from the last 200, or null
   * @throws RepoSignalException (unavailable) when the API cannot be reached at all
   * @throws RateLimitExhausted when the rate limit needs a longer wait than the policy allows
   */
  public FetchOutcome fetch(RepoName repo, String etag) throws InterruptedException {
    requireNonNull(repo, "repo is null");
    URI uri = api.repoUri(repo);
    String ifNoneMatch = etag;
    boolean redirected = false;
    int attempt = 1;
    int redirects = 0;
    int limitedWaits = 0;
    while (true) {
      waitForPrimaryReset();
      HttpResponse<byte[]> response;
      try {
        response = http.send(request(uri, ifNoneMatch), HttpResponse.BodyHandlers.ofByteArray());
      } catch (ConnectException | HttpConnectTimeoutException e) {
        throw unreachable(e);
      } catch (HttpTimeoutException e) {
        if (attempt >= policy.maxAttempts()) {
          return new FetchOutcome.Failed(
              0,
              "no answer within "
                  + seconds(policy.requestTimeout())
                  + " after "
                  + attempt
                  + " attempts");
        }
        backOff(attempt++, Optional.empty(), repo, "time-out");
        continue;
      } catch (IOException e) {
        if (attempt >= policy.maxAttempts()) {
          return new FetchOutcome.Failed(
              0, "no answer after " + attempt + " attempts: " + cause(e));
        }
        backOff(attempt++, Optional.empty(), repo, cause(e));
        continue;
      }
      noteRateLimit(response);
      int status = response.statusCode();
      switch (status) {
        case 200:
          try {
            GitHubRepo parsed = GitHubRepoJson.parse(response.body());
            return new FetchOutcome.Fetched(
                parsed, response.headers().firstValue("etag").orElse(null), redirected);
          } catch (GitHubRepoJson.Malformed e) {
            return new FetchOutcome.Failed(200, "malformed JSON from GitHub: " + e.getMessage());
          }
        case 304:
          return new FetchOutcome.NotModified();
        case 301:
        case 302:
        case 307:
        case 308:
          Optional<URI> next = redirectTarget(uri, response);
          if (next.isEmpty() || redirects >= MAX_REDIRECTS) {
            return new FetchOutcome.Failed(
                status,
                next.isEmpty()
                    ? "redirect without a usable Location on the same host as the API"
                    : "more than " + MAX_REDIRECTS + " redirects");
          }
          redirects++;
          uri = next.get();
          redirected = true;
          // The new name is what we are after: ask unconditionally so the answer carries it.
          ifNoneMatch = null;
          continue;
        case 404:
        case 451:
          return new FetchOutcome.Gone(status, message(response));
        case 403:
        case 429:
          if (!rateLimited(response)) {
            return new FetchOutcome.Failed(status, message(response));
          }
          if (limitedWaits >= MAX_LIMITED_WAITS) {
            throw new RateLimitExhausted(
                "GitHub still limits requests after "
                    + limitedWaits
                    + " waits; run `reposignal enrich` again later to resume",
                clock.instant().plus(ClientPolicy.SECONDARY_LIMIT_WAIT));
          }
          waitForLimit(response, limitedWaits++);
          continue;
        default:
          if (status >= 500 && attempt < policy.maxAttempts()) {
            backOff(attempt++, retryAfter(response), repo, "HTTP " + status);
            continue;
          }
          return new FetchOutcome.Failed(
              status,
              status >= 500
                  ? "HTTP " + status + " after " + attempt + " attempts: " + message(response)
                  : "unexpected HTTP " + status + ": " + message(response));
      }
    }
  }

  /** How many times this client waited for a rate limit. */
  public int rateLimitWaits() {
    return rateLimitWaits;
  }

  /** How long this client waited for rate limits in all. */
  public Duration rateLimitWaited() {
    return rateLimitWaited;
  }

  /** The last {@code x-ratelimit-remaining} seen, or -1 before any. */
  public long lastRemaining() {
    return lastRemaining;
  }

  /** The last {@code x-ratelimit-limit} seen, or -1 before any. */
  public long lastLimit() {
    return lastLimit;
  }

  private HttpRequest request(URI uri, String ifNoneMatch) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(policy.requestTimeout())
            .header("Accept", "application/vnd.github+json")
            .header("X-GitHub-Api-Version", API_VERSION)
            .header("User-Agent", "reposignal");
    if (ifNoneMatch != null && !ifNoneMatch.isBlank()) {
      builder.header("If-None-Match", ifNoneMatch);
    }
    // A token goes only to the configured API host, never to a host a redirect names.
    if (api.token().isPresent() && api.sameOrigin(uri)) {
      builder.header("Authorization", "Bearer " + api.token().get());
    }
    return builder.build();
  }

  private void noteRateLimit(HttpResponse<?> response) {
    OptionalLong remaining = longHeader(response, "x-ratelimit-remaining");
    longHeader(response, "x-ratelimit-limit").ifPresent(limit -> lastLimit = limit);
    if (remaining.isEmpty()) {
      return;
    }
    lastRemaining = remaining.getAsLong();
    OptionalLong reset = longHeader(response, "x-ratelimit-reset");
    if (lastRemaining == 0 && reset.isPresent()) {
      pausedUntil = Instant.ofEpochSecond(reset.getAsLong()).plus(RESET_MARGIN);
    }
  }

  private void waitForPrimaryReset() throws InterruptedException {
    if (pausedUntil == null) {
      return;
    }
    Instant until = pausedUntil;
    pausedUntil = null;
    Duration wait = Duration.between(clock.instant(), until);
    if (!wait.isNegative() && !wait.isZero()) {
      pause(
          wait,
          "the primary rate limit is used up until "
              + until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
    }
  }

  private static boolean rateLimited(HttpResponse<byte[]> response) {
    if (response.statusCode() == 429 || response.headers().firstValue("retry-after").isPresent()) {
      return true;
    }
    if (longHeader(response, "x-ratelimit-remaining").orElse(-1) == 0) {
      return true;
    }
    return new String(response.body(), StandardCharsets.UTF_8)
        .toLowerCase(Locale.ROOT)
        .contains("rate limit");
  }

  private void waitForLimit(HttpResponse<byte[]> response, int earlierWaits)
      throws InterruptedException {
    Optional<Duration> retryAfter = retryAfter(response);
    if (retryAfter.isPresent()) {
      pause(retryAfter.get(), "GitHub asked to retry after " + seconds(retryAfter.get()));
    } else if (pausedUntil == null) {
      // A secondary limit without retry-after: GitHub advises a minute, growing on each repeat.
      Duration wait = ClientPolicy.SECONDARY_LIMIT_WAIT.multipliedBy(1L << earlierWaits);
      pause(wait, "a secondary rate limit");
    }
    // Otherwise the primary limit is used up: the next loop waits for its reset.
  }

  private void pause(Duration wait, String why) throws InterruptedException {
    Instant resumeAt = clock.instant().plus(wait);
    if (wait.compareTo(policy.maxRateLimitWait()) > 0) {
      throw new RateLimitExhausted(
          String.format(
              Locale.ROOT,
              "GitHub's rate limit needs a wait of %s (%s), longer than the %s this run may wait;"
                  + " run `reposignal enrich` again after %s to resume where it stopped%s",
              minutes(wait),
              why,
              minutes(policy.maxRateLimitWait()),
              resumeAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
              api.token().isPresent()
                  ? ""
                  : " (set GITHUB_TOKEN for 5,000 requests an hour, not 60)"),
          resumeAt);
    }
    log.accept("waiting " + seconds(wait) + " for GitHub: " + why);
    rateLimitWaits++;
    rateLimitWaited = rateLimitWaited.plus(wait);
    sleeper.sleep(wait);
  }

  private void backOff(int attempt, Optional<Duration> retryAfter, RepoName repo, String why)
      throws InterruptedException {
    Duration wait = policy.initialBackoff().multipliedBy(1L << Math.min(attempt - 1, 20));
    if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
      wait =
          retryAfter.get().compareTo(policy.maxRateLimitWait()) > 0
              ? policy.maxRateLimitWait()
              : retryAfter.get();
    }
    log.accept(repo + ": " + why + ", retrying in " + seconds(wait));
    sleeper.sleep(wait);
  }

  private Optional<URI> redirectTarget(URI current, HttpResponse<?> response) {
    Optional<String> location = response.headers().firstValue("location");
    if (location.isEmpty()) {
      return Optional.empty();
    }
    URI target;
    try {
      target = current.resolve(location.get().strip());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return api.sameOrigin(target) ? Optional.of(target) : Optional.empty();
  }

  private Optional<Duration> retryAfter(HttpResponse<?> response) {
    Optional<String> value = response.headers().firstValue("retry-after").map(String::strip);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.get()))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.get(), Instant::from);
        Duration wait = Duration.between(clock.instant(), at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
  }

  private static OptionalLong longHeader(HttpResponse<?> response, String name) {
    Optional<String> value = response.headers().firstValue(name);
    if (value.isEmpty()) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(value.get().strip()));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }

  /** GitHub's own explanation from an error body, cleaned for a terminal and a database. */
  private static String message(HttpResponse<byte[]> response) {
    String text = "HTTP " + response.statusCode();
    try {
      JsonNode body = MAPPER.readTree(response.body());
      if (body != null && body.path("message").isTextual()) {
        text = text + ": " + body.path("message").textValue();
      }
    } catch (IOException e) {
      // Not JSON: the status alone says enough.
    }
    return clean(text);
  }

  static String clean(String text) {
    String printable = text.replaceAll("\\p{Cntrl}", " ").strip();
    return printable.length() > MAX_MESSAGE
        ? printable.substring(0, MAX_MESSAGE) + "..."
        : printable;
  }

  private RepoSignalException unreachable(IOException e) {
    return new RepoSignalException(
        io.reposignal.error.ErrorKind.UNAVAILABLE,
        "cannot reach "
            + api.authority()
            + ": "
            + cause(e)
            + "; check the network, or set GITHUB_API_URL",
        e);
  }

  private static String cause(Throwable e) {
    Throwable current = e;
    String detail = null;
    while (current != null) {
      if (current.getMessage() != null && !current.getMessage().isBlank()) {
        detail = current.getMessage();
      }
      if (current.getCause() == null || current.getCause() == current) {
        break;
      }
      current = current.getCause();
    }
    String kind = current.getClass().getSimpleName();
    if (current instanceof java.nio.channels.UnresolvedAddressException
        || current instanceof java.net.UnknownHostException) {
      return "the host name does not resolve (" + kind + ")";
    }
    return clean(detail == null ? kind : kind + " (" + detail + ")");
  }

  private static String seconds(Duration duration) {
    return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
  }

  private static String minutes(Duration duration) {
    return String.format(Locale.ROOT, "%.1f min", duration.toMillis() / 60000.0);
  }
}
