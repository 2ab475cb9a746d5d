package io.reposignal.store.gharchive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.ingest.gharchive.EventType;
import io.reposignal.ingest.gharchive.FileKey;
import io.reposignal.ingest.gharchive.HourAggregate;
import io.reposignal.ingest.gharchive.HourFileReader;
import io.reposignal.store.Store;
import io.reposignal.testing.GhaTables;
import io.reposignal.testing.SharedData;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class HourWriterTest {
  @TempDir Path dir;

  @Test
  void eventTypeTable_decodesTheMaskBitsOfEveryType() throws Exception {
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      List<String> expected =
          Arrays.stream(EventType.values())
              .map(t -> t.ordinal() + "|" + (t == EventType.OTHER ? "other" : t.typeName()))
              .sorted()
              .toList();

      assertThat(GhaTables.rows(store.connection(), "SELECT bit, event_type FROM gha_event_type"))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void commit_failingHalfWay_leavesNoRowsBehind() throws Exception {
    Path sample = SharedData.gharchiveSample();
    HourAggregate aggregate = new HourFileReader().read(sample, k -> false);
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      HourWriter writer = new HourWriter(store, Instant.EPOCH);
      writer.commit(FileKey.of(sample), aggregate, stored -> aggregate);
      // The same events under another key: all already stored, so the writer reads the file again,
      // and that fails after the keys were staged.
      FileKey other = new FileKey("2015-01-01-13.json.gz", 1, 2);
      var before = GhaTables.snapshot(store.connection());

      assertThatThrownBy(
              () ->
                  writer.commit(
                      other,
                      aggregate,
                      stored -> {
                        throw new IllegalStateException("disk gone");
                      }))
          .hasMessageContaining("disk gone");

      assertThat(GhaTables.snapshot(store.connection())).isEqualTo(before);
      assertThat(writer.ingestedFiles()).containsOnlyKeys(FileKey.of(sample).text());
    }
  }

  @Test
  void commit_sameKeyTwice_writesOnce() throws Exception {
    Path sample = SharedData.gharchiveSample();
    HourAggregate aggregate = new HourFileReader().read(sample, k -> false);
    try (Store store = Store.open(dir.resolve("s.duckdb"))) {
      HourWriter writer = new HourWriter(store, Instant.EPOCH);
      writer.commit(FileKey.of(sample), aggregate, stored -> aggregate);

      HourWriter.Committed again =
          writer.commit(FileKey.of(sample), aggregate, stored -> aggregate);

      assertThat(again.alreadyIngested()).isTrue();
      assertThat(again.previousStatus()).isEqualTo("ok");
      assertThat(GhaTables.count(store.connection(), "SELECT count(*) FROM gha_star"))
          .isEqualTo(994);
    }
  }
}
