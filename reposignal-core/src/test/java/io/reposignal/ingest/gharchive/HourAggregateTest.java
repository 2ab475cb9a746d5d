package io.reposignal.ingest.gharchive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

final class HourAggregateTest {
  @Test
  void eventKeys_ascending_areKeptAsGiven() throws Exception {
    HourAggregate read =
        HourFileReaderTest.read(
            "2026-02-01-10.json.gz",
            HourFileReaderTest.gzip(
                HourFileReaderTest.watch(9, 10, 100)
                    + "\n"
                    + HourFileReaderTest.watch(2, 11, 100)));

    assertThat(read.eventKeys()).containsExactly(2L, 9L);
  }

  @Test
  void eventKeys_outOfOrder_areRefused() throws Exception {
    HourManifest manifest =
        HourFileReaderTest.read(
                "2026-02-01-10.json.gz",
                HourFileReaderTest.gzip(HourFileReaderTest.watch(1, 10, 100)))
            .manifest();

    // Writers binary-search the keys and store a file's range as its first and last key.
    assertThatThrownBy(
            () ->
                new HourAggregate(
                    manifest, new long[] {5, 3}, List.of(), List.of(), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ascending");
  }
}
