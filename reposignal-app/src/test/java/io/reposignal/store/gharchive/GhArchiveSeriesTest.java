package io.reposignal.store.gharchive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.ingest.gharchive.load.IngestSummary;
import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import io.reposignal.testing.SynthHours;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GhArchiveSeriesTest {
  private static final LocalDate FIRST = LocalDate.parse("2026-02-01");
  private static final LocalDate BURST_DAY = LocalDate.parse("2026-02-07");
  private static final int BURST_HOUR = 13;

  @TempDir static Path dir;
  private static Store store;
  private static JsonNode plan;

  /**
   * Three whole days of the development plan, a gap of three days, then one hour of the seventh day
   * (the hour of a planted burst), generated small.
   */
  @BeforeAll
  static void ingestSyntheticHours() throws Exception {
    Path hours = dir.resolve("hours");
    SynthHours.generate(hours, "2026-02-01T00", 72, 300, 5_000, 7, SharedData.devPlan());
    SynthHours.generate(hours, "2026-02-07T13", 1, 300, 5_000, 8, SharedData.devPlan());
    plan = new ObjectMapper().readTree(SharedData.devPlan().toFile());
    store = Store.open(dir.resolve("series.duckdb"));
    List<Path> files;
    try (Stream<Path> listing = Files.list(hours)) {
      files = listing.toList();
    }
    IngestSummary summary =
        new GhArchiveIngester(store, 2, Clock.systemUTC()).ingest(files, (o, d, t) -> {});
    assertThat(summary.failures()).isEmpty();
    assertThat(summary.files()).hasSize(73);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  /** What the plan puts on {@code day}: the day's count spread evenly over its 24 hours. */
  private static long planted(JsonNode repo, LocalDate day, int hoursFrom, int hoursTo) {
    if (!repo.has("daily")) {
      boolean burst =
          LocalDate.parse(repo.get("day").asText()).equals(day)
              && repo.get("hour").asInt() >= hoursFrom
              && repo.get("hour").asInt() < hoursTo;
      return burst ? repo.get("stars").asLong() : 0;
    }
    long index = ChronoUnit.DAYS.between(LocalDate.parse(repo.get("start").asText()), day);
    if (index < 0 || index >= repo.get("daily").size()) {
      return 0;
    }
    long total = repo.get("daily").get((int) index).asLong();
    long stars = 0;
    for (int hour = hoursFrom; hour < hoursTo; hour++) {
      stars += total / 24 + (hour < total % 24 ? 1 : 0);
    }
    return stars;
  }

  @Test
  void stars_plantedRepositories_areRecoveredDayByDay() {
    GhArchiveSeries series = new GhArchiveSeries(store.connection());
    for (JsonNode repo : plan.get("repos")) {
      String name = repo.get("name").asText();
      List<Long> expected = new ArrayList<>();
      for (LocalDate day = FIRST; day.isBefore(FIRST.plusDays(3)); day = day.plusDays(1)) {
        expected.add(planted(repo, day, 0, 24));
      }
      expected.add(null);
      expected.add(null);
      expected.add(null);
      expected.add(planted(repo, BURST_DAY, BURST_HOUR, BURST_HOUR + 1));

      List<Long> actual =
          series.stars(name, FIRST, BURST_DAY).stream()
              .map(GhArchiveSeries.StarDay::starsEvents)
              .toList();

      assertThat(actual).as(name).isEqualTo(expected);
    }
  }

  @Test
  void stars_nameInAnyCase_findsTheSameRepository() {
    GhArchiveSeries series = new GhArchiveSeries(store.connection());
    String name = plan.get("repos").get(1).get("name").asText();

    assertThat(series.stars(name.toUpperCase(Locale.ROOT), FIRST, FIRST.plusDays(2)))
        .isEqualTo(series.stars(name, FIRST, FIRST.plusDays(2)));
    assertThat(series.repoId(name.toUpperCase(Locale.ROOT))).isEqualTo(series.repoId(name));
    assertThat(series.repoId(name)).isPresent();
  }

  @Test
  void stars_unknownRepository_isZeroOnCoveredDaysAndNullElsewhere() {
    GhArchiveSeries series = new GhArchiveSeries(store.connection());

    List<Long> stars =
        series
            .stars("nobody/nothing", LocalDate.parse("2026-02-03"), LocalDate.parse("2026-02-04"))
            .stream()
            .map(GhArchiveSeries.StarDay::starsEvents)
            .toList();

    assertThat(stars).containsExactly(0L, null);
  }

  @Test
  void coverage_reportsWholeDaysGapsAndASingleHour() {
    GhArchiveSeries series = new GhArchiveSeries(store.connection());

    List<GhArchiveSeries.DayCoverage> days = series.coverage(FIRST, BURST_DAY.plusDays(1));

    assertThat(days)
        .extracting(d -> d.day() + " " + d.hoursOk() + " " + d.hoursMissing())
        .containsExactly(
            "2026-02-01 24 0",
            "2026-02-02 24 0",
            "2026-02-03 24 0",
            "2026-02-04 0 24",
            "2026-02-05 0 24",
            "2026-02-06 0 24",
            "2026-02-07 1 23",
            "2026-02-08 0 24");
  }

  @Test
  void stars_renamedRepository_hasOneSeriesUnderEveryName(@TempDir Path other) throws IOException {
    String line =
        "{\"id\":\"%d\",\"type\":\"WatchEvent\",\"actor\":{\"id\":%d,\"login\":\"u\"},"
            + "\"repo\":{\"id\":55,\"name\":\"%s\"},\"payload\":{},\"public\":true,"
            + "\"created_at\":\"%s\"}\n";
    Path before = other.resolve("2026-03-01-23.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(before))) {
      out.write(
          String.format(Locale.ROOT, line, 1, 1, "old-owner/tool", "2026-03-01T23:10:00Z")
              .getBytes(StandardCharsets.UTF_8));
    }
    Path after = other.resolve("2026-03-02-0.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(after))) {
      out.write(
          String.format(Locale.ROOT, line, 2, 2, "new-owner/Tool", "2026-03-02T00:00:10Z")
              .getBytes(StandardCharsets.UTF_8));
    }
    List<Path> file = List.of(before, after);
    try (Store renamed = Store.open(other.resolve("renamed.duckdb"))) {
      new GhArchiveIngester(renamed, 1, Clock.systemUTC()).ingest(file, (o, d, t) -> {});
      GhArchiveSeries series = new GhArchiveSeries(renamed.connection());

      assertThat(series.names(55)).containsExactly("old-owner/tool", "new-owner/Tool");
      assertThat(
              series.stars(
                  "OLD-OWNER/tool", LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-02")))
          .extracting(GhArchiveSeries.StarDay::starsEvents)
          .containsExactly(1L, 1L);
      assertThat(series.repoId("new-owner/tool")).hasValue(55);
    }
  }
}
