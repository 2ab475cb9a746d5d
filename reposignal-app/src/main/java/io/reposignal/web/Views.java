package io.reposignal.web;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.reposignal.cluster.RepoCluster;
import io.reposignal.history.RepoHistory;
import io.reposignal.signal.LanguageMap;
import io.reposignal.signal.MomentumDay;
import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.momentum.Momentum;
import java.time.LocalDate;
import java.util.List;

/** What the pages show and the API returns: one record per answer, written as JSON as it is. */
public final class Views {
  private Views() {}

  /**
   * The days the store holds.
   *
   * @param first the first day with a snapshot, or null when the store is empty
   * @param last the latest day with a snapshot, or null
   * @param missing days between them without a snapshot file
   */
  @JsonPropertyOrder({"first", "last", "missing"})
  public record Days(LocalDate first, LocalDate last, List<LocalDate> missing) {
    public Days {
      missing = List.copyOf(missing);
    }
  }

  /**
   * A signal window.
   *
   * @param asOf the day it is computed for
   * @param window the gain window it is ranked by
   * @param rankBy what ranks it: the signal score, or the stars gained over the window
   * @param language the language filter, or null
   * @param momentum the momentum filter, or null for every class
   * @param size the most repositories it holds
   * @param repos the repositories, best first
   */
  @JsonPropertyOrder({"as_of", "window", "rank_by", "language", "momentum", "size", "repos"})
  public record Signals(
      @JsonProperty("as_of") LocalDate asOf,
      String window,
      @JsonProperty("rank_by") String rankBy,
      String language,
      String momentum,
      int size,
      List<RepoSignal> repos) {
    public Signals {
      requireNonNull(asOf, "asOf is null");
      repos = List.copyOf(repos);
    }
  }

  /**
   * The language map of a signal window, with its shift against the windows of 30 and 90 days
   * earlier (ranked the same way).
   *
   * @param asOf the day
   * @param window the gain window (ranks the window when {@code rankBy} is gain)
   * @param rankBy what ranks the signal window: score or gain
   * @param size how many slots the window has
   * @param day30DaysAgo the day compared 30 days earlier (or up to 3 days before it), or null
   * @param day90DaysAgo the same 90 days earlier, or null
   * @param languages languages by slots, most first; shares are fractions of the window;
   *     repos_30d_ago and repos_90d_ago null when that day is unknown
   */
  @JsonPropertyOrder({
    "as_of",
    "window",
    "rank_by",
    "size",
    "day_30d_ago",
    "day_90d_ago",
    "languages"
  })
  public record Languages(
      @JsonProperty("as_of") LocalDate asOf,
      String window,
      @JsonProperty("rank_by") String rankBy,
      int size,
      @JsonProperty("day_30d_ago") LocalDate day30DaysAgo,
      @JsonProperty("day_90d_ago") LocalDate day90DaysAgo,
      List<LanguageMap.Shift> languages) {
    public Languages {
      requireNonNull(asOf, "asOf is null");
      languages = List.copyOf(languages);
    }
  }

  /**
   * The clusters of a day, as {@code reposignal clusters --json} prints them.
   *
   * @param asOf the day
   * @param population how many repositories were clustered (the top by signal score)
   * @param clusters the clusters, largest combined 7-day gain first
   */
  @JsonPropertyOrder({"as_of", "population", "clusters"})
  public record Clusters(
      @JsonProperty("as_of") LocalDate asOf, int population, List<RepoCluster> clusters) {
    public Clusters {
      requireNonNull(asOf, "asOf is null");
      clusters = List.copyOf(clusters);
    }
  }

  /**
   * A repository found by a search.
   *
   * @param repo "owner/name" under its current name
   * @param matchedName the name that matched (an old name when the repository was renamed)
   * @param firstDay the first day it was observed
   * @param lastDay the last day it was observed
   */
  @JsonPropertyOrder({"repo", "matched_name", "first_day", "last_day"})
  public record SearchHit(
      String repo,
      @JsonProperty("matched_name") String matchedName,
      @JsonProperty("first_day") LocalDate firstDay,
      @JsonProperty("last_day") LocalDate lastDay) {
    public SearchHit {
      requireNonNull(repo, "repo is null");
      requireNonNull(matchedName, "matchedName is null");
    }

    /** True when the repository matched by a name it no longer has. */
    public boolean renamed() {
      return !repo.equalsIgnoreCase(matchedName);
    }
  }

