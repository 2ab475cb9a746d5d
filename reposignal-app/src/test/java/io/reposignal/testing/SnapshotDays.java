package io.reposignal.testing;

import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Databases holding a range of the real daily snapshots (read from the shared folder). Each range
 * is ingested once per test JVM; every caller gets its own copy of the file, so tests that write (a
 * ledger, more days) do not disturb each other.
 */
public final class SnapshotDays {
  private static final Map<String, Path> INGESTED = new HashMap<>();

  private SnapshotDays() {}

  /** A fresh database file holding the real snapshots of {@code from..to}. */
  public static synchronized Path copy(LocalDate from, LocalDate to, Path directory) {
    Path ingested = INGESTED.computeIfAbsent(from + ".." + to, key -> ingest(from, to));
    Path copy =
        directory.resolve("snapshots-" + from + "-" + to + "-" + System.nanoTime() + ".duckdb");
    try {
      Files.copy(ingested, copy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return copy;
  }

  /** Adds the real snapshots of {@code from..to} to an existing database. */
  public static void add(Store store, LocalDate from, LocalDate to) {
    RankingsIngester.Report report =
        new RankingsIngester(store, new RankingsIngester.Listener() {})
            .ingest(files(from, to), false);
    if (report.hasProblems()) {
      throw new IllegalStateException("the real snapshots did not ingest cleanly: " + report);
    }
  }

  private static Path ingest(LocalDate from, LocalDate to) {
    try {
      Path file = Files.createTempDirectory("reposignal-snapshot-days").resolve("days.duckdb");
      try (Store store = Store.open(file)) {
        add(store, from, to);
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> files(LocalDate from, LocalDate to) {
    List<Path> files = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      Path file = SharedData.rankings().resolve("github-ranking-" + day + ".csv.gz");
      if (Files.exists(file)) {
        files.add(file);
      }
    }
    return files;
  }
}
