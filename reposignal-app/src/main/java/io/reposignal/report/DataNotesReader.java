package io.reposignal.report;

import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.signal.series.GhArchiveDays;
import io.reposignal.signal.series.GhArchiveDays.Standing;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import io.reposignal.store.gharchive.GhArchiveSeries;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Reads the article's data notes: coverage and data events up to its day, and how to reproduce. */
final class DataNotesReader {
  private final Store store;

  DataNotesReader(Store store) {
    this.store = store;
  }

  DataNotes read(
      LocalDate day,
      SnapshotCalendar calendar,
      int reposObserved,
      LanguageSection languages,
      long removedAsSuspicious) {
    GhArchiveDays hours = GhArchiveDays.read(store, day);
    HoursRead read = HoursRead.of(hours, day);
    return new DataNotes(
        calendar.fromSnapshots(),
        sourceNote(day, calendar, reposObserved, hours.standing(day) != Standing.NO_DATA),
        read == null ? null : read.note(day),
        calendar.fromSnapshots() ? events(day) : List.of(),
        suspiciousNote(day, flaggedWeek(hours, day), languages.windowSize(), removedAsSuspicious),
        reproductions(day, languages, calendar.fromSnapshots()));
  }

  private static String sourceNote(
      LocalDate day, SnapshotCalendar calendar, int reposObserved, boolean eventsOnTheDay) {
    String span = calendar.first() + " to " + calendar.last() + " in this database; ";
    int days = calendar.observedThrough(day);
    if (calendar.fromSnapshots()) {
      return "Source: the daily top-100 star snapshots (EvanLi/Github-Ranking), "
          + span
          + days
          + " snapshot days up to "
          + day
          + ", "
          + Numbers.count(reposObserved)
          + " repositories observed on the day. "
          + (eventsOnTheDay
              ? "Repositories outside the top-100 lists are seen through GH Archive's events."
              : "Only repositories already in a top-100 list are seen.");
    }
    return "Source: GH Archive's hourly event files alone, "
        + span
        + days
        + " days with events up to "
        + day
        + ", "
        + Numbers.count(reposObserved)
        + " repositories seen on the day. Stars are counted from star events as they happen;"
        + " total star counts, and languages (GitHub's events no longer carry them), need the"
        + " daily snapshots (reposignal ingest rankings) or reposignal enrich.";
  }

  /**
   * The GH Archive hours from the first one in the store up to the article's day, by how they were
   * read.
   *
   * @param first the first day with an hour
   * @param whole hours read whole (some of them empty)
   * @param partly hours read up to a fault
   * @param notRead hours missing or unreadable, including those of the days after the last hour
   *     ingested, which the coverage does not list
   */
  private record HoursRead(LocalDate first, long whole, long partly, long notRead) {
    /** The hours of {@code hours} up to {@code day}; null when the store has none. */
    static HoursRead of(GhArchiveDays hours, LocalDate day) {
      if (hours.all().isEmpty()) {
        return null;
      }
      long whole = 0;
      long partly = 0;
      for (GhArchiveSeries.DayCoverage coverage : hours.all().values()) {
        whole += coverage.hoursOk() + coverage.hoursEmpty();
        partly += coverage.hoursPartial();
      }
      LocalDate first = hours.all().firstKey();
      long span = 24 * (ChronoUnit.DAYS.between(first, day) + 1);
      return new HoursRead(first, whole, partly, span - whole - partly);
    }

    String note(LocalDate day) {
      return "GH Archive hours from "
          + first
          + " to "
          + day
          + ": "
          + Numbers.count(whole)
          + " read whole, "
          + Numbers.count(partly)
          + " partly, "
          + Numbers.count(notRead)
          + " missing or unreadable (reposignal coverage lists them by day).";
    }
  }

  /**
   * The stars flagged as suspicious over the 7 days up to the article's day, across every
   * repository.
   *
   * @param checked whether any GH Archive hour of those days was read (the detectors read its star
   *     events; without one nothing could be flagged)
   * @param stars stars flagged
   * @param repos repositories they went to
   * @param most the repository with the most on one day ("owner/name", untrusted), or null
   * @param mostStars its flagged stars that day
   * @param mostDay that day
   */
  private record FlaggedWeek(
      boolean checked, long stars, int repos, String most, long mostStars, LocalDate mostDay) {}

