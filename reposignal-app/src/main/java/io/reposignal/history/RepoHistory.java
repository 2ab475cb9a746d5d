package io.reposignal.history;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A repository's identity and daily star history.
 *
 * @param repo "owner/name" under its current name
 * @param aliases every name it was seen under, oldest first (the current name included)
 * @param names the same names with the days each was seen
 * @param language the latest primary language, or null
 * @param description the latest description (untrusted text), or null
 * @param firstDay the first day it was observed (in the snapshots or by a GH Archive WatchEvent)
 * @param lastDay the last day it was observed
 * @param series one entry per calendar day from the first to the last observation
 * @param github what the GitHub REST API said (see {@code reposignal enrich}), or null when the
 *     repository was never enriched
 */
@JsonPropertyOrder({
  "repo",
  "aliases",
  "names",
  "language",
  "description",
  "first_day",
  "last_day",
  "github",
  "series"
})
public record RepoHistory(
    String repo,
    List<String> aliases,
    List<Alias> names,
    String language,
    String description,
    @JsonProperty("first_day") LocalDate firstDay,
    @JsonProperty("last_day") LocalDate lastDay,
    List<Day> series,
    GitHub github) {

  /** {@link Day#source()} of a day whose gain was estimated from GH Archive star events. */
  public static final String GHARCHIVE_ESTIMATE = "gharchive-estimate";

  public RepoHistory {
    requireNonNull(repo, "repo is null");
    aliases = List.copyOf(aliases);
    names = List.copyOf(names);
    series = List.copyOf(series);
  }

  /**
   * Repository metadata from the GitHub REST API, with the time GitHub answered.
   *
   * @param language the primary language, or null
   * @param topics the topics, possibly empty
   * @param description the description (untrusted text), or null
   * @param createdAt when the repository was created, or null
   * @param stargazersCount the star total GitHub reported
   * @param archived whether it is archived
   * @param status {@code ok}, {@code gone} (404 or 451) or {@code error}
   * @param fetchedAt when GitHub last answered
   */
  @JsonPropertyOrder({
    "language",
    "topics",
    "description",
    "created_at",
    "stargazers_count",
    "archived",
    "status",
    "fetched_at"
  })
  public record GitHub(
      String language,
      List<String> topics,
      String description,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("stargazers_count") long stargazersCount,
      boolean archived,
      String status,
      @JsonProperty("fetched_at") Instant fetchedAt) {
    public GitHub {
      topics = List.copyOf(topics);
    }
  }

  /**
   * A name the repository was seen under.
   *
   * @param name "owner/name"
   * @param firstDay the first day seen so
   * @param lastDay the last day seen so
   */
  @JsonPropertyOrder({"name", "first_day", "last_day"})
  public record Alias(
      String name,
      @JsonProperty("first_day") LocalDate firstDay,
      @JsonProperty("last_day") LocalDate lastDay) {}

  /**
   * One day of the series.
   *
   * @param day the day
   * @param starsTotal the snapshot total, or null on days without one
   * @param starsGained stars gained that day, or null when unknown
   * @param starsEvents WatchEvents GH Archive counted that day (all names and repo ids of the
   *     repository), or null for days without GH Archive data
   * @param source where {@code stars_gained} comes from: {@code snapshot}, {@code snapshot-gap} (a
   *     gain spread over days without a snapshot file), {@code gharchive-estimate} (no snapshot
   *     gain: WatchEvents divided by the day's capture rate, an estimate), or null when there is no
   *     data
   * @param interpolated true where the gain is a share of a gain spread over a gap
   * @param dataEvent a platform-wide event that day ({@code purge}, {@code missing-day}), or null
   */
  @JsonPropertyOrder({
    "day",
    "stars_total",
    "stars_gained",
    "stars_events",
    "source",
    "interpolated",
    "data_event"
  })
  public record Day(
      LocalDate day,
      @JsonProperty("stars_total") Integer starsTotal,
      @JsonProperty("stars_gained") Integer starsGained,
      @JsonProperty("stars_events") Long starsEvents,
      String source,
      boolean interpolated,
      @JsonProperty("data_event") String dataEvent) {}
}
