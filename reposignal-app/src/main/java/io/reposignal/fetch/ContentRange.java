package io.reposignal.fetch;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Content-Range} header of a 206 response: {@code bytes FIRST-LAST/TOTAL}, where TOTAL
 * may be {@code *} (unknown).
 *
 * @param total the complete length, or -1 when the server did not say
 */
record ContentRange(long first, long last, long total) {
  private static final Pattern FORMAT =
      Pattern.compile("\\s*bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)\\s*", Pattern.CASE_INSENSITIVE);

  ContentRange {
    if (first < 0 || last < first || (total >= 0 && last >= total)) {
      throw new IllegalArgumentException(
          "inconsistent range bytes " + first + "-" + last + "/" + total);
    }
  }

  /** The parsed header, or empty when it is absent or malformed. */
  static Optional<ContentRange> parse(String header) {
    if (header == null) {
      return Optional.empty();
    }
    Matcher matcher = FORMAT.matcher(header);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    try {
      long total = "*".equals(matcher.group(3)) ? -1 : Long.parseLong(matcher.group(3));
      return Optional.of(
          new ContentRange(
              Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2)), total));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