  /**
   * What the article says of suspicious stars: how many were flagged over the week and where, and
   * how many of them the window's 7-day gains lost ({@code removedFromWindow}); or that nothing
   * could be checked.
   */
  private static String suspiciousNote(
      LocalDate day, FlaggedWeek week, int windowSize, long removedFromWindow) {
    String span = day.minusDays(6) + " to " + day;
    if (!week.checked()) {
      return "Suspicious stars: not checked. The detectors read GH Archive's star events, and no"
          + " GH Archive hour from "
          + span
          + " is in this database, so trusted figures equal raw ones.";
    }
    if (week.stars() == 0) {
      return "Suspicious stars: none flagged from "
          + span
          + " in the GH Archive hours read, so trusted figures equal raw ones.";
    }
    return "Suspicious stars: "
        + Numbers.count(week.stars())
        + " flagged from "
        + span
        + " on "
        + Numbers.count(week.repos())
        + (week.repos() == 1 ? " repository" : " repositories")
        + " (the most: "
        + week.most()
        + ", "
        + Numbers.count(week.mostStars())
        + " on "
        + week.mostDay()
        + "), left out of every trusted figure; "
        + Numbers.count(removedFromWindow)
        + " of them were in the 7-day gains of the signal window's "
        + windowSize
        + " repositories (raw minus trusted, summed).";
  }

  private FlaggedWeek flaggedWeek(GhArchiveDays hours, LocalDate day) {
    LocalDate from = day.minusDays(6);
    // An empty hour was read too: its stars, none, were checked.
    boolean checked =
        hours.all().subMap(from, true, day, true).values().stream()
            .anyMatch(c -> c.covered() || c.hoursEmpty() > 0);
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement(
                "SELECT coalesce(sum(suspicious_stars), 0), count(DISTINCT repo_id),"
                    + " arg_max(repo_name, (suspicious_stars, day, repo_name)),"
                    + " max(suspicious_stars), arg_max(day, (suspicious_stars, day, repo_name))"
                    + " FROM suspicious_repo_day WHERE day BETWEEN ? AND ?")) {
      query.setObject(1, from);
      query.setObject(2, day);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return new FlaggedWeek(
            checked,
            rows.getLong(1),
            rows.getInt(2),
            rows.getString(3),
            rows.getLong(4),
            rows.getObject(5, LocalDate.class));
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read the suspicious stars: " + e.getMessage(), e);
    }
  }

  private List<DataNotes.DataEvent> events(LocalDate day) {
    List<DataNotes.DataEvent> events = new ArrayList<>();
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement(
                "SELECT day, kind, repos_affected, share, stars, detail FROM data_event"
                    + " WHERE source = 'rankings' AND day <= ? ORDER BY day, kind")) {
      query.setObject(1, day);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          events.add(
              new DataNotes.DataEvent(
                  rows.getObject(1, LocalDate.class),
                  rows.getString(2),
                  (Integer) rows.getObject(3),
                  (Double) rows.getObject(4),
                  (Long) rows.getObject(5),
                  rows.getString(6)));
        }
      }
    } catch (SQLException e) {
      throw new StoreException("cannot read data events: " + e.getMessage(), e);
    }
    return events;
  }

  private static List<DataNotes.Reproduction> reproductions(
      LocalDate day, LanguageSection languages, boolean snapshots) {
    List<DataNotes.Reproduction> commands = new ArrayList<>();
    commands.add(
        new DataNotes.Reproduction(
            "Signal window, 7-day leaders, headline and summary",
            "reposignal signals --as-of " + day + " --json"));
    commands.add(
        new DataNotes.Reproduction(
            "Language map", "reposignal languages --as-of " + day + " --json"));
    if (languages.day30() != null) {
      commands.add(
          new DataNotes.Reproduction(
              "Language map 30 days earlier",
              "reposignal languages --as-of " + languages.day30() + " --json"));
    }
    if (languages.day90() != null) {
      commands.add(
          new DataNotes.Reproduction(
              "Language map 90 days earlier",
              "reposignal languages --as-of " + languages.day90() + " --json"));
    }
    if (snapshots) {
      commands.add(
          new DataNotes.Reproduction("Clusters", "reposignal clusters --as-of " + day + " --json"));
    }
    commands.add(
        new DataNotes.Reproduction(
            "24-hour leaders",
            "reposignal signals --as-of "
                + day
                + " --window 100000 --json | jq 'sort_by(-.stars_1d) | .[:10]'"));
    commands.add(
        new DataNotes.Reproduction(
            "Largest repositories by language (contrarian check)",
            "reposignal signals --as-of "
                + day
                + " --window 100000 --json | jq '[sort_by(-.stars) | .[:100][] | .language]"
                + " | group_by(.) | map({language: .[0], repos: length})'"));
    commands.add(
        new DataNotes.Reproduction(
            "Retention examples (sustained; likewise spike-and-fade)",
            "reposignal signals --as-of "
                + day
                + " --window 100000 --json | jq '[.[] | select(.momentum == \"sustained\")]"
                + " | sort_by(-.score) | .[:3]'"));
    commands.add(
        new DataNotes.Reproduction(
            "Daily star curves and momentum history", "reposignal repo OWNER/NAME --json"));
    commands.add(
        new DataNotes.Reproduction(
            "The whole article", "reposignal report --as-of " + day + " --out DIR"));
    return commands;
  }
}
