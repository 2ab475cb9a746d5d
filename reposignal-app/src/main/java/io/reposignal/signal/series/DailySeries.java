package io.reposignal.signal.series;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;

/**
 * One repository's stars, day by day, from any source: per calendar day the stars gained (or
 * unknown), the star total (or unknown) and flags saying how far the figures can be trusted.
 *
 * <p>Contract: day {@code i} is {@code firstDay + i}. A gain is <em>usable</em> when it is known
 * and not masked; masked days (platform-wide purges, partial source files) keep their raw figure
 * for display but are skipped by every statistic. Interpolated gains are shares of a gain spread
 * over days without data: their sum over the gap is exact, a single one is an average. Estimated
 * figures are scaled from a sample (GH Archive events divided by a capture rate). Instances are
 * immutable; build them with {@link Builder}.
 */
public final class DailySeries {
  static final byte GAIN_KNOWN = 1;
  static final byte TOTAL_KNOWN = 2;
  static final byte OBSERVED = 4;
  static final byte INTERPOLATED = 8;
  static final byte MASKED = 16;
  static final byte ESTIMATED = 32;

  private final int key;
  private final LocalDate firstDay;
  private final long firstEpochDay;
  private final int[] gained;
  private final int[] totals;
  private final byte[] flags;

  /** Per day the capture rate a scaled gain was divided by; null when every day is 1. */
  private final float[] sampleRates;

  private DailySeries(
      int key, LocalDate firstDay, int[] gained, int[] totals, byte[] flags, float[] sampleRates) {
    this.key = key;
    this.firstDay = firstDay;
    this.firstEpochDay = firstDay.toEpochDay();
    this.gained = gained;
    this.totals = totals;
    this.flags = flags;
    this.sampleRates = sampleRates;
  }

  public static Builder builder(int key, LocalDate firstDay) {
    return new Builder(key, firstDay);
  }

  /** The repository's key in its source (the snapshot identity). */
  public int key() {
    return key;
  }

  public LocalDate firstDay() {
    return firstDay;
  }

  /** How many days the series covers. */
  public int length() {
    return flags.length;
  }

  /** The index of {@code day}: negative or {@code >= length()} when outside the series. */
  public int indexOf(LocalDate day) {
    long index = day.toEpochDay() - firstEpochDay;
    return index > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(index, -1);
  }

  public LocalDate day(int index) {
    return firstDay.plus(index, ChronoUnit.DAYS);
  }

  private boolean has(int index, byte flag) {
    return index >= 0 && index < flags.length && (flags[index] & flag) != 0;
  }

  /** The stars gained on day {@code index} (raw, masked or not), or null when unknown. */
  public Integer gained(int index) {
    return has(index, GAIN_KNOWN) ? gained[index] : null;
  }

  /** The star total on day {@code index}, or null when unknown. */
  public Integer total(int index) {
    return has(index, TOTAL_KNOWN) ? totals[index] : null;
  }

  /** True when the source saw the repository that day (a snapshot row, events in the hours). */
  public boolean observed(int index) {
    return has(index, OBSERVED);
  }

  /** True when the gain is known and not masked: statistics may read it. */
  public boolean usable(int index) {
    return has(index, GAIN_KNOWN) && !has(index, MASKED);
  }

  /** The usable gain as a primitive; only meaningful where {@link #usable} is true. */
  public int usableGain(int index) {
    return gained[index];
  }

  public boolean interpolated(int index) {
    return has(index, INTERPOLATED);
  }

  public boolean masked(int index) {
    return has(index, MASKED);
  }

  public boolean estimated(int index) {
    return has(index, ESTIMATED);
  }

  /**
   * The capture rate the day's gain was scaled by (the gain is the events counted divided by it),
   * or 1 when the gain was counted whole. A gain scaled up from a small sample varies more than its
   * size suggests: chance tests read it back as the events it came from ({@code gain * rate}).
   */
  public double sampleRate(int index) {
    return sampleRates == null || index < 0 || index >= sampleRates.length
        ? 1.0
        : sampleRates[index];
  }

  /**
   * A copy whose gains are reduced by {@code suspicious[i]} stars seen in the events (never below
   * zero stars gained when the raw gain was positive): the trusted series. The array is indexed
   * like this series. On a day whose gain was scaled up from the events by a capture rate, the
   * suspicious stars are scaled by the same rate: they are a share of the events the gain was
   * estimated from.
   */
  public DailySeries minus(int[] suspicious) {
    if (suspicious.length != gained.length) {
      throw new IllegalArgumentException(
          "expected " + gained.length + " suspicious counts, actual " + suspicious.length);
    }
    int[] trusted = gained.clone();
    for (int i = 0; i < trusted.length; i++) {
      if (suspicious[i] > 0 && trusted[i] > 0) {
        int removed = (int) Math.round(suspicious[i] / sampleRate(i));
        trusted[i] = Math.max(0, trusted[i] - removed);
      }
    }
    return new DailySeries(key, firstDay, trusted, totals, flags, sampleRates);
  }

