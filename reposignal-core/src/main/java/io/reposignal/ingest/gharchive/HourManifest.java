package io.reposignal.ingest.gharchive;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What reading one hour file found: how far it got, how many events of each type it counted, and
 * what it skipped and why.
 *
 * @param hour the hour the file's name stands for (UTC), or null when the name is not an hour
 * @param lines non-blank lines read
 * @param events events counted: parsed, not repeated in the file, not already stored
 * @param duplicates events whose id appeared earlier in the same file
 * @param alreadyStored events whose id the store already held (from another file)
 * @param malformed lines that could not be read and were skipped
 * @param malformedSamples the first few malformed lines, quoted
 * @param undated counted events without a readable {@code created_at}: in the type counts and the
 *     star rows, but on no day
 * @param eventsByType counted events by their {@code type} (unknown types under their own name, a
 *     missing type as "(none)")
 * @param fault where and why reading stopped early, or null
 */
public record HourManifest(
    String fileName,
    Instant hour,
    HourStatus status,
    long compressedBytes,
    long inflatedBytes,
    long lines,
    long events,
    long duplicates,
    long alreadyStored,
    long malformed,
    List<MalformedLine> malformedSamples,
    long undated,
    SortedMap<String, Long> eventsByType,
    String fault)
    implements Serializable {
  public HourManifest {
    requireNonNull(fileName, "fileName is null");
    requireNonNull(status, "status is null");
    malformedSamples = List.copyOf(malformedSamples);
    eventsByType = Collections.unmodifiableSortedMap(new TreeMap<>(eventsByType));
  }

  /**
   * The quoted malformed lines as the ledger stores them (one {@link MalformedLine#describe()} a
   * line), or null when there are none.
   */
  public String malformedSamplesText() {
    return malformedSamples.isEmpty()
        ? null
        : String.join("\n", malformedSamples.stream().map(MalformedLine::describe).toList());
  }

  /** The number of counted events of type {@code typeName}, 0 if none. */
  public long eventsOfType(String typeName) {
    return eventsByType.getOrDefault(typeName, 0L);
  }
}