  /**
   * How much of a repository's series is observed, and how: each day counts once, in the first
   * category that fits.
   *
   * @param observedDays days with a snapshot total
   * @param eventDays days without one whose gain was estimated from GH Archive star events
   * @param interpolatedDays days whose gain is a share of a gain spread over a gap
   * @param noDataDays days with none of these
   */
  @JsonPropertyOrder({"observed_days", "event_days", "interpolated_days", "no_data_days"})
  public record Coverage(
      @JsonProperty("observed_days") int observedDays,
      @JsonProperty("event_days") int eventDays,
      @JsonProperty("interpolated_days") int interpolatedDays,
      @JsonProperty("no_data_days") int noDataDays) {

    static Coverage of(List<RepoHistory.Day> series) {
      int observed = 0;
      int events = 0;
      int interpolated = 0;
      int none = 0;
      for (RepoHistory.Day day : series) {
        if (day.starsTotal() != null) {
          observed++;
        } else if (RepoHistory.GHARCHIVE_ESTIMATE.equals(day.source())) {
          events++;
        } else if (day.interpolated()) {
          interpolated++;
        } else {
          none++;
        }
      }
      return new Coverage(observed, events, interpolated, none);
    }
  }

  /**
   * A repository: its identity, metadata and daily star series.
   *
   * @param repo "owner/name" under its current name
   * @param requestedAs the name it was asked for (an old name finds it too)
   * @param aliases every name it was seen under, oldest first
   * @param names the names with the days each was seen
   * @param language the latest primary language, or null
   * @param description the latest description (untrusted text), or null
   * @param topics GitHub topics when enrichment described it, else null
   * @param firstDay the first day observed
   * @param lastDay the last day observed
   * @param coverage how much of the series is observed
   * @param momentumHistory its momentum class, score and reasons on every observed day, oldest
   *     first
   * @param suspiciousStars its days with stars judged suspicious in the GH Archive events, oldest
   *     first; null when the store holds no GH Archive hour (nothing could be judged)
   * @param series one entry per calendar day from the first to the last observation
   */
  @JsonPropertyOrder({
    "repo",
    "requested_as",
    "aliases",
    "names",
    "language",
    "description",
    "topics",
    "first_day",
    "last_day",
    "coverage",
    "momentum_history",
    "suspicious_stars",
    "series"
  })
  public record Repo(
      String repo,
      @JsonProperty("requested_as") String requestedAs,
      List<String> aliases,
      List<RepoHistory.Alias> names,
      String language,
      String description,
      List<String> topics,
      @JsonProperty("first_day") LocalDate firstDay,
      @JsonProperty("last_day") LocalDate lastDay,
      Coverage coverage,
      @JsonProperty("momentum_history") List<MomentumDay> momentumHistory,
      @JsonProperty("suspicious_stars")
          List<io.reposignal.suspicious.SuspiciousRepoDay> suspiciousStars,
      List<RepoHistory.Day> series) {
    public Repo {
      requireNonNull(repo, "repo is null");
      aliases = List.copyOf(aliases);
      names = List.copyOf(names);
      series = List.copyOf(series);
      momentumHistory = List.copyOf(momentumHistory);
      suspiciousStars = suspiciousStars == null ? null : List.copyOf(suspiciousStars);
    }

    static Repo of(
        RepoHistory history,
        String requestedAs,
        List<String> topics,
        List<MomentumDay> momentumHistory,
        List<io.reposignal.suspicious.SuspiciousRepoDay> suspiciousStars) {
      return new Repo(
          history.repo(),
          requestedAs,
          history.aliases(),
          history.names(),
          history.language(),
          history.description(),
          topics,
          history.firstDay(),
          history.lastDay(),
          Coverage.of(history.series()),
          momentumHistory,
          suspiciousStars,
          history.series());
    }

    /**
     * The days its momentum class changed, newest first: the first classified day, then each day
     * whose class differs from the day before (days without a class are skipped).
     */
    public List<MomentumDay> momentumChanges() {
      List<MomentumDay> changes = new java.util.ArrayList<>();
      Momentum previous = null;
      for (MomentumDay day : momentumHistory) {
        if (day.momentum() != null && day.momentum() != previous) {
          changes.add(day);
          previous = day.momentum();
        }
      }
      java.util.Collections.reverse(changes);
      return changes;
    }

    /** The latest day's momentum, or null when it has no history. */
    public MomentumDay latestMomentum() {
      return momentumHistory.isEmpty() ? null : momentumHistory.get(momentumHistory.size() - 1);
    }

    /** True when it was asked for by a name it no longer has. */
    public boolean renamed() {
      return !repo.equalsIgnoreCase(requestedAs);
    }
  }

  /**
   * A trend report in the archive.
   *
   * @param day the day it reports on
   * @param html the path of its HTML version
   * @param markdown the path of its Markdown version, or null when there is none
   * @param updated when the HTML file was last written (ISO-8601, UTC)
   */
  @JsonPropertyOrder({"day", "html", "markdown", "updated"})
  public record Report(LocalDate day, String html, String markdown, String updated) {
    public Report {
      requireNonNull(day, "day is null");
      requireNonNull(html, "html is null");
    }
  }
}
