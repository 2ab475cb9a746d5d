package io.reposignal.ingest.gharchive;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Stable keys for things GH Archive gives no id. Real GitHub ids are positive; every key made here
 * is negative, so the two can never collide.
 *
 * <p>An event without an id (the 2011-2014 Timeline format) is keyed by its line: 16 bits of the
 * event's UTC hour since 2011 followed by 47 bits of a hash of the line's bytes. The same line in
 * two files gives the same key (so it is counted once), and keys of one hour sit together, which
 * keeps the store's duplicate check to a narrow range. With about 30,000 events an hour, two
 * different lines share a key about once in 300,000 hours. Actors, repositories and organisations
 * known only by name are keyed by a 63-bit hash of the lower-cased name.
 */
public final class EventKeys {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HOUR_2011 = 1_293_840_000L / 3600;
  private static final long HASH_BITS = (1L << 47) - 1;

  private EventKeys() {}

  /** True for keys made here rather than taken from GitHub. */
  public static boolean isDerived(long key) {
    return key < 0;
  }

  /** The key of an event without an id: its hour and a hash of its line. */
  static long forLine(byte[] line, int from, int to, long epochSecond) {
    long hourBucket =
        epochSecond == Timestamps.MISSING
            ? 0
            : Math.floorMod(epochSecond / 3600 - HOUR_2011, 1 << 16);
    return Long.MIN_VALUE | (hourBucket << 47) | (hash64(line, from, to) & HASH_BITS);
  }

  /** The key of an actor, repository or organisation known only by its name. */
  public static long forName(String name) {
    byte[] bytes = name.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8);
    return Long.MIN_VALUE | hash64(bytes, 0, bytes.length);
  }

  /** A 64-bit hash in the style of MurmurHash3's finaliser over 8-byte words; not cryptographic. */
  static long hash64(byte[] b, int from, int to) {
    long h = 0x9E3779B97F4A7C15L ^ ((to - from) * 0xC2B2AE3D27D4EB4FL);
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long k = (long) LONGS.get(b, i) * 0x87C37B91114253D5L;
      k = Long.rotateLeft(k, 31) * 0x4CF5AD432745937FL;
      h ^= k;
      h = Long.rotateLeft(h, 27) * 5 + 0x52DCE729;
    }
    long tail = 0;
    for (int shift = 0; i < to; i++, shift += 8) {
      tail |= (b[i] & 0xFFL) << shift;
    }
    h ^= Long.rotateLeft(tail * 0x87C37B91114253D5L, 31) * 0x4CF5AD432745937FL;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
