package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.RepoSignalException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches the daily star snapshots of the public EvanLi/Github-Ranking repository: the file of day
 * D is {@code BASE/Data/github-ranking-D.csv}, saved as {@code github-ranking-D.csv}, the name
 * {@code reposignal ingest rankings} reads. Days are UTC calendar days.
 */
public final class RankingsFetcher {
  public static final URI DEFAULT_BASE_URL =
      URI.create("https://raw.githubusercontent.com/EvanLi/Github-Ranking/master");

  /** About ten years: longer spans are more likely a typo in a year than a wish. */
  public static final int MAX_DAYS = 3660;

  private final Downloader downloader;
  private final Clock clock;

  public RankingsFetcher(Downloader downloader, Clock clock) {
    this.downloader = requireNonNull(downloader, "downloader is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  /** A fetcher with the default download policy and the system clock. */
  public static RankingsFetcher create(String version) {
    return new RankingsFetcher(
        Downloader.create(DownloadPolicy.defaults(version)), Clock.systemUTC());
  }

  /**
   * Downloads the snapshots of {@code from} to {@code to} (inclusive) into {@code directory}.
   *
   * @throws RepoSignalException USAGE for a reversed, too long or future range; UNAVAILABLE when
   *     the source cannot be reached
   */
  public FetchReport fetch(
      LocalDate from, LocalDate to, URI baseUrl, Path directory, DownloadListener listener) {
    requireNonNull(from, "from is null");
    requireNonNull(to, "to is null");
    if (from.isAfter(to)) {
      throw RepoSignalException.usage(
          "--from %s is after --to %s; give the earlier day first", from, to);
    }
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    if (days > MAX_DAYS) {
      throw RepoSignalException.usage(
          "%s to %s spans %d days, more than the %d allowed at once; check the years or split"
              + " the range",
          from, to, days, MAX_DAYS);
    }
    LocalDate today = LocalDate.now(clock);
    if (to.isAfter(today)) {
      throw RepoSignalException.usage(
          "--to %s is in the future (today is %s, UTC); no snapshot exists yet", to, today);
    }
    List<Download> plan = new ArrayList<>();
    for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
      plan.add(new Download(fileUrl(baseUrl, day), directory.resolve(fileName(day))));
    }
    return DirectoryFetch.run(downloader, clock, baseUrl, directory, plan, listener);
  }

  /**
   * Downloads the snapshots of the last {@code days} days up to and including today (UTC). Today's
   * file may not be published yet: it is then recorded missing and asked for again next time.
   */
  public FetchReport fetchLastDays(
      int days, URI baseUrl, Path directory, DownloadListener listener) {
    if (days < 1 || days > MAX_DAYS) {
      throw RepoSignalException.usage(
          "the number of days must be between 1 and %d, was %d", MAX_DAYS, days);
    }
    LocalDate today = LocalDate.now(clock);
    return fetch(today.minusDays(days - 1L), today, baseUrl, directory, listener);
  }

  /** The saved name of a day's snapshot, e.g. {@code github-ranking-2026-05-01.csv}. */
  public static String fileName(LocalDate day) {
    return "github-ranking-" + day + ".csv";
  }

  static URI fileUrl(URI baseUrl, LocalDate day) {
    return DirectoryFetch.resolve(baseUrl, "Data/" + fileName(day));
  }
}
