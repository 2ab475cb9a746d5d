package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.testing.SharedData;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ClustersCommandTest {
  private static final String DAY = "2026-06-30";

  @TempDir static Path folder;
  private static String database;

  /**
   * Ten real snapshots: the week ending 2026-06-30 (7-day gains), and 2026-05-24 and 2026-05-31 so
   * that the day 30 days earlier has a full 7-day window; 60 and 90 days earlier are before the
   * data.
   */
  @BeforeAll
  static void ingest() {
    database = folder.resolve("clusters.duckdb").toString();
    List<String> args = new ArrayList<>(List.of("--db", database, "ingest", "rankings"));
    for (String day :
        List.of(
            "2026-05-24",
            "2026-05-31",
            "2026-06-23",
            "2026-06-24",
            "2026-06-25",
            "2026-06-26",
            "2026-06-27",
            "2026-06-28",
            "2026-06-29",
            DAY)) {
      args.add(SharedData.rankings().resolve("github-ranking-" + day + ".csv.gz").toString());
    }
    CliRun ingest = CliRun.of(args.toArray(new String[0]));
    assertThat(ingest.exit()).as(ingest.err()).isZero();
  }

  @Test
  void clusters_json_printsOnlyAnArrayOfClustersWithTheDocumentedFields() throws Exception {
    CliRun run = CliRun.of("--db", database, "clusters", "--as-of", DAY, "--json");

    assertThat(run.exit()).as(run.err()).isZero();
    JsonNode clusters = new ObjectMapper().readTree(run.out());
    assertThat(clusters.isArray()).isTrue();
    assertThat(clusters.size()).isGreaterThanOrEqualTo(10);
    long previousStars = Long.MAX_VALUE;
    for (JsonNode cluster : clusters) {
      assertThat(cluster.fieldNames())
          .toIterable()
          .containsExactly(
              "label",
              "terms",
              "size",
              "size_30d_ago",
              "size_60d_ago",
              "size_90d_ago",
              "stars_7d",
              "stars_7d_30d_ago",
              "stars_7d_60d_ago",
              "stars_7d_90d_ago",
              "emerging",
              "owners",
              "languages",
              "repos");
      assertThat(cluster.get("label").asText()).isNotBlank();
      int size = cluster.get("size").asInt();
      assertThat(cluster.get("repos")).hasSize(size);
      assertThat(size).isBetween(3, 25);
      Set<String> owners = new HashSet<>();
      for (JsonNode repo : cluster.get("repos")) {
        assertThat(repo.asText()).matches("[^/\\s]+/[^/\\s]+");
        owners.add(repo.asText().split("/")[0].toLowerCase(Locale.ROOT));
      }
      assertThat(owners).hasSizeGreaterThanOrEqualTo(3).hasSameSizeAs(cluster.get("owners"));
      assertThat(cluster.get("size_30d_ago").isInt()).isTrue();
      assertThat(cluster.get("size_30d_ago").asInt()).isBetween(0, size);
      assertThat(cluster.get("size_60d_ago").isNull()).isTrue();
      assertThat(cluster.get("size_90d_ago").isNull()).isTrue();
      assertThat(cluster.get("stars_7d_60d_ago").isNull()).isTrue();
      assertThat(cluster.get("emerging").isBoolean()).isTrue();
      long stars = cluster.get("stars_7d").asLong();
      assertThat(stars).isLessThanOrEqualTo(previousStars);
      previousStars = stars;
    }
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void clusters_sameData_sameBytes() {
    CliRun first = CliRun.of("--db", database, "clusters", "--as-of", DAY, "--json");
    CliRun second = CliRun.of("--db", database, "clusters", "--as-of", DAY, "--json");

    assertThat(second.out()).isEqualTo(first.out());
  }

  @Test
  void clusters_table_saysWhichDayAndPopulation() {
    CliRun run = CliRun.of("--db", database, "clusters", "--as-of", DAY, "--top", "200");

    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Clusters of 2026-06-30 among the top 200 by signal score (")
        .contains("label", "-30d", "emerging");
  }

  @Test
  void clusters_allAndTop_isAUsageError() {
    CliRun run = CliRun.of("--db", database, "clusters", "--all", "--top", "50");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("--all and --top exclude each other");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void clusters_dayWithoutSnapshot_isNotFound() {
    CliRun run = CliRun.of("--db", database, "clusters", "--as-of", "2026-06-10", "--json");

    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).contains("no snapshot for 2026-06-10");
    assertThat(run.out()).isEmpty();
  }
}
