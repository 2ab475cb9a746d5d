package io.reposignal.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.ingest.gharchive.load.GhArchiveIngester;
import io.reposignal.store.Store;
import io.reposignal.testing.RealSnapshots;
import io.reposignal.testing.SharedData;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data notes of a store holding the real snapshots and one real GH Archive hour (2015-01-01
 * 12:00), years before them: the hours are counted up to the article's day, every hour not read as
 * missing, and suspicious stars are not checked on days no hour covers.
 */
final class MixedStoreArticleTest {
  private static final LocalDate DAY = LocalDate.of(2026, 2, 27);

  @TempDir Path dir;

  @Test
  void dataNotes_oneHourYearsEarlier_countsEveryOtherHourMissingAndChecksNoStar() {
    try (Store store = Store.open(RealSnapshots.copyInto(dir))) {
      new GhArchiveIngester(store, 1, Clock.systemUTC())
          .ingest(List.of(SharedData.gharchiveSample()), (outcome, done, total) -> {});

      DataNotes notes = ArticleBuilder.forStore(store).build(DAY).notes();

      long hours = 24 * (ChronoUnit.DAYS.between(LocalDate.of(2015, 1, 1), DAY) + 1);
      assertThat(notes.snapshots()).isTrue();
      assertThat(notes.sourceNote())
          .startsWith("Source: the daily top-100 star snapshots")
          .endsWith("Only repositories already in a top-100 list are seen.");
      assertThat(notes.gharchiveNote())
          .isEqualTo(
              String.format(
                  java.util.Locale.ROOT,
                  "GH Archive hours from 2015-01-01 to 2026-02-27: 1 read whole, 0 partly, %,d"
                      + " missing or unreadable (reposignal coverage lists them by day).",
                  hours - 1));
      assertThat(notes.suspiciousNote()).startsWith("Suspicious stars: not checked.");
    }
  }
}
