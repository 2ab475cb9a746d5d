package io.reposignal.signal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The signals of one repository on one day.
 *
 * @param repo "owner/name" under its current name
 * @param language the primary language on that day, or null
 * @param description the owner's description (untrusted text), or null
 * @param stars the star total on that day
 * @param stars1d stars gained that day, or null when unknown
 * @param stars7d stars gained over the 7 days ending that day, or null when unknown
 * @param stars30d stars gained over the 30 days ending that day, or null when unknown
 * @param growth7d the 7-day gain relative to the total it started from (a fraction), or null
 * @param partial the names of the gain fields whose window started before the first observation and
 *     so count from it
 */
@JsonPropertyOrder({
  "repo",
  "language",
  "stars",
  "stars_1d",
  "stars_7d",
  "stars_30d",
  "growth_7d",
  "partial",
  "description"
})
public record RepoSignal(
    String repo,
    String language,
    String description,
    int stars,
    @JsonProperty("stars_1d") Integer stars1d,
    @JsonProperty("stars_7d") Integer stars7d,
    @JsonProperty("stars_30d") Integer stars30d,
    @JsonProperty("growth_7d") Double growth7d,
    List<String> partial) {

  public RepoSignal {
    requireNonNull(repo, "repo is null");
    partial = List.copyOf(partial);
  }
}
