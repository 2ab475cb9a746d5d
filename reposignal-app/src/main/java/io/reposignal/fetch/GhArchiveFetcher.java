package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.RepoSignalException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches GH Archive hour files: the hour H of day D (UTC) is {@code BASE/D-H.json.gz} with the
 * hour not zero-padded ({@code 2026-11-01-0.json.gz} to {@code 2026-11-01-23.json.gz}), from
 * gharchive.org or a mirror with the same names (OpenDigger).
 */
public final class GhArchiveFetcher {
  public static final URI DEFAULT_BASE_URL = URI.create("https://data.gharchive.org");

  /** One leap year of hours (up to about a terabyte): longer is more likely a typo. */
  public static final int MAX_HOURS = 366 * 24;

  private static final Pattern HOUR = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:T(\\d{1,2}))?");

  private final Downloader downloader;
  private final Clock clock;

  public GhArchiveFetcher(Downloader downloader, Clock clock) {
    this.downloader = requireNonNull(downloader, "downloader is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /**
   * Downloads the hours {@code from} to {@code to} (inclusive, both whole UTC hours) into {@code
   * directory}, telling {@code listener} (for example an {@link ArrivalListener} adapted with
   * {@link DownloadListener#notifying}) about each file as it arrives.
   *
   * @throws RepoSignalException USAGE for a reversed, too long or future range; UNAVAILABLE when
   *     the source cannot be reached
   */
  public FetchReport fetch(
      LocalDateTime from,
      LocalDateTime to,
      URI baseUrl,
      Path directory,
      DownloadListener listener) {
    requireWholeHour(from, "from");
    requireWholeHour(to, "to");
    if (from.isAfter(to)) {
      throw RepoSignalException.usage(
          "--from %s is after --to %s; give the earlier hour first", label(from), label(to));
    }
    long hours = ChronoUnit.HOURS.between(from, to) + 1;
    if (hours > MAX_HOURS) {
      throw RepoSignalException.usage(
          "%s to %s spans %d hours, more than the %d (a year) allowed at once; check the years"
              + " or split the range",
          label(from), label(to), hours, MAX_HOURS);
    }
    LocalDateTime currentHour = LocalDateTime.now(clock).truncatedTo(ChronoUnit.HOURS);
    if (to.isAfter(currentHour)) {
      throw RepoSignalException.usage(
          "--to %s is in the future (the current hour is %s, UTC); no archive exists yet",
          label(to), label(currentHour));
    }
    List<Download> plan = new ArrayList<>();
    for (LocalDateTime hour = from; !hour.isAfter(to); hour = hour.plusHours(1)) {
      plan.add(new Download(fileUrl(baseUrl, hour), directory.resolve(fileName(hour))));
    }
    return DirectoryFetch.run(downloader, clock, baseUrl, directory, plan, listener);
  }

  /** The archive's name for an hour, e.g. {@code 2026-11-01-0.json.gz} (hour not padded). */
  public static String fileName(LocalDateTime hour) {
    return String.format(Locale.ROOT, "%s-%d.json.gz", hour.toLocalDate(), hour.getHour());
  }

  /**
   * Parses an hour as given on the command line: {@code YYYY-MM-DDTHH} (or {@code THH} with one
   * digit), or a bare day {@code YYYY-MM-DD}, meaning its first hour for the start of a range and
   * its last hour for the end.
   */
  public static LocalDateTime parseHour(String text, boolean rangeEnd) {
    Matcher matcher = HOUR.matcher(text.strip());
    if (matcher.matches()) {
      try {
        LocalDate day = LocalDate.parse(matcher.group(1));
        if (matcher.group(2) == null) {
          return day.atTime(rangeEnd ? 23 : 0, 0);
        }
        int hour = Integer.parseInt(matcher.group(2));
        if (hour <= 23) {
          return day.atTime(hour, 0);
        }
      } catch (DateTimeException e) {
        // Reported below with the expected format.
      }
    }
    throw RepoSignalException.usage(
        "'%s' is not an hour: expected YYYY-MM-DDTHH in UTC with HH from 00 to 23 (e.g."
            + " 2026-11-01T00), or a day YYYY-MM-DD",
        text);
  }

  /** An hour as the command line writes it, e.g. {@code 2026-11-01T07}. */
  public static String label(LocalDateTime hour) {
    return String.format(Locale.ROOT, "%sT%02d", hour.toLocalDate(), hour.getHour());
  }

  static URI fileUrl(URI baseUrl, LocalDateTime hour) {
    return DirectoryFetch.resolve(baseUrl, fileName(hour));
  }

  private static void requireWholeHour(LocalDateTime hour, String name) {
    requireNonNull(hour, name + " is null");
    if (!hour.truncatedTo(ChronoUnit.HOURS).equals(hour)) {
      throw new IllegalArgumentException(name + " must be a whole hour, was " + hour);
    }
  }
}
