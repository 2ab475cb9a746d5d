package io.reposignal.ingest.gharchive.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.store.Store;
import io.reposignal.testing.GhaTables;
import io.reposignal.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class GhArchiveIngesterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  static String star(long id, long actor, long repo, String name, String time) {
    return String.format(
        Locale.ROOT,
        "{\"id\":\"%d\",\"type\":\"WatchEvent\",\"actor\":{\"id\":%d,\"login\":\"u%d\"},"
            + "\"repo\":{\"id\":%d,\"name\":\"%s\"},\"payload\":{\"action\":\"started\"},"
            + "\"public\":true,\"created_at\":\"%s\"}",
        id,
        actor,
        actor,
        repo,
        name,
        time);
  }

  static Path gzipFile(Path folder, String name, List<String> lines) throws IOException {
    Files.createDirectories(folder);
    Path file = folder.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  private IngestSummary ingest(Path db, List<Path> files) {
    try (Store store = Store.open(db)) {
      return new GhArchiveIngester(store, 2, CLOCK).ingest(files, (o, d, t) -> {});
    }
  }

  private static <T> T query(Path db, SqlRead<T> read) throws Exception {
    try (Store store = Store.open(db)) {
      return read.run(store);
    }
  }

  interface SqlRead<T> {
    T run(Store store) throws Exception;
  }

  @Test
  void ingest_realHour_storesExactTypeCountsAndEveryStar() throws Exception {
    Path db = dir.resolve("s.duckdb");

    IngestSummary summary = ingest(db, List.of(SharedData.gharchiveSample()));

    assertThat(summary.events()).isEqualTo(8_273);
    assertThat(summary.failures()).isEmpty();
    query(
        db,
        store -> {
          var c = store.connection();
          assertThat(GhaTables.rows(c, "SELECT event_type, events FROM gha_file_type"))
              .contains("WatchEvent|994", "PushEvent|4284", "PullRequestEvent|367");
          assertThat(GhaTables.count(c, "SELECT count(*) FROM gha_star")).isEqualTo(994);
          assertThat(GhaTables.count(c, "SELECT sum(stars) FROM gha_repo_day")).isEqualTo(994);
          assertThat(GhaTables.count(c, "SELECT sum(len(keys)) FROM gha_file_keys"))
              .isEqualTo(8_273);
          assertThat(GhaTables.rows(c, "SELECT status, events FROM gha_hour"))
              .containsExactly("ok|8273");
          return null;
        });
  }

  @Test
  void ingest_sameFilesAgain_isANoOp() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path a =
        gzipFile(
            dir.resolve("in"),
            "2026-02-01-10.json.gz",
            List.of(star(1, 10, 100, "a/b", "2026-02-01T10:00:00Z")));
    ingest(db, List.of(a, SharedData.gharchiveSample()));
    var before = query(db, store -> GhaTables.snapshot(store.connection()));

    IngestSummary again = ingest(db, List.of(a, SharedData.gharchiveSample()));

    assertThat(again.alreadyIngested()).isEqualTo(2);
    assertThat(again.events()).isZero();
    Map<String, List<String>> after = query(db, store -> GhaTables.snapshot(store.connection()));
    assertThat(after).isEqualTo(before);
  }

  @Test
  void ingest_duplicateIdsAcrossFiles_countEachEventOnce() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path in = dir.resolve("in");
    Path first =
        gzipFile(
            in,
            "2026-02-01-10.json.gz",
            List.of(
                star(1, 10, 100, "a/b", "2026-02-01T10:00:00Z"),
                star(2, 11, 100, "a/b", "2026-02-01T10:10:00Z"),
                star(2, 11, 100, "a/b", "2026-02-01T10:10:00Z"),
                star(3, 12, 100, "a/b", "2026-02-01T10:20:00Z")));
    // the next hour repeats event 3 (already stored) and adds event 4, same repo and day
    Path second =
        gzipFile(
            in,
            "2026-02-01-11.json.gz",
            List.of(
                star(3, 12, 100, "a/b", "2026-02-01T10:20:00Z"),
                star(4, 13, 100, "a/b", "2026-02-01T11:00:00Z")));

    IngestSummary summary = ingest(db, List.of(second, first));

    assertThat(summary.files())
        .extracting(f -> f.file().getFileName().toString())
        .containsExactly("2026-02-01-10.json.gz", "2026-02-01-11.json.gz");
    assertThat(summary.files()).extracting(FileOutcome::events).containsExactly(3L, 1L);
    assertThat(summary.files()).extracting(FileOutcome::duplicates).containsExactly(1L, 0L);
    assertThat(summary.files()).extracting(FileOutcome::alreadyStored).containsExactly(0L, 1L);
    query(
        db,
        store -> {
          var c = store.connection();
          assertThat(GhaTables.rows(c, "SELECT stars, distinct_actors FROM gha_repo_day"))
              .containsExactly("4|4");
          assertThat(GhaTables.count(c, "SELECT count(*) FROM gha_star")).isEqualTo(4);
          assertThat(GhaTables.count(c, "SELECT sum(len(keys)) FROM gha_file_keys")).isEqualTo(4);
          assertThat(GhaTables.rows(c, "SELECT file_name, events, already_stored FROM gha_file"))
              .containsExactly("2026-02-01-10.json.gz|3|0", "2026-02-01-11.json.gz|1|1");
          assertThat(GhaTables.rows(c, "SELECT events FROM gha_file_type"))
              .containsExactly("1", "3");
          return null;
        });
  }

  @Test
  void ingest_duplicateInALaterRun_isNotCountedAgain() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path in = dir.resolve("in");
    ingest(
        db,
        List.of(
            gzipFile(
                in,
                "2026-02-01-11.json.gz",
                List.of(star(7, 1, 100, "a/b", "2026-02-01T11:00:00Z")))));

    IngestSummary later =
        ingest(
            db,
            List.of(
                gzipFile(
                    in,
                    "2026-02-01-10.json.gz",
                    List.of(
                        star(6, 2, 100, "a/b", "2026-02-01T10:00:00Z"),
                        star(7, 1, 100, "a/b", "2026-02-01T11:00:00Z")))));

    assertThat(later.files().get(0).alreadyStored()).isEqualTo(1);
    query(
        db,
        store -> {
          assertThat(
                  GhaTables.rows(
                      store.connection(), "SELECT stars, distinct_actors FROM gha_repo_day"))
              .containsExactly("2|2");
          return null;
        });
  }

  @Test
  void ingest_badFiles_areMarkedAndDoNotStopTheOthers() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path in = dir.resolve("in");
    List<String> lines = new ArrayList<>();
    for (int i = 1; i <= 4_000; i++) {
      lines.add(star(i, 1_000 + i, 100 + i % 5, "o/r" + i % 5, "2026-02-01T09:00:00Z"));
    }
    Path whole = gzipFile(in, "2026-02-01-9.json.gz", lines);
    byte[] bytes = Files.readAllBytes(whole);
    Path truncated = in.resolve("2026-02-01-10.json.gz");
    Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 3));
    Path corrupt = in.resolve("2026-02-01-11.json.gz");
    Files.write(corrupt, new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3, 4, 5});
    Path html = in.resolve("2026-02-01-12.json.gz");
    Files.writeString(html, "<html>404</html>\n");
    Path empty = in.resolve("2026-02-01-13.json.gz");
    Files.write(empty, new byte[0]);
    Files.delete(whole);
    Path good =
        gzipFile(
            in,
            "2026-02-01-14.json.gz",
            List.of(star(99_999, 5, 6, "x/y", "2026-02-01T14:00:00Z")));

    IngestSummary summary = ingest(db, List.of(good, html, truncated, corrupt, empty));

    assertThat(summary.files())
        .extracting(f -> f.file().getFileName() + " " + f.status())
        .containsExactly(
            "2026-02-01-10.json.gz partial",
            "2026-02-01-11.json.gz corrupt",
            "2026-02-01-12.json.gz corrupt",
            "2026-02-01-13.json.gz empty",
            "2026-02-01-14.json.gz ok");
    assertThat(summary.failures()).hasSize(3);
    assertThat(summary.files().get(0).problems()).singleElement().asString().contains("truncated");
    assertThat(summary.files().get(2).problems())
        .singleElement()
        .asString()
        .contains("neither gzip nor");
    long kept = summary.files().get(0).events();
    assertThat(kept).isBetween(1L, 3_999L);
    query(
        db,
        store -> {
          var c = store.connection();
          assertThat(GhaTables.count(c, "SELECT sum(stars) FROM gha_repo_day")).isEqualTo(kept + 1);
          assertThat(GhaTables.rows(c, "SELECT hour, status FROM gha_hour"))
              .containsExactly(
                  "2026-02-01 10:00:00.0|partial",
                  "2026-02-01 11:00:00.0|corrupt",
                  "2026-02-01 12:00:00.0|corrupt",
                  "2026-02-01 13:00:00.0|empty",
                  "2026-02-01 14:00:00.0|ok");
          return null;
        });
  }

  @Test
  void ingest_gapInTheHours_isAMissingHour() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path in = dir.resolve("in");
    List<Path> files = new ArrayList<>();
    for (int hour : new int[] {0, 1, 3}) {
      String time = String.format(Locale.ROOT, "2026-02-01T%02d:00:00Z", hour);
      files.add(
          gzipFile(
              in, "2026-02-01-" + hour + ".json.gz", List.of(star(hour + 1, 1, 2, "a/b", time))));
    }

    ingest(db, files);

    query(
        db,
        store -> {
          var c = store.connection();
          assertThat(GhaTables.rows(c, "SELECT hour, status FROM gha_hour"))
              .containsExactly(
                  "2026-02-01 00:00:00.0|ok",
                  "2026-02-01 01:00:00.0|ok",
                  "2026-02-01 02:00:00.0|missing",
                  "2026-02-01 03:00:00.0|ok");
          assertThat(GhaTables.rows(c, "SELECT day, hours_ok, hours_missing FROM gha_day_coverage"))
              .containsExactly("2026-02-01|3|21");
          return null;
        });
  }

  @Test
  void ingest_theSameEventUnderTwoFileNames_keepsOneCopy() throws Exception {
    Path db = dir.resolve("s.duckdb");
    Path copy = dir.resolve("copy").resolve("2015-01-01-12.json");
    Files.createDirectories(copy.getParent());
    try (var in =
        new java.util.zip.GZIPInputStream(Files.newInputStream(SharedData.gharchiveSample()))) {
      Files.copy(in, copy);
    }

    IngestSummary summary = ingest(db, List.of(SharedData.gharchiveSample(), copy));

    assertThat(summary.events()).isEqualTo(8_273);
    assertThat(summary.files()).extracting(FileOutcome::alreadyStored).contains(8_273L);
  }

  static byte[] gzipBytes(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
