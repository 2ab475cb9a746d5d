package io.reposignal.ingest.gharchive;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The repository-day counters of one file, keyed by repository id, day and name. The name is
 * compared as raw bytes, so the common case (the same name again) decodes nothing; a repository
 * seen under a second name the same day (a rename within the hour) gets a slot of its own.
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
    int capacity = Integer.highestOneBit(Math.max(1024, expected) * 2 - 1) << 1;
    allocate(capacity);
  }

  private void allocate(int capacity) {
    keys = new long[capacity * 2];
    counts = new int[capacity * COUNTERS];
    names = new byte[capacity][];
    mask = capacity - 1;
  }

  /**
   * The offset of the counters of (repository, day, name), creating them at zero; the name is the
   * raw (still escaped) bytes {@code name[from, to)} or, when {@code decoded} is not null, that.
   */
  int counters(long repoId, long epochDay, byte[] name, int from, int to) {
    if (size * 2 >= mask + 1) {
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
    allocate((mask + 1) * 2);
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

  List<RepoDayRow> rows(ActivityTable.DayCache days, JsonCursor decoder)
      throws MalformedLineException {
    List<RepoDayRow> rows = new ArrayList<>(size);
    for (int s = 0; s < names.length; s++) {
      byte[] name = names[s];
      if (name != null) {
        int c = s * COUNTERS;
        rows.add(
            new RepoDayRow(
                keys[s * 2],
                decode(name, decoder),
                days.of(keys[s * 2 + 1]),
                counts[c + EVENTS],
                counts[c + STARS],
                counts[c + FORKS],
                counts[c + PUSHES],
                counts[c + PRS_OPENED],
                counts[c + PRS_MERGED],
                counts[c + ISSUES_OPENED],
                counts[c + RELEASES]));
      }
    }
    return rows;
  }

  private static String decode(byte[] raw, JsonCursor decoder) throws MalformedLineException {
    for (byte b : raw) {
      if (b == '\\') {
        decoder.reset(raw, 0, raw.length);
        return decoder.decode(0, raw.length);
      }
    }
    return new String(raw, StandardCharsets.UTF_8);
  }
}
