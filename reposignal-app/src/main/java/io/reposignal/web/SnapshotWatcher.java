package io.reposignal.web;

import static java.util.Objects.requireNonNull;

import io.reposignal.ingest.rankings.RankingFileName;
import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Keeps ingesting new snapshot files from a folder into the store the server reads, in the same
 * process: it holds the one read-write connection, and readers borrow connections to the same
 * database instance. Each file is ingested in its own transaction and the derived tables are
 * rebuilt in one more, so a reader sees the store before or after a file, never half of one. A file
 * is taken only once its size and modification time held still between two polls, so a file still
 * being written is left for the next poll.
 */
public final class SnapshotWatcher implements AutoCloseable {
  private final Store store;
  private final Path folder;
  private final Runnable onChange;
  private final PrintStream log;
  private final Map<Path, String> lastSeen = new HashMap<>();
  private final ScheduledExecutorService scheduler =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "reposignal-watch");
            thread.setDaemon(true);
            return thread;
          });

  public SnapshotWatcher(Store store, Path folder, Runnable onChange, PrintStream log) {
    this.store = requireNonNull(store, "store is null");
    this.folder = requireNonNull(folder, "folder is null");
    this.onChange = requireNonNull(onChange, "onChange is null");
    this.log = requireNonNull(log, "log is null");
  }

  public void start(Duration every) {
    scheduler.scheduleWithFixedDelay(this::pollSafely, 0, every.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void pollSafely() {
    try {
      poll();
    } catch (RuntimeException e) {
      log.println(
          "reposignal serve --watch: " + e.getMessage() + "; trying again at the next poll");
    }
  }

  /** Ingests the new files that held still since the last poll; returns how many it took. */
  int poll() {
    List<Path> ready = new ArrayList<>();
    Set<String> known = ledger();
    Map<Path, String> seen = new HashMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (!Files.isRegularFile(file)
            || !RankingFileName.matches(file)
            || known.contains(file.getFileName().toString())) {
          continue;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String stamp = attributes.size() + "@" + attributes.lastModifiedTime().toMillis();
        seen.put(file, stamp);
        if (stamp.equals(lastSeen.get(file))) {
          ready.add(file);
        }
      }
    } catch (IOException e) {
      log.println("reposignal serve --watch: cannot list " + folder + ": " + e.getMessage());
      return 0;
    }
    lastSeen.clear();
    lastSeen.putAll(seen);
    if (ready.isEmpty()) {
      return 0;
    }
    RankingsIngester.Report report =
        new RankingsIngester(store, new RankingsIngester.Listener() {}).ingest(ready, false);
    report.files().stream()
        .filter(
            outcome ->
                outcome.status() != io.reposignal.ingest.rankings.FileOutcome.Status.INGESTED)
        .forEach(outcome -> log.println("reposignal serve --watch: " + outcome));
    log.printf(
        "reposignal serve --watch: ingested %d of %d new file(s) from %s%n",
        report.count(io.reposignal.ingest.rankings.FileOutcome.Status.INGESTED),
        ready.size(),
        folder);
    onChange.run();
    return ready.size();
  }

  private Set<String> ledger() {
    Set<String> names = new HashSet<>();
    try (Statement statement = store.connection().createStatement();
        ResultSet rows = statement.executeQuery("SELECT file_name FROM rank_file")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the snapshot ledger: " + e.getMessage(), e);
    }
    return names;
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    try {
      scheduler.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
