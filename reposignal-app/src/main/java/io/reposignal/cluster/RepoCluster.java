package io.reposignal.cluster;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A cluster on a day: repositories of at least three owners that look alike.
 *
 * @param label its most distinctive terms, joined by " / "
 * @param terms up to five distinctive words, most distinctive first
 * @param repos its members, "owner/name", by 7-day gain (largest first), then by name
 * @param owners the distinct owners, alphabetical (case-insensitive)
 * @param languages the members' primary languages, most common first, then alphabetical
 * @param size how many members it has
 * @param size30dAgo how many of its members were in the clustered population 30 days earlier (the
 *     same rule applied that day), or null when that day is before the data can tell
 * @param size60dAgo the same 60 days earlier
 * @param size90dAgo the same 90 days earlier
 * @param stars7d the members' combined trusted stars (less the suspicious ones) gained over the 7
 *     days ending on the day
 * @param stars7d30dAgo the members' combined 7-day gain 30 days earlier, or null as for size
 * @param stars7d60dAgo the same 60 days earlier
 * @param stars7d90dAgo the same 90 days earlier
 * @param emerging true when it grew fast from small (see {@link EmergingRule})
 */
@JsonPropertyOrder({
  "label",
  "terms",
  "size",
  "size_30d_ago",
  "size_60d_ago",
  "size_90d_ago",
  "stars_7d",
  "stars_7d_30d_ago",
  "stars_7d_60d_ago",
  "stars_7d_90d_ago",
  "emerging",
  "owners",
  "languages",
  "repos"
})
public record RepoCluster(
    String label,
    List<String> terms,
    List<String> repos,
    List<String> owners,
    List<String> languages,
    int size,
    @JsonProperty("size_30d_ago") Integer size30dAgo,
    @JsonProperty("size_60d_ago") Integer size60dAgo,
    @JsonProperty("size_90d_ago") Integer size90dAgo,
    @JsonProperty("stars_7d") long stars7d,
    @JsonProperty("stars_7d_30d_ago") Long stars7d30dAgo,
    @JsonProperty("stars_7d_60d_ago") Long stars7d60dAgo,
    @JsonProperty("stars_7d_90d_ago") Long stars7d90dAgo,
    boolean emerging) {
  public RepoCluster {
    requireNonNull(label, "label is null");
    terms = List.copyOf(terms);
    repos = List.copyOf(repos);
    owners = List.copyOf(owners);
    languages = List.copyOf(languages);
    if (size != repos.size()) {
      throw new IllegalArgumentException(
          "size must equal the number of repos (" + repos.size() + "), was " + size);
    }
    if (owners.size() < ClusterFinder.MIN_OWNERS) {
      throw new IllegalArgumentException(
          "a cluster needs at least " + ClusterFinder.MIN_OWNERS + " owners, had " + owners);
    }
  }
}
