package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.random.RandomGenerator;

/**
 * Downloads URLs to files, resumably and with retries, on the JDK's HTTP client.
 *
 * <p>A file already at its target is complete and not requested again: bytes go to {@code
 * NAME.part} first, and only a part file whose length matches the announced length and, for {@code
 * .gz}, that inflates to its end is renamed (atomically) to its target. A part file left by an
 * earlier attempt or run is resumed with a {@code Range} request when the server answers 206, and
 * restarted when it answers 200.
 *
 * <p>5xx, 408, 429, timeouts, stalled transfers and broken connections are retried with exponential
 * backoff and jitter, up to {@link DownloadPolicy#maxAttempts()} requests. 404 and 410 mean the
 * source lacks the file: recorded as missing, not an error. Other 4xx statuses fail the file at
 * once. When a host cannot be reached at all (it never answered in this run and {@value
 * #UNANSWERED_HOST_ATTEMPTS} connection attempts failed, or the last attempt for a file failed to
 * connect), the batch stops with an {@link ErrorKind#UNAVAILABLE} error: the other files would fail
 * the same way.
 */
public final class Downloader {
  /** Connection attempts to a host that has not answered yet before calling it unreachable. */
  static final int UNANSWERED_HOST_ATTEMPTS = 2;

  private final DownloadPolicy policy;
  private final Sleeper sleeper;
  private final Backoff backoff;
  private final HttpClient client;
  private final Set<String> hostsThatAnswered = ConcurrentHashMap.newKeySet();

