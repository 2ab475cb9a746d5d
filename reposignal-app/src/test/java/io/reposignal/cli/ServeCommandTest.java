package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

final class ServeCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine line = Main.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    int code = line.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void help_describesTheOptions() {
    Run run = run("serve", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out()).contains("--port", "--host", "--reports", "--watch", "read-only");
  }

  @Test
  void serve_portOutOfRange_isAUsageError() {
    Run run = run("--db", dir.resolve("db.duckdb").toString(), "serve", "--port", "70000");

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--port");
  }

  @Test
  void serve_watchFolderMissing_isAUsageError() {
    Run run =
        run(
            "--db",
            dir.resolve("db.duckdb").toString(),
            "serve",
            "--watch",
            dir.resolve("absent").toString());

    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--watch");
  }

  @Test
  void serve_noDatabaseYet_saysHowToMakeOne() {
    Run run = run("--db", dir.resolve("absent.duckdb").toString(), "serve", "--port", "0");

    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("reposignal demo");
  }
}