  /**
   * The days {@code from..from + length - 1} of this series as a series of their own, starting on
   * {@code day(from)}; the same figures and flags as a source reading only those days gives.
   */
  public DailySeries slice(int from, int length) {
    if (from < 0 || length < 0 || from + length > flags.length) {
      throw new IllegalArgumentException(
          "cannot slice days " + from + ".." + (from + length - 1) + " of " + this);
    }
    return new DailySeries(
        key,
        day(from),
        Arrays.copyOfRange(gained, from, from + length),
        Arrays.copyOfRange(totals, from, from + length),
        Arrays.copyOfRange(flags, from, from + length),
        sampleRates == null ? null : Arrays.copyOfRange(sampleRates, from, from + length));
  }

  /** True when no day holds a figure or a flag: the source knows nothing about any of them. */
  boolean blank() {
    for (byte flag : flags) {
      if (flag != 0) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "DailySeries[key=" + key + ", from " + firstDay + ", " + flags.length + " days]";
  }

  /** Adds days one after another, from {@code firstDay}. */
  public static final class Builder {
    private final int key;
    private final LocalDate firstDay;
    private int[] gained = new int[64];
    private int[] totals = new int[64];
    private byte[] flags = new byte[64];
    private float[] sampleRates;
    private int size;

    private Builder(int key, LocalDate firstDay) {
      this.key = key;
      this.firstDay = requireNonNull(firstDay, "firstDay is null");
    }

    /** How many days were added: the index of the next. */
    public int size() {
      return size;
    }

    /** The day the next {@link #add} describes. */
    public LocalDate nextDay() {
      return firstDay.plusDays(size);
    }

    /** Adds a day the source knows nothing about. */
    public Builder unknown() {
      return add(null, null, false, false, false, false);
    }

    /** Adds an observed day with its gain (null when unknown) and total (null when unknown). */
    public Builder observed(Integer gain, Integer total) {
      return add(gain, total, true, false, false, false);
    }

    /**
     * Adds one day.
     *
     * @param gain stars gained, or null when unknown
     * @param total star total, or null when unknown
     * @param observed the source saw the repository that day
     * @param interpolated the gain is a share of a gain spread over days without data
     * @param masked a platform-wide event makes the gain unfit for statistics
     * @param estimated the figures are scaled from a sample
     */
    public Builder add(
        Integer gain,
        Integer total,
        boolean observed,
        boolean interpolated,
        boolean masked,
        boolean estimated) {
      if (size == flags.length) {
        gained = Arrays.copyOf(gained, size * 2);
        totals = Arrays.copyOf(totals, size * 2);
        flags = Arrays.copyOf(flags, size * 2);
      }
      byte flag = 0;
      if (gain != null) {
        flag |= GAIN_KNOWN;
        gained[size] = gain;
      }
      if (total != null) {
        flag |= TOTAL_KNOWN;
        totals[size] = total;
      }
      flag |= observed ? OBSERVED : 0;
      flag |= interpolated ? INTERPOLATED : 0;
      flag |= masked ? MASKED : 0;
      flag |= estimated ? ESTIMATED : 0;
      flags[size++] = flag;
      return this;
    }

    /**
     * Records that the gain of the day just added is its events divided by the capture rate {@code
     * rate} (positive; 1 changes nothing).
     */
    public Builder sampledAt(double rate) {
      if (size == 0 || !(rate > 0) || Double.isInfinite(rate)) {
        throw new IllegalArgumentException(
            size == 0 ? "no day added yet" : "a capture rate must be positive, was " + rate);
      }
      if (rate != 1) {
        if (sampleRates == null) {
          sampleRates = new float[0];
        }
        if (sampleRates.length < size) {
          sampleRates = ratesOfSize(flags.length);
        }
        sampleRates[size - 1] = (float) rate;
      }
      return this;
    }

    public DailySeries build() {
      return new DailySeries(
          key,
          firstDay,
          Arrays.copyOf(gained, size),
          Arrays.copyOf(totals, size),
          Arrays.copyOf(flags, size),
          sampleRates == null ? null : ratesOfSize(size));
    }

    /** The rates recorded so far, for {@code days} days: 1 for days added after the last. */
    private float[] ratesOfSize(int days) {
      float[] rates = Arrays.copyOf(sampleRates, days);
      if (sampleRates.length < days) {
        Arrays.fill(rates, sampleRates.length, days, 1f);
      }
      return rates;
    }
  }
}
