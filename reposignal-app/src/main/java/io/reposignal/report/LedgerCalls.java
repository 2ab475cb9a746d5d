package io.reposignal.report;

import static java.util.Objects.requireNonNull;

import io.reposignal.forecast.Call;
import io.reposignal.forecast.DefaultCalls;
import io.reposignal.forecast.ForecastLedger;
import io.reposignal.forecast.Forecaster;
import io.reposignal.forecast.ResolvedCall;
import io.reposignal.forecast.Target;
import io.reposignal.forecast.TrackRecord;
import io.reposignal.forecast.WalkForward;
import io.reposignal.signal.RepoSignal;
import io.reposignal.signal.SignalDays;
import io.reposignal.signal.series.SnapshotSeriesSource;
import io.reposignal.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * The article's calls, read from the forecast ledger: the calls of the article's day as first
 * recorded, or, when the ledger has none for that day, made and recorded exactly as {@code
 * reposignal forecast --as-of DAY} does (default horizon and K), so every call an article shows is
 * on the record. The track record counts only earlier calls whose horizon has passed by the day, so
 * an article never reads an outcome after its own day.
 */
final class LedgerCalls implements ReportSources.CallSource {
  /** Calls shown per target, most probable first. */
  static final int CALLS_SHOWN = 5;

  /** Resolved earlier calls listed, newest first. */
  static final int RESOLVED_SHOWN = 10;

  private final Store store;
  private final SignalDays signals;
  private final Clock clock;

  /** Calls from the engine's figures as {@code signals} (reading {@code store}) gives them. */
  LedgerCalls(Store store, SignalDays signals, Clock clock) {
    this.store = requireNonNull(store, "store is null");
    this.signals = requireNonNull(signals, "signals is null");
    this.clock = requireNonNull(clock, "clock is null");
  }

  @Override
  public Optional<CallSection> calls(LocalDate day, List<RepoSignal> repos) {
    NavigableSet<LocalDate> observed = new SnapshotSeriesSource(store).observedDays();
    if (observed.isEmpty()) {
      return Optional.empty();
    }
    WalkForward walkForward = new WalkForward(store, observed, signals);
    ForecastLedger ledger = new ForecastLedger(store);
    Optional<Forecaster.Recorded> made =
        DefaultCalls.of(walkForward, ledger, day, observed.last(), clock.instant());
    if (made.isEmpty()) {
      return Optional.of(
          CallSection.tooEarly(walkForward.firstForecastDay(Forecaster.DEFAULT_HORIZON)));
    }
    Forecaster.Recorded recorded = made.get();
    Map<String, RepoRef> refs = new HashMap<>();
    for (RepoSignal signal : repos) {
      refs.put(signal.repo().toLowerCase(Locale.ROOT), ArticleBuilder.ref(signal));
    }
    CallSection calls =
        new CallSection(
            Forecaster.DEFAULT_HORIZON,
            Forecaster.DEFAULT_TOP,
            WalkForward.MODEL_VERSION,
            shown(recorded.calls(), refs),
            0,
            List.of(),
            List.of(),
            null);
    return Optional.of(withTrackRecord(calls, TrackRecord.of(ledger, walkForward), day, refs));
  }

  private static List<CallSection.Call> shown(List<Call> calls, Map<String, RepoRef> refs) {
    List<CallSection.Call> shown = new ArrayList<>();
    for (Call call : calls) {
      if (call.rank() <= CALLS_SHOWN) {
        shown.add(
            new CallSection.Call(
                ref(call.repo(), refs),
                call.target().label(),
                call.rank(),
                call.probability(),
                call.velocity7d(),
                call.momentum()));
      }
    }
    return shown;
  }

  /** The section with the track record of the calls made before {@code day}. */
  static CallSection withTrackRecord(
      CallSection section, TrackRecord record, LocalDate day, Map<String, RepoRef> refs) {
    int open = 0;
    Map<Target, int[]> counts = new EnumMap<>(Target.class);
    List<ResolvedCall> resolved = new ArrayList<>();
    for (ResolvedCall call : record.calls()) {
      if (!call.asOf().isBefore(day)) {
        continue;
      }
      if (call.status() == ResolvedCall.Status.OPEN || call.due().isAfter(day)) {
        open++;
        continue;
      }
      resolved.add(call);
      int[] count = counts.computeIfAbsent(call.target(), t -> new int[2]);
      count[0]++;
      count[1] += call.status() == ResolvedCall.Status.HIT ? 1 : 0;
    }
    List<CallSection.Rate> rates = new ArrayList<>();
    counts.forEach((target, c) -> rates.add(new CallSection.Rate(target.label(), c[0], c[1])));
    List<CallSection.Resolved> recent =
        resolved.stream()
            .sorted(
                Comparator.comparing(ResolvedCall::asOf, Comparator.reverseOrder())
                    .thenComparing(ResolvedCall::target)
                    .thenComparingInt(ResolvedCall::rank)
                    .thenComparing(ResolvedCall::repo))
            .limit(RESOLVED_SHOWN)
            .map(
                c ->
                    new CallSection.Resolved(
                        ref(c.repo(), refs),
                        c.asOf(),
                        c.target().label(),
                        c.rank(),
                        c.probability(),
                        c.top(),
                        c.realisedRank(),
                        c.status() == ResolvedCall.Status.HIT))
            .toList();
    return new CallSection(
        section.horizonDays(),
        section.top(),
        section.model(),
        section.calls(),
        open,
        rates,
        recent,
        section.unavailable());
  }

  /** The repository as the day's snapshots describe it, or its bare name when not listed. */
  private static RepoRef ref(String repo, Map<String, RepoRef> refs) {
    RepoRef ref = refs.get(repo.toLowerCase(Locale.ROOT));
    return ref != null ? ref : new RepoRef(repo, null, null, 0);
  }
}
