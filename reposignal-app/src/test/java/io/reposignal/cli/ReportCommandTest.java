package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.testing.RealSnapshots;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class ReportCommandTest {
  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine line = Main.commandLine();
    line.setErr(new PrintWriter(err, true));
    line.setOut(new PrintWriter(new StringWriter(), true));
    return line.execute(args);
  }

  @Test
  void report_observedDay_writesTheArticleAndSaysWhere() {
    Path out = dir.resolve("articles");

    int code =
        run(
            "--db",
            RealSnapshots.database().toString(),
            "report",
            "--as-of",
            "2026-03-10",
            "--out",
            out.toString());

    assertThat(code).isZero();
    assertThat(out.resolve("2026-03-10.md")).isRegularFile();
    assertThat(out.resolve("2026-03-10.html")).isRegularFile();
    assertThat(out.resolve("index.html")).isRegularFile();
    assertThat(err.toString()).contains("wrote the article of 2026-03-10", out.toString());
  }

  @Test
  void report_missingDay_failsWithNotFoundAndWritesNothing() {
    Path out = dir.resolve("articles");

    int code =
        run(
            "--db",
            RealSnapshots.database().toString(),
            "report",
            "--as-of",
            "2026-05-02",
            "--out",
            out.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).contains("no snapshot for 2026-05-02");
    assertThat(out).doesNotExist();
  }

  @Test
  void report_withoutOut_isAUsageError() {
    assertThat(run("report", "--as-of", "2026-03-10")).isEqualTo(2);
    assertThat(err.toString()).contains("--out");
  }
}
