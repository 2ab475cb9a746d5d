package io.reposignal.ingest.gharchive;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The order hour files are committed in: by the hour their name stands for (names that are not an
 * hour's last), then by name, then by full path. Which copy of an event is kept depends on it (the
 * first-committed file keeps it), so the embedded ingester and the Spark job share this one rule.
 */
public final class CommitOrder {
  private CommitOrder() {}

  /**
   * Orders items by their file name and then their full path.
   *
   * @param fileName the file's name alone, such as {@code 2015-01-01-12.json.gz}
   * @param path the full path or URI, the last tie-breaker
   */
  public static <T> Comparator<T> of(Function<T, String> fileName, Function<T, String> path) {
    return Comparator.comparing(
            (T item) -> {
              Instant hour = HourNames.hourOf(fileName.apply(item));
              return hour == null ? Instant.MAX : hour;
            })
        .thenComparing(fileName)
        .thenComparing(path);
  }
}
