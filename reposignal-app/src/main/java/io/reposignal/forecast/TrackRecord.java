package io.reposignal.forecast;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The ledger's calls resolved against the data: a call resolves once the snapshots reach its as-of
 * day plus its horizon (nothing is stored; every reading resolves afresh, so new data resolves
 * calls without a separate step), and its hit rate over time, per as-of month and target.
 *
 * @param calls every call, open or resolved
 * @param byMonth the hit rate per as-of month and target, oldest first
 * @param overall the hit rate per target over all resolved calls
 */
@JsonPropertyOrder({"overall", "by_month", "calls"})
public record TrackRecord(
    List<ResolvedCall> calls,
    @JsonProperty("by_month") List<HitRate> byMonth,
    List<HitRate> overall) {
  public TrackRecord {
    calls = List.copyOf(calls);
    byMonth = List.copyOf(byMonth);
    overall = List.copyOf(overall);
  }

  /**
   * Hits among resolved calls of a group.
   *
   * @param month the as-of month ("YYYY-MM"), or null for all months
   * @param target absolute or relative
   * @param calls calls made
   * @param resolved calls resolved
   * @param hits resolved calls that were hits
   * @param hitRate hits over resolved calls, or null when none resolved
   * @param meanProbability the mean probability of the resolved calls, or null: a calibrated model
   *     has it close to the hit rate
   */
  @JsonPropertyOrder({
    "month",
    "target",
    "calls",
    "resolved",
    "hits",
    "hit_rate",
    "mean_probability"
  })
  public record HitRate(
      String month,
      Target target,
      int calls,
      int resolved,
      int hits,
      @JsonProperty("hit_rate") Double hitRate,
      @JsonProperty("mean_probability") Double meanProbability) {}

  /** Resolves every call of {@code ledger} against the data {@code walkForward} reads. */
  public static TrackRecord of(ForecastLedger ledger, WalkForward walkForward) {
    requireNonNull(ledger, "ledger is null");
    List<ForecastLedger.Entry> entries = ledger.all();
    // One read for the outcomes of every as-of day, not one per day: the ledger grows daily.
    Map<Integer, Set<LocalDate>> asOfDays = new TreeMap<>();
    for (ForecastLedger.Entry entry : entries) {
      asOfDays
          .computeIfAbsent(entry.call().horizon(), h -> new TreeSet<>())
          .add(entry.call().asOf());
    }
    asOfDays.forEach((horizon, days) -> walkForward.prepareOutcomes(days, horizon));
    Map<String, Map<String, Integer>> ranksByForecast = new HashMap<>();
    List<ResolvedCall> resolved = new ArrayList<>();
    for (ForecastLedger.Entry entry : entries) {
      Call call = entry.call();
      LocalDate due = call.asOf().plusDays(call.horizon());
      Outcomes outcomes = walkForward.outcomes(call.asOf(), call.horizon());
      if (outcomes == null) {
        resolved.add(
            new ResolvedCall(
                call,
                ResolvedCall.Status.OPEN,
                due,
                null,
                null,
                null,
                entry.live(),
                entry.madeAt()));
        continue;
      }
      Map<String, Integer> ranks =
          ranksByForecast.computeIfAbsent(
              call.asOf() + "/" + call.horizon() + "/" + call.target(),
              key -> ranks(outcomes.ranking(call.target())));
      Integer rank = ranks.get(call.repo());
      Outcomes.Outcome outcome = outcomes.gains().get(call.repo());
      boolean hit = rank != null && rank <= call.top();
      resolved.add(
          new ResolvedCall(
              call,
              hit ? ResolvedCall.Status.HIT : ResolvedCall.Status.MISS,
              due,
              outcomes.end(),
              rank,
              outcome == null ? null : outcome.gained(),
              entry.live(),
              entry.madeAt()));
    }
    return new TrackRecord(resolved, rates(resolved, true), rates(resolved, false));
  }

  private static Map<String, Integer> ranks(List<String> ranking) {
    Map<String, Integer> ranks = new HashMap<>();
    for (int i = 0; i < ranking.size(); i++) {
      ranks.put(ranking.get(i), i + 1);
    }
    return ranks;
  }

  private static List<HitRate> rates(List<ResolvedCall> calls, boolean byMonth) {
    Map<String, List<ResolvedCall>> groups = new TreeMap<>();
    for (ResolvedCall call : calls) {
      String month = byMonth ? YearMonth.from(call.asOf()).toString() : "";
      groups
          .computeIfAbsent(month + "/" + call.target().label(), key -> new ArrayList<>())
          .add(call);
    }
    List<HitRate> rates = new ArrayList<>();
    for (List<ResolvedCall> group : groups.values()) {
      int resolvedCount = 0;
      int hits = 0;
      double probabilities = 0;
      for (ResolvedCall call : group) {
        if (call.status() != ResolvedCall.Status.OPEN) {
          resolvedCount++;
          hits += call.status() == ResolvedCall.Status.HIT ? 1 : 0;
          probabilities += call.probability();
        }
      }
      ResolvedCall first = group.get(0);
      rates.add(
          new HitRate(
              byMonth ? YearMonth.from(first.asOf()).toString() : null,
              first.target(),
              group.size(),
              resolvedCount,
              hits,
              resolvedCount == 0 ? null : hits / (double) resolvedCount,
              resolvedCount == 0 ? null : probabilities / resolvedCount));
    }
    return rates;
  }

  @JsonIgnore
  public boolean isEmpty() {
    return calls.isEmpty();
  }
}
