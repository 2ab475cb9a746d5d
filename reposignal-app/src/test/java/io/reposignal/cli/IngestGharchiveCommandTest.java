package io.reposignal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.reposignal.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class IngestGharchiveCommandTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @BeforeEach
  void capture() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  private int run(String... args) {
    out.reset();
    err.reset();
    return Main.execute(args);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void ingestGharchive_realHourWithJson_printsOnlyJsonAndExitsZero() throws Exception {
    String db = dir.resolve("s.duckdb").toString();

    int code =
        run("--db", db, "ingest", "gharchive", "--json", SharedData.gharchiveSample().toString());

    assertThat(code).isZero();
    JsonNode summary = new ObjectMapper().readTree(stdout());
    assertThat(summary.get("events").asLong()).isEqualTo(8_273);
    assertThat(summary.get("files").get(0).get("status").asText()).isEqualTo("ok");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("[1/1] 2015-01-01-12.json.gz ok");
  }

  @Test
  void ingestGharchive_again_saysAlreadyIngestedAndCountsNothing() throws Exception {
    String db = dir.resolve("s.duckdb").toString();
    String folder = SharedData.gharchiveSample().getParent().toString();
    run("--db", db, "ingest", "gharchive", folder);

    int code = run("--db", db, "ingest", "gharchive", folder);

    assertThat(code).isZero();
    assertThat(stdout()).contains("Ingested 0 events").contains("1 already ingested");
  }

  @Test
  void ingestGharchive_partialAndRejectedFiles_exitOneAndNameEachProblem() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    byte[] sample = Files.readAllBytes(SharedData.gharchiveSample());
    Files.write(
        in.resolve("2015-01-01-12.json.gz"), java.util.Arrays.copyOf(sample, sample.length / 2));
    Files.writeString(in.resolve("2015-01-01-13.json.gz"), "<html>rate limited</html>");

    int code =
        run("--db", dir.resolve("s.duckdb").toString(), "ingest", "gharchive", in.toString());

    assertThat(code).isEqualTo(1);
    assertThat(stdout())
        .contains("1 partial, 1 corrupt")
        .contains("Problems:")
        .contains("2015-01-01-12.json.gz: unexpected end of the gzip stream")
        .contains("2015-01-01-13.json.gz is neither gzip nor GH Archive JSON");
  }

  @Test
  void ingestGharchive_pathWithNoFiles_exitsOneWithAClearMessage() {
    int code =
        run(
            "--db",
            dir.resolve("s.duckdb").toString(),
            "ingest",
            "gharchive",
            dir.resolve("nothing").toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("no GH Archive hour files");
  }

  @Test
  void ingestGharchive_glob_findsMatchingFiles() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.copy(SharedData.gharchiveSample(), in.resolve("2015-01-01-12.json.gz"));
    Files.writeString(in.resolve("notes.txt"), "not an hour");

    int code =
        run(
            "--db",
            dir.resolve("s.duckdb").toString(),
            "ingest",
            "gharchive",
            "--json",
            in + "/2015-*.json.gz");

    assertThat(code).isZero();
    assertThat(new ObjectMapper().readTree(stdout()).get("files")).hasSize(1);
  }
}