  public Downloader(DownloadPolicy policy, Sleeper sleeper, RandomGenerator random) {
    this.policy = requireNonNull(policy, "policy is null");
    this.sleeper = requireNonNull(sleeper, "sleeper is null");
    this.backoff = new Backoff(policy.initialBackoff(), policy.maxBackoff(), random);
    this.client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(policy.connectTimeout())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /** A downloader that really sleeps between retries. */
  public static Downloader create(DownloadPolicy policy) {
    return new Downloader(policy, Sleeper.SYSTEM, new SplittableRandom());
  }

  public DownloadPolicy policy() {
    return policy;
  }

  /**
   * Downloads each file, {@link DownloadPolicy#parallelism()} at a time, and returns the results in
   * the order of {@code downloads}.
   *
   * @throws RepoSignalException of kind UNAVAILABLE when a host cannot be reached; files finished
   *     before that stay in place
   */
  public List<DownloadResult> downloadAll(List<Download> downloads, DownloadListener listener) {
    requireNonNull(listener, "listener is null");
    List<Download> batch = List.copyOf(downloads);
    listener.planned(batch.size());
    if (policy.parallelism() == 1 || batch.size() < 2) {
      List<DownloadResult> results = new ArrayList<>(batch.size());
      for (Download download : batch) {
        results.add(download(download, listener));
      }
      return List.copyOf(results);
    }
    return downloadInParallel(batch, listener);
  }

  private List<DownloadResult> downloadInParallel(List<Download> batch, DownloadListener listener) {
    ExecutorService workers =
        Executors.newFixedThreadPool(
            policy.parallelism(),
            task -> {
              Thread thread = new Thread(task, "reposignal-download");
              thread.setDaemon(true);
              return thread;
            });
    try {
      List<Future<DownloadResult>> pending = new ArrayList<>(batch.size());
      for (Download download : batch) {
        pending.add(workers.submit(() -> download(download, listener)));
      }
      List<DownloadResult> results = new ArrayList<>(batch.size());
      for (Future<DownloadResult> future : pending) {
        results.add(future.get());
      }
      return List.copyOf(results);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RepoSignalException.unavailable("interrupted while downloading");
    } finally {
      workers.shutdownNow();
    }
  }

  /** Downloads one file; see the class description for what each outcome means. */
  public DownloadResult download(Download download, DownloadListener listener) {
    requireNonNull(download, "download is null");
    requireNonNull(listener, "listener is null");
    listener.started(download);
    DownloadResult result = fetch(download, listener);
    listener.finished(result);
    return result;
  }

  private DownloadResult fetch(Download download, DownloadListener listener) {
    Path target = download.target();
    try {
      if (Files.isRegularFile(target)) {
        return new DownloadResult(
            download, DownloadOutcome.ALREADY_PRESENT, Files.size(target), 0, null);
      }
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    } catch (IOException e) {
      return failed(download, 0, "cannot use " + target + ": " + e.getMessage());
    }
    String problem = null;
    for (int attempt = 1; attempt <= policy.maxAttempts(); attempt++) {
      Attempt outcome = attempt(download, listener);
      switch (outcome.kind()) {
        case COMPLETE:
          return complete(download, attempt);
        case MISSING:
          deleteQuietly(download.partFile());
          return new DownloadResult(
              download, DownloadOutcome.MISSING, 0, attempt, outcome.problem());
        case REFUSED:
          return failed(download, attempt, outcome.problem());
        case UNREACHABLE:
          if (!hostsThatAnswered.contains(hostOf(download.source()))
              && attempt >= UNANSWERED_HOST_ATTEMPTS) {
            throw unreachable(download.source(), outcome.problem());
          }
          if (attempt == policy.maxAttempts()) {
            throw unreachable(download.source(), outcome.problem());
          }
          break;
        case RETRY:
          break;
      }
      problem = outcome.problem();
      if (attempt < policy.maxAttempts()) {
        Duration delay = backoff.delay(attempt);
        listener.retrying(download, attempt, problem, delay);
        pause(delay, download);
      }
    }
    return failed(
        download,
        policy.maxAttempts(),
        String.format(
            Locale.ROOT,
            "%s after %d attempts; run the command again to resume",
            problem,
            policy.maxAttempts()));
  }

  private DownloadResult complete(Download download, int attempts) {
    try {
      Files.move(download.partFile(), download.target(), StandardCopyOption.ATOMIC_MOVE);
      return new DownloadResult(
          download, DownloadOutcome.DOWNLOADED, Files.size(download.target()), attempts, null);
    } catch (IOException e) {
      return failed(
          download,
          attempts,
          "cannot move " + download.partFile() + " to " + download.target() + ": " + e);
    }
  }

  /** One request: writes or appends to the part file and says whether it is now complete. */
  private Attempt attempt(Download download, DownloadListener listener) {
    Path part = download.partFile();
    long resumeFrom;
    try {
      resumeFrom = Files.isRegularFile(part) ? Files.size(part) : 0;
    } catch (IOException e) {
      return Attempt.refused("cannot read " + part + ": " + e.getMessage());
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(download.source())
            .timeout(policy.readTimeout())
            .header("User-Agent", policy.userAgent())
            .GET();
    if (resumeFrom > 0) {
      request.header("Range", "bytes=" + resumeFrom + "-");
    }
    AtomicReference<PartWriter> writer = new AtomicReference<>();
    HttpResponse.BodyHandler<Long> handler =
        response -> {
          hostsThatAnswered.add(hostOf(download.source()));
          return bodyFor(response, resumeFrom, download, listener, writer);
        };
    CompletableFuture<HttpResponse<Long>> exchange;
    try {
      exchange = client.sendAsync(request.build(), handler);
    } catch (IllegalArgumentException e) {
      return Attempt.refused("cannot request " + download.source() + ": " + e.getMessage());
    }
    HttpResponse<Long> response;
    try {
      response = awaitResponse(exchange, writer);
    } catch (ExecutionException e) {
      return classify(e.getCause(), download);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      exchange.cancel(true);
      throw RepoSignalException.unavailable("interrupted while downloading %s", download.source());
    }
    return judge(response, resumeFrom, download);
  }

  /** Chooses where the body goes once the status is known: the part file, or nowhere. */
  private BodySubscriber<Long> bodyFor(
      HttpResponse.ResponseInfo response,
      long resumeFrom,
      Download download,
      DownloadListener listener,
      AtomicReference<PartWriter> writer) {
    int status = response.statusCode();
    boolean resumable =
        status == 206
            && ContentRange.parse(response.headers().firstValue("Content-Range").orElse(null))
                .map(range -> range.first() == resumeFrom)
                .orElse(false);
    if (status != 200 && !resumable) {
      return BodySubscribers.replacing(-1L);
    }
    PartWriter part =
        PartWriter.open(
            download.partFile(), status == 206, bytes -> listener.progress(download, bytes));
    writer.set(part);
    return part;
  }

  /**
   * Waits for the whole exchange, abandoning it when no byte arrives for the read timeout. The
   * client's own request timeout covers only the wait for the response headers.
   */
  private HttpResponse<Long> awaitResponse(
      CompletableFuture<HttpResponse<Long>> exchange, AtomicReference<PartWriter> writer)
      throws ExecutionException, InterruptedException {
    long limit = policy.readTimeout().toNanos();
    long poll = Math.max(10, Math.min(250, policy.readTimeout().toMillis() / 5));
    long started = System.nanoTime();
    while (true) {
      try {
        return exchange.get(poll, TimeUnit.MILLISECONDS);
      } catch (TimeoutException e) {
        PartWriter part = writer.get();
        long idle = part != null ? part.idleNanos() : System.nanoTime() - started;
        // Without a body yet, the client's request timeout fires first; the margin is a backstop.
        long allowed = part != null ? limit : 2 * limit;
        if (idle > allowed) {
          HttpTimeoutException stalled =
              new HttpTimeoutException(
                  "no data for " + policy.readTimeout().toMillis() + " ms (transfer stalled)");
          if (part != null) {
            part.abort(stalled);
          }
          exchange.cancel(true);
          throw new ExecutionException(stalled);
        }
      }
    }
  }

  private Attempt judge(HttpResponse<Long> response, long resumeFrom, Download download) {
    int status = response.statusCode();
    URI source = download.source();
    if (status == 404 || status == 410) {
      return Attempt.missing("HTTP " + status + " at " + source);
    }
    if (status == 416) {
      // The part already reaches (or passes) the end: start afresh rather than trust it.
      deleteQuietly(download.partFile());
      return Attempt.retry("HTTP 416: the server cannot resume the part file; restarting");
    }
    if (status == 408 || status == 429 || status >= 500) {
      return Attempt.retry("HTTP " + status + " from " + source);
    }
    if (status != 200 && status != 206) {
      return Attempt.refused(
          "HTTP "
              + status
              + " from "
              + source
              + ": the server refused the request; check the URL (--base-url)");
    }
    if (response.body() < 0) {
      deleteQuietly(download.partFile());
      return Attempt.retry(
          "HTTP 206 with a Content-Range not starting at byte " + resumeFrom + "; restarting");
    }
    long expected = expectedLength(response);
    try {
      Optional<String> problem =
          CompletenessCheck.problem(download.partFile(), download.fileName(), expected);
      if (problem.isEmpty()) {
        return Attempt.COMPLETE;
      }
      boolean shortButResumable = expected >= 0 && Files.size(download.partFile()) < expected;
      if (!shortButResumable) {
        deleteQuietly(download.partFile());
      }
      return Attempt.retry(download.fileName() + ": " + problem.get());
    } catch (IOException e) {
      return Attempt.refused("cannot check " + download.partFile() + ": " + e.getMessage());
    }
  }

  /** The complete file's length: the total of a 206, the Content-Length of a 200; -1 if unsaid. */
  private static long expectedLength(HttpResponse<Long> response) {
    if (response.statusCode() == 206) {
      return ContentRange.parse(response.headers().firstValue("Content-Range").orElse(null))
          .map(ContentRange::total)
          .orElse(-1L);
    }
    return response.headers().firstValueAsLong("Content-Length").orElse(-1L);
  }

  private static Attempt classify(Throwable failure, Download download) {
    Throwable cause = failure;
    while (cause instanceof java.util.concurrent.CompletionException && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof PartWriteException) {
      return Attempt.refused(cause.getMessage());
    }
    if (isConnectFailure(cause)) {
      return new Attempt(Kind.UNREACHABLE, describeConnectFailure(cause));
    }
    if (cause instanceof HttpTimeoutException) {
      return Attempt.retry("timed out: " + describe(cause));
    }
    if (cause instanceof IOException || cause instanceof CancellationException) {
      return Attempt.retry("the transfer broke off: " + describe(cause));
    }
    return Attempt.refused(
        "unexpected failure downloading " + download.source() + ": " + describe(cause));
  }

  private static boolean isConnectFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof ConnectException
          || cause instanceof HttpConnectTimeoutException
          || cause instanceof UnknownHostException
          || cause instanceof UnresolvedAddressException) {
        return true;
      }
    }
    return false;
  }

  /** Says in words what went wrong, since the JDK's connect exceptions often carry no message. */
  private static String describeConnectFailure(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
        return "the host name does not resolve: no network, no DNS or a misspelt host";
      }
      if (cause instanceof HttpConnectTimeoutException) {
        return "connecting timed out";
      }
    }
    return "the connection was refused: nothing listens there, or a firewall blocks it";
  }

  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getMessage() == null) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return root.getClass().getSimpleName() + (message == null ? "" : " (" + message + ")");
  }

  private static RepoSignalException unreachable(URI source, String problem) {
    return new RepoSignalException(
        ErrorKind.UNAVAILABLE,
        "cannot reach "
            + hostOf(source)
            + ": "
            + problem
            + "; check the network or pass --base-url");
  }

  private static String hostOf(URI source) {
    return source.getPort() < 0 ? source.getHost() : source.getHost() + ":" + source.getPort();
  }

  private void pause(Duration delay, Download download) {
    try {
      sleeper.sleep(delay);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RepoSignalException.unavailable(
          "interrupted while waiting to retry %s", download.source());
    }
  }

  private static DownloadResult failed(Download download, int attempts, String problem) {
    return new DownloadResult(download, DownloadOutcome.FAILED, 0, attempts, problem);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A part file that cannot be deleted is restarted or resumed by the next attempt anyway.
    }
  }

  private enum Kind {
    COMPLETE,
    MISSING,
    RETRY,
    UNREACHABLE,
    REFUSED
  }

  private record Attempt(Kind kind, String problem) {
    static final Attempt COMPLETE = new Attempt(Kind.COMPLETE, null);

    static Attempt missing(String problem) {
      return new Attempt(Kind.MISSING, problem);
    }

    static Attempt retry(String problem) {
      return new Attempt(Kind.RETRY, problem);
    }

    static Attempt refused(String problem) {
      return new Attempt(Kind.REFUSED, problem);
    }
  }
}
