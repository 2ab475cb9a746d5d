package io.reposignal.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class MissingLedgerTest {
  private static final Instant FIRST = Instant.parse("2026-05-03T00:00:00Z");
  private static final Instant LATER = Instant.parse("2026-05-04T00:00:00Z");

  @TempDir Path dir;

  private Download download(String name) {
    return new Download(URI.create("https://example.org/Data/" + name), dir.resolve(name));
  }

  @Test
  void recordMissing_twice_keepsFirstMissingAndUpdatesLastChecked() {
    MissingLedger.load(dir).recordMissing(download("b.csv"), FIRST);
    MissingLedger.load(dir).recordMissing(download("b.csv"), LATER);

    assertThat(MissingLedger.load(dir).entry("b.csv"))
        .contains(new MissingLedger.Entry("b.csv", "https://example.org/Data/b.csv", FIRST, LATER));
  }

  @Test
  void entries_severalFiles_sortedByName() {
    MissingLedger ledger = MissingLedger.load(dir);
    ledger.recordMissing(download("c.csv"), FIRST);
    ledger.recordMissing(download("a.csv"), FIRST);

    assertThat(MissingLedger.load(dir).entries())
        .extracting(MissingLedger.Entry::file)
        .containsExactly("a.csv", "c.csv");
  }

  @Test
  void recordPresent_listedFile_removesIt() {
    MissingLedger.load(dir).recordMissing(download("a.csv"), FIRST);

    MissingLedger.load(dir).recordPresent("a.csv");

    assertThat(MissingLedger.load(dir).entries()).isEmpty();
  }

  @Test
  void save_anyChange_writesReadableJsonWithUtcTimes() throws IOException {
    MissingLedger.load(dir).recordMissing(download("a.csv"), FIRST);

    assertThat(Files.readString(dir.resolve(MissingLedger.FILE_NAME)))
        .contains("\"first_missing\" : \"2026-05-03T00:00:00Z\"")
        .contains("\"file\" : \"a.csv\"");
    assertThat(dir.resolve(MissingLedger.FILE_NAME + ".tmp")).doesNotExist();
  }

  @Test
  void load_corruptFile_isBadInputNamingFileAndFix() throws IOException {
    Files.writeString(dir.resolve(MissingLedger.FILE_NAME), "{not json");

    assertThatThrownBy(() -> MissingLedger.load(dir))
        .isInstanceOfSatisfying(
            RepoSignalException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.BAD_INPUT))
        .hasMessageContaining(MissingLedger.FILE_NAME)
        .hasMessageContaining("delete it");
  }
}
