package io.reposignal.ingest.gharchive;

/**
 * Reads GH Archive timestamps into UTC epoch seconds without allocating. Accepts the 2015+ form
 * {@code 2015-01-01T12:00:01Z}, the Timeline form with a US-Pacific offset {@code
 * 2012-03-10T07:00:10-08:00} (normalised to UTC), offsets without a colon ({@code -0800}), a space
 * or slashes as separators ({@code 2012/03/10 07:00:10 -0800}) and fractional seconds (dropped).
 */
final class Timestamps {
  /** Returned when the text is not a timestamp. */
  static final long MISSING = Long.MIN_VALUE;

  private Timestamps() {}

  static long parseEpochSecond(byte[] b, int from, int to) {
    if (to - from < 19) {
      return MISSING;
    }
    int year = digits(b, from, 4);
    int month = digits(b, from + 5, 2);
    int day = digits(b, from + 8, 2);
    int hour = digits(b, from + 11, 2);
    int minute = digits(b, from + 14, 2);
    int second = digits(b, from + 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || !isDateSeparator(b[from + 4])
        || b[from + 7] != b[from + 4]
        || (b[from + 10] != 'T' && b[from + 10] != ' ')
        || b[from + 13] != ':'
        || b[from + 16] != ':'
        || month < 1
        || month > 12
        || day < 1
        || day > 31
        || hour > 23
        || minute > 59
        || second > 60) {
      return MISSING;
    }
    int i = from + 19;
    if (i < to && b[i] == '.') {
      i++;
      while (i < to && b[i] >= '0' && b[i] <= '9') {
        i++;
      }
    }
    if (i < to && b[i] == ' ') {
      i++;
    }
    long offsetSeconds;
    if (i == to) {
      offsetSeconds = 0; // no zone written: GH Archive's own times are UTC
    } else if (b[i] == 'Z' && i + 1 == to) {
      offsetSeconds = 0;
    } else if (b[i] == '+' || b[i] == '-') {
      int offsetHours = digits(b, i + 1, 2);
      int minutesAt = i + 3 < to && b[i + 3] == ':' ? i + 4 : i + 3;
      int offsetMinutes = digits(b, minutesAt, 2);
      if (offsetHours < 0 || offsetMinutes < 0 || minutesAt + 2 != to || offsetHours > 18) {
        return MISSING;
      }
      offsetSeconds = (offsetHours * 3600L + offsetMinutes * 60L) * (b[i] == '-' ? -1 : 1);
    } else {
      return MISSING;
    }
    long days = daysFromCivil(year, month, day);
    return days * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
  }

  private static boolean isDateSeparator(byte b) {
    return b == '-' || b == '/';
  }

  private static int digits(byte[] b, int from, int count) {
    if (from + count > b.length) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      int digit = b[i] - '0';
      if (digit < 0 || digit > 9) {
        return -1;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  /** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm). */
  static long daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097L + dayOfEra - 719_468L;
  }
}
