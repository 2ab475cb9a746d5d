package io.reposignal.spark;

import io.reposignal.ingest.gharchive.FileKey;
import io.reposignal.ingest.gharchive.HourAggregate;
import io.reposignal.ingest.gharchive.HourFileReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * Reads hour files on an executor with the core's {@link HourFileReader}, the embedded ingester's
 * own reader: same formats, same handling of truncated, corrupt and malformed input.
 */
final class HourReading {
  private final HadoopFiles files;
  private final HourFileReader reader = new HourFileReader();

  HourReading(HadoopFiles files) {
    this.files = files;
  }

  /**
   * Reads {@code file}, not counting the events whose keys are in {@code storedEarlier} (sorted):
   * they belong to a file earlier in the commit order, as {@code gha_event_id} would hold them.
   */
  FileRead read(HourFile file, long[] storedEarlier) {
    byte[] bytes;
    FileKey key;
    try {
      bytes = files.read(file);
      key = FileKey.of(file.fileName(), new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      return new FileRead(
          file, null, null, "cannot read " + file.uri() + ": " + e + "; check the path and rights");
    }
    LongPredicate stored =
        storedEarlier.length == 0 ? k -> false : k -> Arrays.binarySearch(storedEarlier, k) >= 0;
    HourAggregate aggregate = reader.read(file.fileName(), new ByteArrayInputStream(bytes), stored);
    return new FileRead(file, key.text(), aggregate, null);
  }
}
