package io.reposignal.testing;

import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A database holding all 211 real daily snapshots, ingested once per test JVM (it takes seconds)
 * and shared by the tests that only read it. Tests that write make their own database.
 */
public final class RealSnapshots {
  private static Path database;

  private RealSnapshots() {}

  /** The database file; open it with {@link Store#open} and close it after the test. */
  public static synchronized Path database() {
    if (database == null) {
      try {
        Path dir = Files.createTempDirectory("reposignal-real-snapshots");
        Path file = dir.resolve("real.duckdb");
        try (Store store = Store.open(file)) {
          RankingsIngester.Report report =
              new RankingsIngester(store, new RankingsIngester.Listener() {})
                  .ingest(List.of(SharedData.rankings()), false);
          if (report.hasProblems() || report.files().size() != 211) {
            throw new IllegalStateException("the real snapshots did not ingest cleanly: " + report);
          }
        }
        database = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return database;
  }

  /**
   * A private copy of the shared database in {@code dir}, for a test that writes (the forecast
   * ledger, say); the shared file stays as ingested.
   */
  public static Path copyInto(Path dir) {
    try {
      return Files.copy(database(), dir.resolve("real-copy.duckdb"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opens the shared database; close it when done. */
  public static Store open() {
    return Store.open(database());
  }
}
