package io.reposignal.report;

import io.reposignal.signal.SnapshotCalendar;
import io.reposignal.store.Store;
import io.reposignal.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
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
    return new DataNotes(
        calendar.first(),
        calendar.last(),
        observedDays(day),
        reposObserved,
        events(day),
        suspiciousNote(languages.windowSize(), removedAsSuspicious),
        reproductions(day, languages));
  }

  static String suspiciousNote(int windowSize, long removed) {
    return "Suspicious stars removed: "
        + Numbers.count(removed)
        + " from the 7-day gains of the signal window's "
        + windowSize
        + " repositories (raw minus trusted, summed)"
        + (removed == 0
            ? "; no star on these days is flagged as suspicious, so trusted figures equal raw ones."
            : "; trusted figures leave them out.");
  }

  private int observedDays(LocalDate day) {
    try (PreparedStatement query =
        store
            .connection()
            .prepareStatement(
                "SELECT count(*) FROM snap_calendar WHERE status = 'observed' AND day <= ?")) {
      query.setObject(1, day);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new StoreException("cannot count snapshot days: " + e.getMessage(), e);
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
      LocalDate day, LanguageSection languages) {
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
    commands.add(
        new DataNotes.Reproduction("Clusters", "reposignal clusters --as-of " + day + " --json"));
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
