package io.reposignal.ingest.gharchive;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The repository-day counters of one file, keyed by repository id, day and name. The name is
 * compared as raw bytes, so the common case (the same name again) decodes nothing; a repository
 * seen under a second name the same day (a rename within the hour) gets a slot of its own. A reader
 * keeps one table from file to file ({@link #prepare}).
 */
final class RepoDayTable {
  /** Counter positions. */
  static final int EVENTS = 0;

  static final int STARS = 1;
  static final int FORKS = 2;
  static final int PUSHES = 3;
  static final int PRS_OPENED = 4;
  static final int PRS_MERGED = 5;
  static final int ISSUES_OPENED = 6;
  static final int RELEASES = 7;
  private static final int COUNTERS = 8;

  private long[] keys;
  private int[] counts;
  private byte[][] names;
  private int mask;
  private int size;

  RepoDayTable(int expected) {
    allocate(capacityFor(expected));
  }

  private static int capacityFor(int expected) {
    return Integer.highestOneBit(Math.max(1024, expected * 10 / 7) - 1) << 1;
  }

  /** Empties the table for the next file, sized for {@code expected} entries. */
  void prepare(int expected) {
    int capacity = capacityFor(expected);
    if (capacity > mask + 1) {
      allocate(capacity);
    } else if (size > 0) {
      Arrays.fill(names, null);
      Arrays.fill(counts, 0);
      size = 0;
    }
  }

  private void allocate(int capacity) {
    keys = new long[capacity * 2];
    counts = new int[capacity * COUNTERS];
    names = new byte[capacity][];
    mask = capacity - 1;
    size = 0;
  }

  /**
   * The offset of the counters of (repository, day, name), creating them at zero; the name is the
   * raw (still escaped) bytes {@code name[from, to)} or, when {@code decoded} is not null, that.
   */
  int counters(long repoId, long epochDay, byte[] name, int from, int to) {
    if (size * 10L >= (mask + 1) * 7L) {
      grow();
    }
    int i = index(repoId, epochDay, name, from, to);
    while (true) {
      byte[] slotName = names[i];
      if (slotName == null) {
        keys[i * 2] = repoId;
        keys[i * 2 + 1] = epochDay;
        names[i] = Arrays.copyOfRange(name, from, to);
        size++;
        return i * COUNTERS;
      }
      if (keys[i * 2] == repoId
          && keys[i * 2 + 1] == epochDay
          && Arrays.equals(slotName, 0, slotName.length, name, from, to)) {
        return i * COUNTERS;
      }
      i = (i + 1) & mask;
    }
  }

  void increment(int counters, int counter) {
    counts[counters + counter]++;
  }

  private int index(long repoId, long epochDay, byte[] name, int from, int to) {
    long h = repoId * 0x9E3779B97F4A7C15L + epochDay * 0xC2B2AE3D27D4EB4FL + (to - from);
    h ^= h >>> 29;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldCounts = counts;
    byte[][] oldNames = names;
    int entries = size;
    allocate((mask + 1) * 2);
    size = entries;
    for (int s = 0; s < oldNames.length; s++) {
      byte[] name = oldNames[s];
      if (name != null) {
        int i = index(oldKeys[s * 2], oldKeys[s * 2 + 1], name, 0, name.length);
        while (names[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i * 2] = oldKeys[s * 2];
        keys[i * 2 + 1] = oldKeys[s * 2 + 1];
        names[i] = name;
        System.arraycopy(oldCounts, s * COUNTERS, counts, i * COUNTERS, COUNTERS);
      }
    }
  }

  /** The rows, packed into arrays of exactly their size; {@link #prepare} empties the table. */
  List<RepoDayRow> rows() {
    long[] packedKeys = new long[size * 2];
    int[] packedCounts = new int[size * COUNTERS];
    byte[][] packedNames = new byte[size][];
    int n = 0;
    for (int s = 0; s < names.length; s++) {
      if (names[s] != null) {
        packedKeys[n * 2] = keys[s * 2];
        packedKeys[n * 2 + 1] = keys[s * 2 + 1];
        System.arraycopy(counts, s * COUNTERS, packedCounts, n * COUNTERS, COUNTERS);
        packedNames[n] = names[s];
        n++;
      }
    }
    return new Rows(packedKeys, packedCounts, packedNames);
  }

  private static final class Rows extends CompactRows<RepoDayRow> {
    private static final long serialVersionUID = 1L;

    private final long[] keys;
    private final int[] counts;
    private final byte[][] names;

    Rows(long[] keys, int[] counts, byte[][] names) {
      this.keys = keys;
      this.counts = counts;
      this.names = names;
    }

    @Override
    public RepoDayRow get(int index) {
      int c = index * COUNTERS;
      return new RepoDayRow(
          keys[index * 2],
          decode(names[index]),
          java.time.LocalDate.ofEpochDay(keys[index * 2 + 1]),
          counts[c + EVENTS],
          counts[c + STARS],
          counts[c + FORKS],
          counts[c + PUSHES],
          counts[c + PRS_OPENED],
          counts[c + PRS_MERGED],
          counts[c + ISSUES_OPENED],
          counts[c + RELEASES]);
    }

    @Override
    public int size() {
      return names.length;
    }
  }

  /** Decodes a name's raw bytes; they decoded once already when the event was read. */
  private static String decode(byte[] raw) {
    for (byte b : raw) {
      if (b == '\\') {
        JsonCursor decoder = new JsonCursor();
        decoder.reset(raw, 0, raw.length);
        try {
          return decoder.decode(0, raw.length);
        } catch (MalformedLineException e) {
          throw new IllegalStateException("a repository name no longer decodes", e);
        }
      }
    }
    return new String(raw, StandardCharsets.UTF_8);
  }
}
