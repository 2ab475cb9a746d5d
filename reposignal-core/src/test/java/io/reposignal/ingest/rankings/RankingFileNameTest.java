package io.reposignal.ingest.rankings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RankingFileNameTest {
  @ParameterizedTest
  @ValueSource(strings = {"github-ranking-2026-05-01.csv", "github-ranking-2026-05-01.csv.gz"})
  void day_snapshotName_readsDay(String name) {
    assertThat(RankingFileName.day(Path.of("/x", name))).contains(LocalDate.of(2026, 5, 1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "github-ranking-2026-02-30.csv",
        "github-ranking-2026-5-1.csv",
        "ranking-2026-05-01.csv",
        "github-ranking-2026-05-01.json",
        "SOURCE.md"
      })
  void day_otherName_isEmpty(String name) {
    assertThat(RankingFileName.day(Path.of(name))).isEmpty();
  }
}
