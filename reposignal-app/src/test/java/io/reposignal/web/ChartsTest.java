package io.reposignal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.reposignal.history.RepoHistory;
import io.reposignal.suspicious.SuspiciousRepoDay;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ChartsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 2, 10);

  private static RepoHistory.Day estimated(LocalDate day, int gained) {
    return new RepoHistory.Day(
        day, null, gained, (long) gained, RepoHistory.GHARCHIVE_ESTIMATE, false, null);
  }

  private static SuspiciousRepoDay flagged(LocalDate day, int stars, int suspicious) {
    return new SuspiciousRepoDay(
        "shady/boost",
        day,
        stars,
        suspicious,
        suspicious / (double) stars,
        List.of("burst"),
        List.of("fresh-1"));
  }

  private static JsonNode history(List<RepoHistory.Day> series, List<SuspiciousRepoDay> days)
      throws Exception {
    return SafeJson.mapper().readTree(Charts.history(series, days));
  }

  @Test
  void history_dayOfABoughtBurst_splitsTheGainIntoTrustedAndSuspicious() throws Exception {
    JsonNode chart =
        history(
            List.of(estimated(DAY.minusDays(1), 40), estimated(DAY, 640)),
            List.of(flagged(DAY, 640, 600)));

    assertThat(chart.get("gained_observed").toString()).isEqualTo("[40,40]");
    assertThat(chart.get("gained_suspicious").toString()).isEqualTo("[null,600]");
  }

  @Test
  void history_snapshotGain_takesOffTheSuspiciousStarsAsTheyAre() throws Exception {
    RepoHistory.Day snapshot = new RepoHistory.Day(DAY, 5_000, 101, 20L, "snapshot", false, null);

    JsonNode chart = history(List.of(snapshot), List.of(flagged(DAY, 20, 10)));

    assertThat(chart.get("gained_observed").toString()).isEqualTo("[91]");
    assertThat(chart.get("gained_suspicious").toString()).isEqualTo("[10]");
  }

  @Test
  void history_gainEstimatedFromSampledEvents_takesOffTheSameShareOfIt() throws Exception {
    // 25 star events at a capture rate of 0.25 estimate a gain of 100; 10 of the events are
    // suspicious, so 40 of the estimate are
    RepoHistory.Day sampled =
        new RepoHistory.Day(DAY, null, 100, 25L, RepoHistory.GHARCHIVE_ESTIMATE, false, null);

    JsonNode chart = history(List.of(sampled), List.of(flagged(DAY, 25, 10)));

    assertThat(chart.get("gained_observed").toString()).isEqualTo("[60]");
    assertThat(chart.get("gained_suspicious").toString()).isEqualTo("[40]");
  }

  @Test
  void history_dayWithoutData_staysEmpty() throws Exception {
    RepoHistory.Day none = new RepoHistory.Day(DAY, null, null, null, null, false, null);

    JsonNode chart = history(List.of(none), List.of());

    assertThat(chart.get("gained_observed").toString()).isEqualTo("[null]");
    assertThat(chart.get("no_data").toString()).isEqualTo("[[\"2026-02-10\",\"2026-02-10\"]]");
  }

  @Test
  void history_suspiciousUnknown_gainsAsTheyAre() throws Exception {
    JsonNode chart = history(List.of(estimated(DAY, 12)), null);

    assertThat(chart.get("gained_observed").toString()).isEqualTo("[12]");
    assertThat(chart.get("gained_suspicious").toString()).isEqualTo("[null]");
  }
}
