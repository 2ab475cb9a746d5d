package io.reposignal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import io.reposignal.testing.LoopbackServer;
import io.reposignal.testing.LoopbackServer.Status;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RankingsFetcherTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-05-04T12:00:00Z"), ZoneOffset.UTC);

  private final LoopbackServer server = LoopbackServer.start();

  @TempDir Path dir;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private RankingsFetcher fetcher() {
    DownloadPolicy policy =
        DownloadPolicy.defaults("test")
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3))
            .withBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
    return new RankingsFetcher(
        new Downloader(policy, duration -> {}, new SplittableRandom(3)), CLOCK);
  }

  private void serveDays(String... days) {
    for (String day : days) {
      server.file("/Data/github-ranking-" + day + ".csv", "rank,repo_name\n1,a/" + day + "\n");
    }
  }

  @Test
  void fetch_rangeWithMissingDay_savesFilesAndLedgersTheGap() {
    serveDays("2026-05-01", "2026-05-03");

    FetchReport report =
        fetcher()
            .fetch(
                LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-05-03"),
                server.baseUri(),
                dir,
                DownloadListener.NONE);

    assertThat(report.count(DownloadOutcome.DOWNLOADED)).isEqualTo(2);
    assertThat(report.with(DownloadOutcome.MISSING))
        .extracting(r -> r.download().fileName())
        .containsExactly("github-ranking-2026-05-02.csv");
    assertThat(report.succeeded()).isTrue();
    assertThat(dir.resolve("github-ranking-2026-05-01.csv"))
        .hasContent("rank,repo_name\n1,a/2026-05-01");
    assertThat(MissingLedger.load(dir).entries())
        .extracting(MissingLedger.Entry::file)
        .containsExactly("github-ranking-2026-05-02.csv");
  }

  @Test
  void fetch_rerun_downloadsNothingAlreadyComplete() {
    serveDays("2026-05-01", "2026-05-02");
    LocalDate from = LocalDate.parse("2026-05-01");
    LocalDate to = LocalDate.parse("2026-05-02");
    fetcher().fetch(from, to, server.baseUri(), dir, DownloadListener.NONE);
    int requestsOfFirstRun = server.requests().size();

    FetchReport rerun = fetcher().fetch(from, to, server.baseUri(), dir, DownloadListener.NONE);

    assertThat(rerun.count(DownloadOutcome.ALREADY_PRESENT)).isEqualTo(2);
    assertThat(rerun.bytesDownloaded()).isZero();
    assertThat(server.requests()).hasSize(requestsOfFirstRun);
  }

  @Test
  void fetch_dayPublishedLater_leavesTheLedger() {
    LocalDate day = LocalDate.parse("2026-05-02");
    fetcher().fetch(day, day, server.baseUri(), dir, DownloadListener.NONE);
    assertThat(MissingLedger.load(dir).entries()).hasSize(1);
    serveDays("2026-05-02");

    FetchReport later = fetcher().fetch(day, day, server.baseUri(), dir, DownloadListener.NONE);

    assertThat(later.count(DownloadOutcome.DOWNLOADED)).isEqualTo(1);
    assertThat(MissingLedger.load(dir).entries()).isEmpty();
  }

  @Test
  void fetch_baseUrlWithPath_requestsDataFolderUnderIt() {
    server.file("/mirror/Data/github-ranking-2026-05-01.csv", "x");
    LocalDate day = LocalDate.parse("2026-05-01");

    FetchReport report =
        fetcher().fetch(day, day, server.baseUri().resolve("/mirror"), dir, DownloadListener.NONE);

    assertThat(report.count(DownloadOutcome.DOWNLOADED)).isEqualTo(1);
  }

  @Test
  void fetch_someFileFailing_reportsNotSucceeded() {
    serveDays("2026-05-01");
    server.script(
        "/Data/github-ranking-2026-05-01.csv",
        new Status(500),
        new Status(500),
        new Status(500),
        new Status(500),
        new Status(500));
    LocalDate day = LocalDate.parse("2026-05-01");

    FetchReport report = fetcher().fetch(day, day, server.baseUri(), dir, DownloadListener.NONE);

    assertThat(report.succeeded()).isFalse();
    assertThat(report.count(DownloadOutcome.FAILED)).isEqualTo(1);
  }

  @Test
  void fetchLastDays_endsTodayUtc() {
    serveDays("2026-05-02", "2026-05-03", "2026-05-04");

    FetchReport report = fetcher().fetchLastDays(3, server.baseUri(), dir, DownloadListener.NONE);

    assertThat(report.completeFiles())
        .extracting(path -> path.getFileName().toString())
        .containsExactly(
            "github-ranking-2026-05-02.csv",
            "github-ranking-2026-05-03.csv",
            "github-ranking-2026-05-04.csv");
  }

  @Test
  void fetch_reversedRange_isUsageError() {
    assertThatThrownBy(
            () ->
                fetcher()
                    .fetch(
                        LocalDate.parse("2026-05-03"),
                        LocalDate.parse("2026-05-01"),
                        server.baseUri(),
                        dir,
                        DownloadListener.NONE))
        .isInstanceOfSatisfying(
            RepoSignalException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USAGE))
        .hasMessageContaining("--from 2026-05-03 is after --to 2026-05-01");
  }

  @Test
  void fetch_rangeOverTenYears_isUsageError() {
    assertThatThrownBy(
            () ->
                fetcher()
                    .fetch(
                        LocalDate.parse("2006-05-01"),
                        LocalDate.parse("2026-05-01"),
                        server.baseUri(),
                        dir,
                        DownloadListener.NONE))
        .isInstanceOfSatisfying(
            RepoSignalException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USAGE))
        .hasMessageContaining("more than the 3660 allowed");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void fetch_futureDay_isUsageError() {
    LocalDate tomorrow = LocalDate.parse("2026-05-05");

    assertThatThrownBy(
            () -> fetcher().fetch(tomorrow, tomorrow, server.baseUri(), dir, DownloadListener.NONE))
        .hasMessageContaining("in the future");
  }

  @Test
  void fileName_day_matchesIngestNaming() {
    assertThat(RankingsFetcher.fileName(LocalDate.parse("2026-01-09")))
        .isEqualTo("github-ranking-2026-01-09.csv");
  }
}
