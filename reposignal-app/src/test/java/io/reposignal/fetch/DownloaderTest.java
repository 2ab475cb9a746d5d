package io.reposignal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import io.reposignal.testing.LoopbackServer;
import io.reposignal.testing.LoopbackServer.IgnoreRange;
import io.reposignal.testing.LoopbackServer.Request;
import io.reposignal.testing.LoopbackServer.Slow;
import io.reposignal.testing.LoopbackServer.Stall;
import io.reposignal.testing.LoopbackServer.Status;
import io.reposignal.testing.LoopbackServer.Truncated;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DownloaderTest {
  private static final String CSV = "rank,item,repo_name,stars\n" + "1,top,a/b,10\n".repeat(400);

  /** Generous, so a loaded machine never times out a healthy transfer. */
  private static final Duration TIMEOUT = Duration.ofSeconds(3);

  /** For the tests that provoke a timeout; the server stays silent for much longer. */
  private static final Duration SHORT_TIMEOUT = Duration.ofMillis(600);

  private static final Duration SILENCE = Duration.ofSeconds(5);

  private final LoopbackServer server = LoopbackServer.start();
  private final List<Duration> pauses = Collections.synchronizedList(new ArrayList<>());

  @TempDir Path dir;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private Downloader downloader(int attempts) {
    return downloader(attempts, TIMEOUT);
  }

  private Downloader downloader(int attempts, Duration timeout) {
    DownloadPolicy policy =
        DownloadPolicy.defaults("test")
            .withAttempts(attempts)
            .withTimeouts(timeout, timeout)
            .withBackoff(Duration.ofMillis(100), Duration.ofSeconds(2));
    return new Downloader(policy, pauses::add, new SplittableRandom(7));
  }

  private Download download(String path) {
    return new Download(server.baseUri().resolve(path), dir.resolve(Path.of(path).getFileName()));
  }

  private static byte[] hour(int events) {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < events; i++) {
      lines.append("{\"id\":\"").append(i).append("\",\"type\":\"WatchEvent\"}\n");
    }
    return LoopbackServer.gzip(lines.toString());
  }

  @Test
  void download_fileServed_savesItAndLeavesNoPartFile() throws IOException {
    server.file("/Data/a.csv", CSV);

    DownloadResult result = downloader(3).download(download("/Data/a.csv"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(result.attempts()).isEqualTo(1);
    assertThat(result.bytes()).isEqualTo(CSV.length());
    assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo(CSV);
    assertThat(dir.resolve("a.csv.part")).doesNotExist();
  }

  @Test
  void download_anyRequest_sendsReposignalUserAgent() {
    server.file("/a.csv", CSV);

    downloader(1).download(download("/a.csv"), DownloadListener.NONE);

    assertThat(server.requests()).extracting(Request::userAgent).containsExactly("reposignal/test");
  }

  @Test
  void download_notFound_isMissingNotFailedAndWritesNothing() throws IOException {
    DownloadResult result = downloader(3).download(download("/gone.csv"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.MISSING);
    assertThat(result.problem()).contains("HTTP 404");
    assertThat(server.requests()).hasSize(1);
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void download_serverErrorsThenOk_retriesWithGrowingJitteredBackoff() throws IOException {
    server.file("/a.csv", CSV).script("/a.csv", new Status(500), new Status(503));

    DownloadResult result = downloader(5).download(download("/a.csv"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(result.attempts()).isEqualTo(3);
    assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo(CSV);
    // Retry n waits between half and all of 100 ms * 2^(n-1).
    assertThat(pauses).hasSize(2);
    assertThat(pauses.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
    assertThat(pauses.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void download_serverErrorEveryTime_failsAfterMaxAttemptsLeavingNoFile() {
    server
        .file("/a.csv", CSV)
        .script("/a.csv", new Status(502), new Status(502), new Status(502), new Status(502));

    DownloadResult result = downloader(3).download(download("/a.csv"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.FAILED);
    assertThat(result.problem()).contains("HTTP 502").contains("after 3 attempts");
    assertThat(server.requests()).hasSize(3);
    assertThat(dir.resolve("a.csv")).doesNotExist();
  }

  @Test
  void download_forbidden_failsAtOnceNamingStatusAndFix() {
    server.file("/a.csv", CSV).script("/a.csv", new Status(403));

    DownloadResult result = downloader(5).download(download("/a.csv"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.FAILED);
    assertThat(result.problem()).contains("HTTP 403").contains("--base-url");
    assertThat(server.requests()).hasSize(1);
    assertThat(pauses).isEmpty();
  }

  @Test
  void download_slowResponse_timesOutThenRetriesAndCompletes() throws IOException {
    server.file("/a.csv", CSV).script("/a.csv", new Slow(SILENCE));
    List<String> problems = Collections.synchronizedList(new ArrayList<>());
    DownloadListener listener =
        new DownloadListener() {
          @Override
          public void retrying(Download download, int attempt, String problem, Duration delay) {
            problems.add(problem);
          }
        };

    DownloadResult result = downloader(3, SHORT_TIMEOUT).download(download("/a.csv"), listener);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(result.attempts()).isEqualTo(2);
    assertThat(problems).singleElement().asString().contains("timed out");
    assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo(CSV);
  }

  @Test
  void download_truncatedResponse_resumesWithRangeFromPartFile() throws IOException {
    byte[] gz = hour(2000);
    server.file("/2026-11-01-0.json.gz", gz).script("/2026-11-01-0.json.gz", new Truncated(1000));

    DownloadResult result =
        downloader(3).download(download("/2026-11-01-0.json.gz"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(server.requests("/2026-11-01-0.json.gz"))
        .extracting(Request::range)
        .containsExactly(null, "bytes=1000-");
    assertThat(Files.readAllBytes(dir.resolve("2026-11-01-0.json.gz"))).isEqualTo(gz);
    assertThat(dir.resolve("2026-11-01-0.json.gz.part")).doesNotExist();
  }

  @Test
  void download_truncatedWithNoAttemptLeft_keepsOnlyThePartFile() throws IOException {
    byte[] gz = hour(2000);
    server.file("/h.json.gz", gz).script("/h.json.gz", new Truncated(1000));

    DownloadResult result = downloader(1).download(download("/h.json.gz"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.FAILED);
    assertThat(dir.resolve("h.json.gz")).doesNotExist();
    assertThat(Files.size(dir.resolve("h.json.gz.part"))).isEqualTo(1000);

    DownloadResult rerun = downloader(1).download(download("/h.json.gz"), DownloadListener.NONE);

    assertThat(rerun.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(server.requests().get(1).range()).isEqualTo("bytes=1000-");
    assertThat(Files.readAllBytes(dir.resolve("h.json.gz"))).isEqualTo(gz);
  }

  @Test
  void download_stalledTransfer_isAbandonedAndResumed() throws IOException {
    byte[] gz = hour(2000);
    server.file("/h.json.gz", gz).script("/h.json.gz", new Stall(700, SILENCE));

    DownloadResult result =
        downloader(3, SHORT_TIMEOUT).download(download("/h.json.gz"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(server.requests()).extracting(Request::range).containsExactly(null, "bytes=700-");
    assertThat(Files.readAllBytes(dir.resolve("h.json.gz"))).isEqualTo(gz);
  }

  @Test
  void download_serverIgnoresRange_restartsPartFromScratch() throws IOException {
    server.file("/a.csv", CSV).script("/a.csv", new IgnoreRange());
    Files.writeString(dir.resolve("a.csv.part"), "stale bytes from another version");

    DownloadResult result = downloader(3).download(download("/a.csv"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(server.requests().get(0).range()).isNotNull();
    assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo(CSV);
  }

  @Test
  void download_partLongerThanFile_restartsAfter416() throws IOException {
    server.file("/a.csv", "short");
    Files.writeString(dir.resolve("a.csv.part"), "a part longer than the file itself");

    DownloadResult result = downloader(3).download(download("/a.csv"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.DOWNLOADED);
    assertThat(Files.readString(dir.resolve("a.csv"))).isEqualTo("short");
  }

  @Test
  void download_gzipCutShortButLengthConsistent_neverBecomesCompleteFile() {
    byte[] gz = hour(2000);
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
    server.file("/h.json.gz", cut);

    DownloadResult result = downloader(2).download(download("/h.json.gz"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.FAILED);
    assertThat(result.problem()).contains("gzip stream is incomplete or corrupt");
    assertThat(dir.resolve("h.json.gz")).doesNotExist();
    assertThat(dir.resolve("h.json.gz.part")).doesNotExist();
  }

  @Test
  void download_fileAlreadyPresent_requestsNothing() throws IOException {
    Files.writeString(dir.resolve("a.csv"), CSV);

    DownloadResult result = downloader(3).download(download("/a.csv"), DownloadListener.NONE);

    assertThat(result.outcome()).isEqualTo(DownloadOutcome.ALREADY_PRESENT);
    assertThat(result.attempts()).isZero();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void download_closedPort_throwsUnavailableNamingHostQuickly() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    Download offline =
        new Download(URI.create("http://127.0.0.1:" + closedPort + "/a.csv"), dir.resolve("a.csv"));
    long started = System.nanoTime();

    assertThatThrownBy(() -> downloader(5).download(offline, DownloadListener.NONE))
        .isInstanceOfSatisfying(
            RepoSignalException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.UNAVAILABLE))
        .hasMessageContaining("cannot reach 127.0.0.1:" + closedPort)
        .hasMessageContaining("check the network or pass --base-url");
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
    assertThat(pauses).hasSize(Downloader.UNANSWERED_HOST_ATTEMPTS - 1);
  }

  @Test
  void downloadAll_inParallel_returnsResultsInPlanOrder() {
    List<Download> plan =
        IntStream.range(0, 6)
            .mapToObj(
                i -> {
                  server.file("/f" + i + ".csv", "file " + i);
                  return download("/f" + i + ".csv");
                })
            .toList();
    Downloader parallel =
        new Downloader(
            DownloadPolicy.defaults("test").withParallelism(3).withTimeouts(TIMEOUT, TIMEOUT),
            pauses::add,
            new SplittableRandom(1));

    List<DownloadResult> results = parallel.downloadAll(plan, DownloadListener.NONE);

    assertThat(results).extracting(DownloadResult::download).isEqualTo(plan);
    assertThat(results).allMatch(r -> r.outcome() == DownloadOutcome.DOWNLOADED);
    assertThat(dir.resolve("f5.csv")).hasContent("file 5");
  }

  @Test
  void download_progress_reportsBytesOfPartFile() {
    server.file("/a.csv", CSV.getBytes(StandardCharsets.UTF_8));
    List<Long> seen = Collections.synchronizedList(new ArrayList<>());
    DownloadListener listener =
        new DownloadListener() {
          @Override
          public void progress(Download download, long bytes) {
            seen.add(bytes);
          }
        };

    downloader(1).download(download("/a.csv"), listener);

    assertThat(seen).isNotEmpty().isSorted();
    assertThat(seen.get(seen.size() - 1)).isEqualTo(CSV.length());
  }
}
