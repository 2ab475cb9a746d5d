package io.reposignal.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SnapshotCandidatesTest {
  @TempDir Path folder;

  private List<Candidate> candidates(List<Snapshots.Seed> seeds) throws Exception {
    Path database = folder.resolve("test.duckdb");
    Snapshots.seed(database, seeds);
    try (Store store = Store.open(database)) {
      return new SnapshotCandidates().candidates(store.connection());
    }
  }

  @Test
  void candidates_rankedByStarsGainedInTheLastSevenDaysThenByStars() throws Exception {
    List<Candidate> candidates =
        candidates(
            List.of(
                new Snapshots.Seed(1, "octo/early-burst", 90_000, 0, 10_000),
                new Snapshots.Seed(2, "octo/small", 500, 5, 0),
                new Snapshots.Seed(3, "octo/big", 80_000, 5, 0),
                new Snapshots.Seed(4, "octo/rising", 1_000, 20, 0)));

    assertThat(candidates)
        .extracting(candidate -> candidate.name().fullName())
        .containsExactly("octo/rising", "octo/big", "octo/small", "octo/early-burst");
    assertThat(candidates.get(0).reason())
        .isEqualTo("snapshots: +140 stars in 7 days, 1000 in all");
  }

  @Test
  void candidates_invalidNames_areLeftOut() throws Exception {
    List<Candidate> candidates =
        candidates(
            List.of(
                new Snapshots.Seed(1, "not a name", 10, 1),
                new Snapshots.Seed(2, "octo/fine", 10, 1)));

    assertThat(candidates).extracting(c -> c.name().fullName()).containsExactly("octo/fine");
  }

  @Test
  void candidates_noSnapshots_isEmpty() throws Exception {
    assertThat(candidates(List.of())).isEmpty();
  }
}
