package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A ledger call and what became of it.
 *
 * @param call the call as made
 * @param status open until the data reaches {@code as_of + horizon}, then hit or miss
 * @param due the day the call resolves: as-of plus horizon
 * @param end the last snapshot day of the horizon once resolved, else null
 * @param realisedRank the repository's rank among that day's candidates by the target once
 *     resolved, or null (open, or no longer listed at the end: a miss, see {@link Outcomes})
 * @param starsGained the stars it gained over the horizon, or null
 * @param live the call was made when the database ended on its as-of day (not in hindsight)
 * @param madeAt when the call was recorded
 */
@JsonPropertyOrder({
  "as_of",
  "horizon",
  "top",
  "target",
  "model_version",
  "rank",
  "repo",
  "probability",
  "status",
  "due",
  "end",
  "realised_rank",
  "stars_gained",
  "live",
  "made_at"
})
public record ResolvedCall(
    @JsonIgnore Call call,
    Status status,
    LocalDate due,
    LocalDate end,
    @JsonProperty("realised_rank") Integer realisedRank,
    @JsonProperty("stars_gained") Integer starsGained,
    boolean live,
    @JsonProperty("made_at") Instant madeAt) {
  public ResolvedCall {
    requireNonNull(call, "call is null");
    requireNonNull(status, "status is null");
    requireNonNull(due, "due is null");
    requireNonNull(madeAt, "madeAt is null");
  }

  /** Whether a call has resolved, and how. */
  public enum Status {
    OPEN("open"),
    HIT("hit"),
    MISS("miss");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    @JsonValue
    public String label() {
      return label;
    }
  }

  @JsonProperty("as_of")
  public LocalDate asOf() {
    return call.asOf();
  }

  @JsonProperty("horizon")
  public int horizon() {
    return call.horizon();
  }

  @JsonProperty("top")
  public int top() {
    return call.top();
  }

  @JsonProperty("target")
  public Target target() {
    return call.target();
  }

  @JsonProperty("model_version")
  public String modelVersion() {
    return call.modelVersion();
  }

  @JsonProperty("rank")
  public int rank() {
    return call.rank();
  }

  @JsonProperty("repo")
  public String repo() {
    return call.repo();
  }

  @JsonProperty("probability")
  public double probability() {
    return call.probability();
  }
}
