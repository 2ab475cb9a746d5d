package io.reposignal.ingest.gharchive;

import java.time.LocalDate;
import java.util.List;

/**
 * The actor-repository-day counters of one file in one flat array: about one entry per event, so a
 * boxed map's three objects per entry (and their cache misses) would cost more than reading the
 * line. Open addressing with linear probing, at most 70% full; each slot is five adjacent longs. A
 * reader keeps one table from file to file ({@link #prepare}): a new 10 MB array per file would be
 * allocated straight into the old generation and cost a full collection every few files.
 */
final class ActivityTable {
  private static final int STRIDE = 5;
  private static final int ACTOR = 0;
  private static final int REPO = 1;
  private static final int DAY = 2;
  private static final int ORG = 3;

  /** Events in the high 32 bits, the types-seen mask in the low 32. */
  private static final int COUNTS = 4;

  private long[] slots;
  private int mask;
  private int size;

  ActivityTable(int expected) {
    allocate(capacityFor(expected));
  }

  private static int capacityFor(int expected) {
    return Integer.highestOneBit(Math.max(1024, expected * 10 / 7) - 1) << 1;
  }

  private void allocate(int capacity) {
    slots = new long[capacity * STRIDE];
    mask = capacity - 1;
    size = 0;
  }

  /** Empties the table for the next file, sized for {@code expected} entries. */
  void prepare(int expected) {
    int capacity = capacityFor(expected);
    if (capacity > mask + 1) {
      allocate(capacity);
    } else if (size > 0) {
      java.util.Arrays.fill(slots, ActivityRow.NONE);
      size = 0;
    }
  }

  /** Counts one event; {@code actorId} must not be {@link ActivityRow#NONE}. */
  void add(long actorId, long repoId, long epochDay, long orgId, int typeBit) {
    if (size * 10L >= (mask + 1) * 7L) {
      grow();
    }
    int i = index(actorId, repoId, epochDay);
    while (true) {
      int at = i * STRIDE;
      long actor = slots[at + ACTOR];
      if (actor == ActivityRow.NONE) {
        slots[at + ACTOR] = actorId;
        slots[at + REPO] = repoId;
        slots[at + DAY] = epochDay;
        slots[at + ORG] = orgId;
        slots[at + COUNTS] = (1L << 32) | (typeBit & 0xFFFFFFFFL);
        size++;
        return;
      }
      if (actor == actorId && slots[at + REPO] == repoId && slots[at + DAY] == epochDay) {
        slots[at + COUNTS] = (slots[at + COUNTS] + (1L << 32)) | (typeBit & 0xFFFFFFFFL);
        slots[at + ORG] = Math.max(slots[at + ORG], orgId);
        return;
      }
      i = (i + 1) & mask;
    }
  }

  private int index(long actorId, long repoId, long epochDay) {
    long h = actorId * 0x9E3779B97F4A7C15L + repoId * 0xC2B2AE3D27D4EB4FL + epochDay;
    h ^= h >>> 29;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    mask = (mask + 1) * 2 - 1;
    for (int at = 0; at < old.length; at += STRIDE) {
      if (old[at + ACTOR] != ActivityRow.NONE) {
        int i = index(old[at + ACTOR], old[at + REPO], old[at + DAY]);
        while (slots[i * STRIDE + ACTOR] != ActivityRow.NONE) {
          i = (i + 1) & mask;
        }
        System.arraycopy(old, at, slots, i * STRIDE, STRIDE);
      }
    }
  }

  /** The rows, packed into an array of exactly their size; {@link #prepare} empties the table. */
  List<ActivityRow> rows() {
    long[] packed = new long[size * STRIDE];
    int n = 0;
    for (int at = 0; at < slots.length; at += STRIDE) {
      if (slots[at + ACTOR] != ActivityRow.NONE) {
        System.arraycopy(slots, at, packed, n * STRIDE, STRIDE);
        n++;
      }
    }
    return new Rows(packed, n);
  }

  private static final class Rows extends CompactRows<ActivityRow> {
    private static final long serialVersionUID = 1L;

    private final long[] packed;
    private final int size;

    Rows(long[] packed, int size) {
      this.packed = packed;
      this.size = size;
    }

    @Override
    public ActivityRow get(int index) {
      java.util.Objects.checkIndex(index, size);
      int at = index * STRIDE;
      long counts = packed[at + COUNTS];
      return new ActivityRow(
          LocalDate.ofEpochDay(packed[at + DAY]),
          packed[at + ACTOR],
          packed[at + REPO],
          packed[at + ORG],
          (int) (counts >>> 32),
          (int) counts);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
