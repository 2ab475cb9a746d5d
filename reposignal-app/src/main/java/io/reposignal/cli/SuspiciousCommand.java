package io.reposignal.cli;

import io.reposignal.error.RepoSignalException;
import io.reposignal.store.Store;
import io.reposignal.suspicious.DetectorSettings;
import io.reposignal.suspicious.SuspiciousDeriver;
import io.reposignal.suspicious.SuspiciousRepoDay;
import io.reposignal.suspicious.SuspiciousRepoDays;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal suspicious}: repository-days whose stars look bought. */
@Command(
    name = "suspicious",
    mixinStandardHelpOptions = true,
    description = {
      "Lists, per repository and UTC day, the stars that look fake, found in the GH Archive events"
          + " loaded with `reposignal ingest gharchive`.",
      "",
      "Four detectors look at each star: low-activity (the account did nothing else in the"
          + " data: one day, at most 2 events, 1 repository), burst (the star falls in an hour"
          + " holding many times the repository's usual hourly stars, from accounts without"
          + " history), young (the account id is above nearly every id active in the preceding"
          + " days: the account was created moments ago) and lockstep (the account is one of at"
          + " least 10 star-only accounts that starred the same two repositories within 15"
          + " days). A star is suspicious on lockstep alone or on two of the other three; a"
          + " repository-day is listed with 5 suspicious stars or more. The signals subtract"
          + " these stars (trusted_stars_24h, trusted_stars_7d, trusted_stars_30d).",
      "",
      "Since mid-2025 GH Archive holds only a sample of stars, so the counts are a sample too."
    })
final class SuspiciousCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--from",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description = "The first day to list. Default: the first day in the database.")
  LocalDate from;

  @Option(
      names = "--to",
      paramLabel = "YYYY-MM-DD",
      converter = DayConverter.class,
      description = "The last day to list. Default: the last day in the database.")
  LocalDate to;

  @Option(
      names = "--json",
      description =
          "Print a JSON array to standard output: per repository-day repo, day, stars,"
              + " suspicious_stars, share (0..1), detectors and accounts (sample logins).")
  boolean json;

  @Option(
      names = "--rebuild",
      description =
          "Run the detectors again even when no GH Archive file was added since they last ran"
              + " (every command that reads signals also runs them when GH Archive files were added).")
  boolean rebuild;

  @Override
  public Integer call() {
    if (from != null && to != null && from.isAfter(to)) {
      throw RepoSignalException.usage("--from %s is after --to %s; swap them", from, to);
    }
    try (Store store = Commands.openStore(spec)) {
      if (rebuild) {
        new SuspiciousDeriver(DetectorSettings.DEFAULT).rebuild(store);
      } else {
        SuspiciousDeriver.rebuildIfStale(store);
      }
      List<SuspiciousRepoDay> days = SuspiciousRepoDays.read(store, from, to);
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        Json.write(out, days);
      } else if (days.isEmpty()) {
        out.println("No suspicious stars in the GH Archive events of the database.");
        out.flush();
      } else {
        print(out, days);
      }
      return 0;
    }
  }

  private static void print(PrintWriter out, List<SuspiciousRepoDay> days) {
    Table table =
        new Table(
            List.of("day", "repo", "stars", "suspicious", "share", "detectors", "accounts"),
            false,
            false,
            true,
            true,
            true,
            false,
            false);
    for (SuspiciousRepoDay day : days) {
      table.add(
          List.of(
              day.day().toString(),
              day.repo(),
              String.format(Locale.ROOT, "%,d", day.stars()),
              String.format(Locale.ROOT, "%,d", day.suspiciousStars()),
              Formats.percent(day.share()),
              String.join(",", day.detectors()),
              String.join(", ", day.accounts())));
    }
    table.print(out);
  }
}
