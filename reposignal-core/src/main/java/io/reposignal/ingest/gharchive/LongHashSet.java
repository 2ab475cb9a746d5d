package io.reposignal.ingest.gharchive;

import java.util.Arrays;

/**
 * An open-addressing set of longs, for the event keys of one file: a boxed HashSet would cost about
 * 50 bytes a key, this costs 16 at most. {@code Long.MIN_VALUE + 1} is reserved as the empty slot
 * marker and can not be stored; derived keys never take that value in practice, and it is mapped to
 * a neighbour so that it still de-duplicates.
 */
final class LongHashSet {
  private static final long EMPTY = Long.MIN_VALUE + 1;

  private long[] slots;
  private int size;

  LongHashSet(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    slots = new long[capacity];
    Arrays.fill(slots, EMPTY);
  }

  /** Adds {@code key}; false when it was already present. */
  boolean add(long key) {
    long k = key == EMPTY ? EMPTY + 1 : key;
    if (size * 2 >= slots.length) {
      grow();
    }
    int mask = slots.length - 1;
    int i = mix(k) & mask;
    while (true) {
      long slot = slots[i];
      if (slot == EMPTY) {
        slots[i] = k;
        size++;
        return true;
      }
      if (slot == k) {
        return false;
      }
      i = (i + 1) & mask;
    }
  }

  int size() {
    return size;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    Arrays.fill(slots, EMPTY);
    size = 0;
    for (long k : old) {
      if (k != EMPTY) {
        add(k);
      }
    }
  }

  private static int mix(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }
}
