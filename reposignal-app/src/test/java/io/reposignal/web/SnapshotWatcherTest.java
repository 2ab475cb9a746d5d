package io.reposignal.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.reposignal.ingest.rankings.RankingsIngester;
import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.store.Store;
import io.reposignal.testing.SharedData;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SnapshotWatcherTest {
  @TempDir Path dir;

  @Test
  void poll_newFile_isIngestedOnceItHeldStillAndReadersSeeIt() throws Exception {
    Path watched = Files.createDirectories(dir.resolve("incoming"));
    copy("2026-01-30", watched);
    try (Store store = Store.open(dir.resolve("db.duckdb"))) {
      new RankingsIngester(store, new RankingsIngester.Listener() {})
          .ingest(List.of(watched), false);
      AtomicInteger changes = new AtomicInteger();
      ByteArrayOutputStream log = new ByteArrayOutputStream();
      SnapshotWatcher watcher =
          new SnapshotWatcher(
              store,
              watched,
              changes::incrementAndGet,
              new PrintStream(log, true, StandardCharsets.UTF_8));
      copy("2026-01-31", watched);

      int firstPoll = watcher.poll();
      int secondPoll = watcher.poll();
      int thirdPoll = watcher.poll();

      assertThat(firstPoll).as("a new file waits one poll to show it is complete").isZero();
      assertThat(secondPoll).isEqualTo(1);
      assertThat(thirdPoll).as("an ingested file is not taken again").isZero();
      assertThat(changes.get()).isEqualTo(1);
      try (Store reader = store.newConnection()) {
        assertThat(SnapshotCalendar.load(reader).last()).isEqualTo(LocalDate.parse("2026-01-31"));
      }
      assertThat(log.toString(StandardCharsets.UTF_8)).contains("ingested 1 of 1 new file(s)");
    }
  }

  private static void copy(String day, Path to) throws Exception {
    String name = "github-ranking-" + day + ".csv.gz";
    Files.copy(SharedData.rankings().resolve(name), to.resolve(name));
  }
}
