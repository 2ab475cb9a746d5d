package io.reposignal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class ReportArchiveTest {
  @TempDir Path dir;

  @Test
  void list_reportFiles_newestFirstWithMarkdownWhenPresent() throws Exception {
    Files.writeString(dir.resolve("2026-06-29.html"), "<html></html>");
    Files.writeString(dir.resolve("2026-06-30.html"), "<html></html>");
    Files.writeString(dir.resolve("2026-06-30.md"), "# report");
    Files.writeString(dir.resolve("index.html"), "<html></html>");
    Files.writeString(dir.resolve("2026-13-45.html"), "not a day");
    Files.writeString(dir.resolve("notes.txt"), "other");

    var reports = new ReportArchive(dir).list();

    assertThat(reports)
        .extracting(Views.Report::day)
        .containsExactly(LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 29));
    assertThat(reports.get(0).markdown()).isEqualTo("/reports/2026-06-30.md");
    assertThat(reports.get(1).markdown()).isNull();
  }

  @Test
  void list_missingFolder_isEmpty() {
    assertThat(new ReportArchive(dir.resolve("absent")).list()).isEmpty();
  }

  @Test
  void file_namesOutsideTheReportPattern_areNeverResolved() throws Exception {
    Files.writeString(dir.resolve("2026-06-30.html"), "<html></html>");
    Files.writeString(dir.resolve("secret.txt"), "secret");
    ReportArchive archive = new ReportArchive(dir);

    assertThat(archive.file("2026-06-30.html")).isPresent();
    assertThat(archive.file("secret.txt")).isEmpty();
    assertThat(archive.file("../secret.txt")).isEmpty();
    assertThat(archive.file("2026-06-30.html/../../etc/passwd")).isEmpty();
    assertThat(archive.file("2026-06-01.html")).isEmpty();
  }
}
