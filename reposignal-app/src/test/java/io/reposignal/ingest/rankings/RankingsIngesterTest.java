package io.reposignal.ingest.rankings;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RankingsIngesterTest {
  private static final String HEADER =
      "rank,item,repo_name,stars,forks,language,repo_url,username,issues,last_commit,description\n";

  @TempDir Path dir;

  private Path input() throws IOException {
    Path input = Files.createDirectories(dir.resolve("in"));
    for (String day : List.of("2026-01-27", "2026-01-28", "2026-01-29")) {
      String name = "github-ranking-" + day + ".csv.gz";
      Files.copy(SharedData.rankings().resolve(name), input.resolve(name));
    }
    return input;
  }

  private Store store() {
    return Store.open(dir.resolve("db.duckdb"));
  }

  @Test
  void ingest_threeDays_keepsEveryRowAndRecordsEachFile() throws Exception {
    Path input = input();
    try (Store store = store()) {
      RankingsIngester.Report report = ingest(store, input);

      assertThat(report.count(FileOutcome.Status.INGESTED)).isEqualTo(3);
      assertThat(report.hasProblems()).isFalse();
      assertThat(count(store, "SELECT count(*) FROM rank_row")).isEqualTo(3 * 3600);
      assertThat(count(store, "SELECT count(*) FROM rank_file WHERE outcome = 'ok'")).isEqualTo(3);
      assertThat(count(store, "SELECT count(DISTINCT day) FROM snap_day")).isEqualTo(3);
    }
  }

  @Test
  void ingest_again_isANoOpThatRebuildsNothing() throws Exception {
    Path input = input();
    try (Store store = store()) {
      ingest(store, input);
      String before = dump(store);

      RankingsIngester.Report again = ingest(store, input);

      assertThat(again.count(FileOutcome.Status.UNCHANGED)).isEqualTo(3);
      assertThat(again.rebuilt()).isFalse();
      assertThat(dump(store)).isEqualTo(before);
    }
  }

  @Test
  void ingest_badFilesAmongGoodOnes_reportsEachAndKeepsTheRest() throws Exception {
    Path input = input();
    byte[] real =
        Files.readAllBytes(SharedData.rankings().resolve("github-ranking-2026-02-27.csv.gz"));
    Files.write(
        input.resolve("github-ranking-2026-02-27.csv.gz"), Arrays.copyOf(real, real.length / 3));
    write(input, "github-ranking-2026-03-01.csv", "rank,item,stars\n1,Rust,3\n");
    write(
        input,
        "github-ranking-2026-03-02.csv",
        HEADER
            + "1,Rust,ok,10,1,Rust,https://github.com/o/ok,o,0,,fine\n"
            + "2,Rust,bad,many,1,Rust,https://github.com/o/bad,o,0,,nope\n");
    write(input, "github-ranking-2026-03-03.csv", "");
    write(input, "github-ranking-2026-03-04.csv", "<html><body>404</body></html>\n");

    try (Store store = store()) {
      RankingsIngester.Report report = ingest(store, input);

      assertThat(report.hasProblems()).isTrue();
      assertThat(report.count(FileOutcome.Status.INGESTED)).isEqualTo(3);
      assertThat(report.count(FileOutcome.Status.PARTIAL)).isEqualTo(1);
      assertThat(report.count(FileOutcome.Status.REJECTED)).isEqualTo(4);
      assertThat(problems(report, "2026-02-27")).anyMatch(p -> p.contains("cut off or corrupt"));
      assertThat(problems(report, "2026-03-01")).anyMatch(p -> p.contains("missing columns"));
      assertThat(problems(report, "2026-03-02"))
          .anyMatch(p -> p.contains("line 3") && p.contains("stars is not a whole number"));
      assertThat(problems(report, "2026-03-03")).anyMatch(p -> p.contains("empty file"));
      assertThat(problems(report, "2026-03-04")).anyMatch(p -> p.contains("not a Github-Ranking"));
      assertThat(count(store, "SELECT count(*) FROM rank_row")).isEqualTo(3 * 3600 + 1);
      assertThat(count(store, "SELECT count(*) FROM rank_file")).isEqualTo(4);
    }
  }

  @Test
  void ingest_changedFileWithSameName_isReportedNotMixedIn() throws Exception {
    Path input = input();
    try (Store store = store()) {
      ingest(store, input);
      Path changed = input.resolve("github-ranking-2026-01-28.csv.gz");
      Files.copy(
          SharedData.rankings().resolve("github-ranking-2026-01-30.csv.gz"),
          changed,
          java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      String before = dump(store);

      RankingsIngester.Report report = ingest(store, input);

      assertThat(report.count(FileOutcome.Status.CONFLICT)).isOne();
      assertThat(problems(report, "2026-01-28"))
          .anyMatch(p -> p.contains("changed since it was ingested") && p.contains("--replace"));
      assertThat(dump(store)).isEqualTo(before);

      RankingsIngester.Report replaced =
          new RankingsIngester(store, new RankingsIngester.Listener() {})
              .ingest(List.of(input), true);

      assertThat(replaced.count(FileOutcome.Status.INGESTED)).isOne();
      assertThat(replaced.rebuilt()).isTrue();
    }
  }

  @Test
  void ingest_secondFileForADay_isAConflict() throws Exception {
    Path input = input();
    try (Store store = store()) {
      ingest(store, input);
      Path other = Files.createDirectories(dir.resolve("other"));
      Files.write(
          other.resolve("github-ranking-2026-01-28.csv"),
          new java.util.zip.GZIPInputStream(
                  Files.newInputStream(input.resolve("github-ranking-2026-01-28.csv.gz")))
              .readAllBytes());

      RankingsIngester.Report report = ingest(store, other);

      assertThat(report.count(FileOutcome.Status.CONFLICT)).isOne();
      assertThat(report.files().get(0).problems().get(0)).contains("already held from");
    }
  }

  @Test
  void ingest_missingPathAndForeignName_areRejectedByName() throws Exception {
    Path foreign = write(dir, "rankings.csv", HEADER);
    try (Store store = store()) {
      RankingsIngester.Report report =
          new RankingsIngester(store, new RankingsIngester.Listener() {})
              .ingest(List.of(dir.resolve("nope"), foreign), false);

      assertThat(report.count(FileOutcome.Status.REJECTED)).isEqualTo(2);
      assertThat(report.files())
          .flatExtracting(FileOutcome::problems)
          .anyMatch(p -> p.contains("no such file"))
          .anyMatch(p -> p.contains("not a snapshot file name"));
    }
  }

  private static RankingsIngester.Report ingest(Store store, Path input) {
    return new RankingsIngester(store, new RankingsIngester.Listener() {})
        .ingest(List.of(input), false);
  }

  private static List<String> problems(RankingsIngester.Report report, String day) {
    return report.files().stream()
        .filter(f -> f.file().getFileName().toString().contains(day))
        .flatMap(f -> f.problems().stream())
        .toList();
  }

  private static Path write(Path folder, String name, String content) throws IOException {
    Path file = folder.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  static long count(Store store, String sql) throws SQLException {
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Every table of the snapshot layer, as text, in a deterministic order. */
  static String dump(Store store) throws SQLException {
    StringBuilder text = new StringBuilder();
    for (String query :
        List.of(
            "SELECT * EXCLUDE (ingested_at) FROM rank_file ORDER BY ALL",
            "SELECT * FROM rank_row ORDER BY ALL",
            "SELECT * FROM snap_repo ORDER BY ALL",
            "SELECT * FROM snap_alias ORDER BY ALL",
            "SELECT * FROM snap_day ORDER BY ALL",
            "SELECT * FROM snap_calendar ORDER BY ALL",
            "SELECT * FROM data_event ORDER BY ALL")) {
      try (Statement statement = store.connection().createStatement();
          ResultSet rows = statement.executeQuery(query)) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          for (int c = 1; c <= columns; c++) {
            text.append(rows.getString(c)).append('|');
          }
          text.append('\n');
        }
      }
      text.append("--\n");
    }
    return text.toString();
  }
}
