package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One forecast call: "{@code repo} will be among the top {@code top} gainers ({@code target}) of
 * the {@code horizon} days after {@code asOf}", with its probability and the features behind it.
 *
 * @param asOf the data date: the last snapshot day the call read
 * @param horizon days after the as-of day the call covers
 * @param top K of "the top K gainers"
 * @param target absolute or relative growth
 * @param modelVersion the model that made the call
 * @param rank 1 for the most probable call of the forecast
 * @param repo "owner/name"
 * @param probability the model's probability, 0 to 1
 * @param features the model's inputs by name, null where unknown
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
  "features"
})
public record Call(
    @JsonProperty("as_of") LocalDate asOf,
    int horizon,
    int top,
    Target target,
    @JsonProperty("model_version") String modelVersion,
    int rank,
    String repo,
    double probability,
    Map<String, Double> features) {
  public Call {
    requireNonNull(asOf, "asOf is null");
    requireNonNull(target, "target is null");
    requireNonNull(modelVersion, "modelVersion is null");
    requireNonNull(repo, "repo is null");
    if (horizon < 1 || top < 1 || rank < 1) {
      throw new IllegalArgumentException(
          "horizon, top and rank must be >= 1, were " + horizon + ", " + top + ", " + rank);
    }
    if (!(probability >= 0 && probability <= 1)) {
      throw new IllegalArgumentException("probability must be in 0..1, was " + probability);
    }
    // Insertion order is the feature order; nulls (unknown) are kept, so no Map.copyOf.
    features = Collections.unmodifiableMap(new LinkedHashMap<>(features));
  }

  /** The stars a day it gained over the 7 days to the as-of day, or null when unknown. */
  @JsonIgnore
  public Double velocity7d() {
    Double logVelocity = features.get("log_velocity_7d");
    return logVelocity == null ? null : Math.expm1(logVelocity);
  }

  /**
   * Its momentum class on the as-of day as the features carry it: breakout, spike-and-fade,
   * slow-burn, sustained, cooling, steady, or null when unknown.
   */
  @JsonIgnore
  public String momentum() {
    for (String name : List.of("breakout", "spike_and_fade", "slow_burn", "sustained", "cooling")) {
      Double flag = features.get("momentum_" + name);
      if (flag != null && flag > 0) {
        return name.replace('_', '-');
      }
    }
    Double unknown = features.get("momentum_unknown");
    return unknown != null && unknown > 0 ? null : "steady";
  }

  /** The named features of {@code candidate}, NaN as null. */
  static Map<String, Double> namedFeatures(Candidate candidate) {
    Map<String, Double> named = new LinkedHashMap<>();
    for (int i = 0; i < ForecastFeatures.NAMES.size(); i++) {
      double value = candidate.feature(i);
      named.put(ForecastFeatures.NAMES.get(i), Double.isNaN(value) ? null : value);
    }
    return named;
  }
}
