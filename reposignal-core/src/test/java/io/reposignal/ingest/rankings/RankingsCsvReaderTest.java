package io.reposignal.ingest.rankings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class RankingsCsvReaderTest {
  private static final String HEADER =
      "rank,item,repo_name,stars,forks,language,repo_url,username,issues,last_commit,description\n";

  @TempDir Path dir;

  private static Path sharedRankings() {
    String shared = System.getProperty("reposignal.shared");
    Path folder = Path.of(shared == null ? "../../shared" : shared, "data", "github-ranking");
    if (!Files.isDirectory(folder)) {
      throw new IllegalStateException("the shared snapshots are missing at " + folder);
    }
    return folder;
  }

  @Test
  void read_realSnapshot_keepsEveryRowOfTheDay() {
    RankingsFile file =
        RankingsCsvReader.read(sharedRankings().resolve("github-ranking-2026-02-27.csv.gz"));

    assertThat(file.day()).isEqualTo(LocalDate.of(2026, 2, 27));
    assertThat(file.rows()).hasSize(3600);
    assertThat(file.rejections()).isEmpty();
    assertThat(file.rows()).extracting(RankingRow::list).contains("top-100-stars", "Rust");
    assertThat(file.rows().get(0).line()).isEqualTo(2);
  }

  @Test
  void read_quotedDescriptionWithCommasAndNewlines_keepsItAsData() throws IOException {
    Path file =
        write(
            "github-ranking-2026-01-02.csv",
            HEADER
                + "1,Rust,tool,10,2,Rust,https://github.com/a/tool,a,0,2026-01-01T00:00:00Z,"
                + "\"<script>alert(1)</script>, \"\"quoted\"\"\nsecond line\"\n"
                + "2,Rust,other,5,1,Rust,https://github.com/b/other,b,0,,plain\n");

    RankingsFile parsed = RankingsCsvReader.read(file);

    assertThat(parsed.rows()).hasSize(2);
    assertThat(parsed.rows().get(0).description())
        .isEqualTo("<script>alert(1)</script>, \"quoted\"\nsecond line");
    assertThat(parsed.rows().get(1).line()).isEqualTo(4);
    assertThat(parsed.rows().get(1).lastCommit()).isNull();
  }

  @Test
  void read_nonNumericStarCount_rejectsThatRowWithItsLine() throws IOException {
    Path file =
        write(
            "github-ranking-2026-01-02.csv",
            HEADER
                + "1,Rust,tool,10,2,Rust,https://github.com/a/tool,a,0,,ok\n"
                + "2,Rust,bad,12k,2,Rust,https://github.com/a/bad,a,0,,bad\n"
                + "3,Rust,last,3,2,Rust,https://github.com/a/last,a,0,,ok\n");

    RankingsFile parsed = RankingsCsvReader.read(file);

    assertThat(parsed.rows()).extracting(RankingRow::fullName).containsExactly("a/tool", "a/last");
    assertThat(parsed.rejections()).hasSize(1);
    assertThat(parsed.rejections().get(0).line()).isEqualTo(3);
    assertThat(parsed.rejections().get(0).reason()).contains("stars", "12k");
  }

  @Test
  void read_notAGithubUrl_rejectsThatRow() throws IOException {
    Path file =
        write(
            "github-ranking-2026-01-02.csv",
            HEADER + "1,Rust,tool,10,2,Rust,https://example.com/a/tool,a,0,,x\n");

    RankingsFile parsed = RankingsCsvReader.read(file);

    assertThat(parsed.rows()).isEmpty();
    assertThat(parsed.rejections().get(0).reason()).contains("repo_url");
  }

  @Test
  void read_missingColumn_rejectsFileNamingTheColumn() throws IOException {
    Path file =
        write(
            "github-ranking-2026-01-02.csv",
            "rank,item,repo_name,forks,language,repo_url,username,issues,last_commit,description\n"
                + "1,Rust,tool,2,Rust,https://github.com/a/tool,a,0,,x\n");

    assertBadInput(file, "line 1", "missing column stars");
  }

  @Test
  void read_emptyFile_rejectsFile() throws IOException {
    Path file = write("github-ranking-2026-01-02.csv", "");

    assertBadInput(file, "empty file");
  }

  @Test
  void read_headerOnly_rejectsFile() throws IOException {
    Path file = write("github-ranking-2026-01-02.csv", HEADER);

    assertBadInput(file, "no rows");
  }

  @Test
  void read_jsonInsteadOfCsv_rejectsFileAsNotCsv() throws IOException {
    Path file = write("github-ranking-2026-01-02.csv", "{\"items\": [1, 2, 3]}\n");

    assertBadInput(file, "not a Github-Ranking CSV");
  }

  @Test
  void read_binaryGarbage_rejectsFile() throws IOException {
    Path file = dir.resolve("github-ranking-2026-01-02.csv");
    byte[] garbage = new byte[512];
    for (int i = 0; i < garbage.length; i++) {
      garbage[i] = (byte) (i * 37 + 128);
    }
    Files.write(file, garbage);

    assertThatThrownBy(() -> RankingsCsvReader.read(file))
        .isInstanceOf(RepoSignalException.class)
        .hasMessageContaining(file.toString());
  }

  @Test
  void read_truncatedGzip_rejectsWholeFileSayingItIsCutOff() throws IOException {
    byte[] whole = Files.readAllBytes(sharedRankings().resolve("github-ranking-2026-02-27.csv.gz"));
    Path file = dir.resolve("github-ranking-2026-02-27.csv.gz");
    Files.write(file, Arrays.copyOf(whole, whole.length / 2));

    assertBadInput(file, "cut off or corrupt", "none of it was ingested");
  }

  @Test
  void read_gzipRegardlessOfName_inflatesByMagicNumber() throws IOException {
    Path file = dir.resolve("github-ranking-2026-01-02.csv");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write(
          (HEADER + "1,Go,x,7,1,Go,https://github.com/o/x,o,0,,d\n")
              .getBytes(StandardCharsets.UTF_8));
    }

    assertThat(RankingsCsvReader.read(file).rows()).hasSize(1);
  }

  @Test
  void read_nameWithoutDay_rejectsWithExpectedPattern() throws IOException {
    Path file = write("rankings.csv", HEADER);

    assertBadInput(file, "github-ranking-YYYY-MM-DD.csv");
  }

  private void assertBadInput(Path file, String... fragments) {
    assertThatThrownBy(() -> RankingsCsvReader.read(file))
        .isInstanceOfSatisfying(
            RepoSignalException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT))
        .hasMessageContaining(file.toString())
        .hasMessageContainingAll(fragments);
  }

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }
}
