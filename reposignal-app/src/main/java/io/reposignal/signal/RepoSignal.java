package io.reposignal.signal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.reposignal.signal.momentum.Momentum;
import io.reposignal.signal.momentum.Reasons;
import io.reposignal.signal.score.SignalScore;
import java.util.List;

/**
 * The signals of one repository on one day. Gains count the day itself as the last day (7d is
 * D-6..D); raw figures are the source's, trusted figures are raw less the stars judged suspicious
 * (on days GH Archive covers); rates and statistics skip masked days (purges).
 *
 * @param repo "owner/name" under its current name
 * @param language the primary language on that day, or null
 * @param description the owner's description (untrusted text), or null
 * @param stars the star total on that day (a snapshot total, carried by estimated gains on days
 *     without a snapshot), or null when no snapshot ever gave one (GH Archive only)
 * @param stars1d stars gained that day (raw), or null when unknown; {@code stars_24h} is the same
 * @param stars7d stars gained over the 7 days ending that day, or null when unknown
 * @param stars30d stars gained over the 30 days ending that day, or null when unknown
 * @param growth7d the 7-day gain relative to the total it started from (a fraction), or null
 * @param trustedStars24h stars gained that day less suspicious ones, or null
 * @param trustedStars7d stars gained over 7 days less suspicious ones, or null
 * @param trustedStars30d stars gained over 30 days less suspicious ones, or null
 * @param velocity7d mean trusted gain per usable day over the last 7 days, or null
 * @param acceleration velocity over the last 7 days minus the 7 before (stars/day), or null
 * @param relativeGrowth7d trusted 7-day gain over the total 7 days earlier, or null
 * @param baselineMedian median daily gain over the 28 days before, or null
 * @param baselineSpread robust spread (MAD scaled to a standard deviation) of those days, or null
 * @param zToday how many robust spreads today is above the baseline median, or null
 * @param momentum the momentum class, or null when the history is too short
 * @param score the signal score (about 100 at the day's 99th percentile, above it for the few
 *     beyond), or null when the 7-day velocity is unknown
 * @param scoreParts the percentiles the score was made of, or null
 * @param reasons the figures that decided the momentum
 * @param estimated true where a figure is scaled from a sample (never for snapshot figures)
 * @param partial the names of the gain fields whose window started before the first observation and
 *     so count from it ({@code velocity_7d}: fewer than 7 usable days)
 */
@JsonPropertyOrder({
  "repo",
  "language",
  "stars",
  "stars_1d",
  "stars_24h",
  "stars_7d",
  "stars_30d",
  "growth_7d",
  "trusted_stars_24h",
  "trusted_stars_7d",
  "trusted_stars_30d",
  "velocity_7d",
  "acceleration",
  "relative_growth_7d",
  "baseline_median",
  "baseline_spread",
  "z_today",
  "momentum",
  "score",
  "score_parts",
  "reasons",
  "estimated",
  "partial",
  "description"
})
public record RepoSignal(
    String repo,
    String language,
    String description,
    Integer stars,
    @JsonProperty("stars_1d") Integer stars1d,
    @JsonProperty("stars_7d") Integer stars7d,
    @JsonProperty("stars_30d") Integer stars30d,
    @JsonProperty("growth_7d") Double growth7d,
    @JsonProperty("trusted_stars_24h") Integer trustedStars24h,
    @JsonProperty("trusted_stars_7d") Integer trustedStars7d,
    @JsonProperty("trusted_stars_30d") Integer trustedStars30d,
    @JsonProperty("velocity_7d") Double velocity7d,
    Double acceleration,
    @JsonProperty("relative_growth_7d") Double relativeGrowth7d,
    @JsonProperty("baseline_median") Double baselineMedian,
    @JsonProperty("baseline_spread") Double baselineSpread,
    @JsonProperty("z_today") Double zToday,
    Momentum momentum,
    Double score,
    @JsonProperty("score_parts") SignalScore.Parts scoreParts,
    List<String> reasons,
    boolean estimated,
    List<String> partial) {

  public RepoSignal {
    requireNonNull(repo, "repo is null");
    reasons = Reasons.immutable(reasons);
    partial = List.copyOf(partial);
  }

  /**
   * Stars of the 7-day gain judged suspicious: raw minus trusted, 0 when either is unknown (not in
   * the JSON, which has both).
   */
  @JsonIgnore
  public int suspiciousStars7d() {
    return stars7d == null || trustedStars7d == null ? 0 : Math.max(0, stars7d - trustedStars7d);
  }

  /** The same figure as {@link #stars1d}: the name GitHub Trending users look for. */
  @JsonProperty("stars_24h")
  public Integer stars24h() {
    return stars1d;
  }
}
