package io.reposignal.web;

import static java.util.Objects.requireNonNull;

import io.reposignal.history.RepoHistory;
import io.reposignal.signal.momentum.Momentum;
import java.time.LocalDate;
import java.util.List;

/** What each page template is given. */
public final class PageModels {
  private PageModels() {}

  /**
   * What every page shows around its content.
   *
   * @param title the page title
   * @param active the navigation entry to highlight (signals, languages, clusters, reports, search)
   * @param latestDay the latest day in the store, or null when it is empty
   */
  public record Chrome(String title, String active, LocalDate latestDay) {
    public Chrome {
      requireNonNull(title, "title is null");
      requireNonNull(active, "active is null");
    }
  }

  /**
   * The signal window page.
   *
   * @param signals the window shown
   * @param languages every language of the day, for the filter
   * @param days the days the store holds, for the day picker
   * @param chartJson the chart's data, as HTML-safe JSON
   */
  public record Signals(
      Views.Signals signals, List<String> languages, Views.Days days, String chartJson) {
    public Signals {
      languages = List.copyOf(languages);
    }

    public List<GainWindow> windows() {
      return List.of(GainWindow.values());
    }

    public List<Momentum> momenta() {
      return List.of(Momentum.values());
    }

    public List<RankBy> rankings() {
      return List.of(RankBy.values());
    }
  }

  /**
   * A repository page.
   *
   * @param repo the repository
   * @param recent the latest days of its series, newest first
   * @param events days of its series with a platform-wide data event
   * @param chartJson the chart's data, as HTML-safe JSON
   */
  public record Repo(
      Views.Repo repo,
      List<RepoHistory.Day> recent,
      List<RepoHistory.Day> events,
      String chartJson) {
    public Repo {
      recent = List.copyOf(recent);
      events = List.copyOf(events);
    }
  }

  /**
   * The language map page.
   *
   * @param languages the map
   * @param days the days the store holds
   * @param chartJson the chart's data, as HTML-safe JSON
   */
  public record Languages(Views.Languages languages, Views.Days days, String chartJson) {
    public List<GainWindow> windows() {
      return List.of(GainWindow.values());
    }

    public List<RankBy> rankings() {
      return List.of(RankBy.values());
    }
  }

  /**
   * The clusters page.
   *
   * @param clusters the clusters of the day
   * @param days the days the store holds, for the day picker
   */
  public record Clusters(Views.Clusters clusters, Views.Days days) {}

  /**
   * The search page.
   *
   * @param query what was searched for, or null before a search
   * @param hits what was found
   */
  public record Search(String query, List<Views.SearchHit> hits) {
    public Search {
      hits = List.copyOf(hits);
    }
  }

  /**
   * The article archive.
   *
   * @param reports the reports, newest first
   * @param directory the folder they are read from
   * @param command the command that writes one
   */
  public record Reports(List<Views.Report> reports, String directory, String command) {
    public Reports {
      reports = List.copyOf(reports);
    }
  }

  /**
   * An error page.
   *
   * @param status the HTTP status
   * @param message what went wrong and how to fix it
   * @param parameter the parameter at fault, or null
   */
  public record Error(int status, String message, String parameter) {}
}
