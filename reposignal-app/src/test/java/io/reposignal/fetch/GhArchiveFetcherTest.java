package io.reposignal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import io.reposignal.testing.LoopbackServer;
import io.reposignal.testing.LoopbackServer.Status;
import io.reposignal.testing.LoopbackServer.Truncated;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class GhArchiveFetcherTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-24T21:30:00Z"), ZoneOffset.UTC);

  private final LoopbackServer server = LoopbackServer.start();

  @TempDir Path dir;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private GhArchiveFetcher fetcher() {
    DownloadPolicy policy =
        DownloadPolicy.defaults("test")
            .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(3))
            .withBackoff(Duration.ofMillis(1), Duration.ofMillis(5));
    return new GhArchiveFetcher(
        new Downloader(policy, duration -> {}, new SplittableRandom(5)), CLOCK);
  }

  private static LocalDateTime hour(String text) {
    return LocalDateTime.parse(text + ":00");
  }

  @Test
  void fetch_hoursWithFaults_deliversEachArrivalAndMissingHourToListener() {
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      lines.append("{\"id\":\"").append(i * 7919L).append("\",\"type\":\"WatchEvent\"}\n");
    }
    byte[] events = LoopbackServer.gzip(lines.toString());
    server
        .file("/2026-11-01-9.json.gz", events)
        .file("/2026-11-01-10.json.gz", events)
        .script("/2026-11-01-9.json.gz", new Status(500))
        .script("/2026-11-01-10.json.gz", new Truncated(100));
    List<String> arrivals = Collections.synchronizedList(new ArrayList<>());
    ArrivalListener ingester =
        new ArrivalListener() {
          @Override
          public void arrived(Path file) {
            arrivals.add("arrived " + file.getFileName());
          }

          @Override
          public void missing(Download download) {
            arrivals.add("missing " + download.fileName());
          }
        };

    FetchReport report =
        fetcher()
            .fetch(
                hour("2026-11-01T09"),
                hour("2026-11-01T11"),
                server.baseUri(),
                dir,
                DownloadListener.notifying(ingester));

    assertThat(arrivals)
        .containsExactly(
            "arrived 2026-11-01-9.json.gz",
            "arrived 2026-11-01-10.json.gz",
            "missing 2026-11-01-11.json.gz");
    assertThat(report.succeeded()).isTrue();
    assertThat(server.requests("/2026-11-01-10.json.gz"))
        .extracting(LoopbackServer.Request::range)
        .containsExactly(null, "bytes=100-");
    assertThat(MissingLedger.load(dir).entries())
        .extracting(MissingLedger.Entry::file)
        .containsExactly("2026-11-01-11.json.gz");
  }

  @Test
  void fetch_currentHour_isAllowedButNextIsUsageError() {
    assertThatThrownBy(
            () ->
                fetcher()
                    .fetch(
                        hour("2026-11-24T21"),
                        hour("2026-11-24T22"),
                        server.baseUri(),
                        dir,
                        DownloadListener.NONE))
        .isInstanceOfSatisfying(
            RepoSignalException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USAGE))
        .hasMessageContaining("--to 2026-11-24T22 is in the future");
  }

  @Test
  void fetch_moreThanAYear_isUsageError() {
    assertThatThrownBy(
            () ->
                fetcher()
                    .fetch(
                        hour("2024-11-01T00"),
                        hour("2026-11-01T00"),
                        server.baseUri(),
                        dir,
                        DownloadListener.NONE))
        .hasMessageContaining("more than the 8784 (a year) allowed");
  }

  @Test
  void fileName_hour_isNotZeroPadded() {
    assertThat(GhArchiveFetcher.fileName(hour("2026-11-01T00"))).isEqualTo("2026-11-01-0.json.gz");
    assertThat(GhArchiveFetcher.fileName(hour("2026-11-01T23"))).isEqualTo("2026-11-01-23.json.gz");
  }

  @Test
  void parseHour_paddedUnpaddedAndBareDay_giveHours() {
    assertThat(GhArchiveFetcher.parseHour("2026-11-01T07", false)).isEqualTo(hour("2026-11-01T07"));
    assertThat(GhArchiveFetcher.parseHour("2026-11-01T7", true)).isEqualTo(hour("2026-11-01T07"));
    assertThat(GhArchiveFetcher.parseHour("2026-11-01", false)).isEqualTo(hour("2026-11-01T00"));
    assertThat(GhArchiveFetcher.parseHour("2026-11-01", true)).isEqualTo(hour("2026-11-01T23"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-11-01T24", "2026-13-01T00", "2026-11-01 05", "yesterday", ""})
  void parseHour_malformed_isUsageErrorShowingFormat(String text) {
    assertThatThrownBy(() -> GhArchiveFetcher.parseHour(text, false))
        .isInstanceOfSatisfying(
            RepoSignalException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USAGE))
        .hasMessageContaining("expected YYYY-MM-DDTHH");
  }
}
