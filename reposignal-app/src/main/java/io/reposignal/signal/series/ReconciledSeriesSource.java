package io.reposignal.signal.series;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The snapshots and GH Archive together. Repositories are matched by {@link SourceLinks} (the GH
 * Archive series already carry the snapshot key where linked). Per repository and day, snapshot
 * figures win wherever the snapshot knows the gain (interpolated gains of a missing snapshot day
 * included: their sum over the gap is exact); where it does not (the repository was out of the
 * lists, or before it entered them), the scaled GH Archive gain fills in, flagged estimated, with
 * the total unknown. A repository seen only in GH Archive keeps its GH Archive series.
 */
public final class ReconciledSeriesSource implements DailySeriesSource {
  private final DailySeriesSource snapshots;
  private final GhArchiveSeriesSource events;

  public ReconciledSeriesSource(DailySeriesSource snapshots, GhArchiveSeriesSource events) {
    this.snapshots = requireNonNull(snapshots, "snapshots is null");
    this.events = requireNonNull(events, "events is null");
  }

  @Override
  public SeriesSet load(LocalDate from, LocalDate to) {
    Map<Integer, DailySeries> fromEvents = new HashMap<>();
    for (DailySeries series : events.load(from, to).series()) {
      fromEvents.put(series.key(), series);
    }
    Map<Integer, DailySeries> merged = new TreeMap<>();
    for (DailySeries snapshot : snapshots.load(from, to).series()) {
      DailySeries event = fromEvents.remove(snapshot.key());
      merged.put(snapshot.key(), event == null ? snapshot : merge(snapshot, event));
    }
    merged.putAll(fromEvents);
    return new SeriesSet(from, to, new ArrayList<>(merged.values()));
  }

  /** Snapshot days where the snapshot knows the gain, GH Archive days elsewhere. */
  static DailySeries merge(DailySeries snapshot, DailySeries event) {
    DailySeries.Builder builder = DailySeries.builder(snapshot.key(), snapshot.firstDay());
    for (int i = 0; i < snapshot.length(); i++) {
      if (snapshot.gained(i) != null || event.gained(i) == null) {
        builder.add(
            snapshot.gained(i),
            snapshot.total(i),
            snapshot.observed(i),
            snapshot.interpolated(i),
            snapshot.masked(i),
            snapshot.estimated(i));
      } else {
        builder
            .add(
                event.gained(i),
                snapshot.total(i),
                snapshot.observed(i) || event.observed(i),
                false,
                event.masked(i),
                true)
            .sampledAt(event.sampleRate(i));
      }
    }
    return builder.build();
  }

  /** Snapshot facts first (current names, language, description); GH Archive names otherwise. */
  @Override
  public Map<Integer, RepoFacts> factsOn(LocalDate day) {
    Map<Integer, RepoFacts> facts = new HashMap<>(events.factsOn(day));
    facts.putAll(snapshots.factsOn(day));
    return facts;
  }

  @Override
  public Map<LocalDate, Map<Integer, RepoFacts>> factsOn(Collection<LocalDate> days) {
    Map<LocalDate, Map<Integer, RepoFacts>> fromSnapshots = snapshots.factsOn(days);
    Map<LocalDate, Map<Integer, RepoFacts>> facts = new HashMap<>();
    for (LocalDate day : days) {
      Map<Integer, RepoFacts> ofDay = new HashMap<>(events.factsOn(day));
      ofDay.putAll(fromSnapshots.get(day));
      facts.put(day, ofDay);
    }
    return facts;
  }

  @Override
  public NavigableSet<LocalDate> observedDays() {
    NavigableSet<LocalDate> days = new TreeSet<>(snapshots.observedDays());
    days.addAll(events.observedDays());
    return days;
  }

  /** How GH Archive repositories map to snapshot identities. */
  public SourceLinks links() {
    return events.links();
  }

  /** The capture rates GH Archive's figures are scaled by. */
  public CaptureRates rates() {
    return events.rates();
  }

  /** The rates of every day from {@code from} to {@code to}, for reports. */
  public List<CaptureRate> rates(LocalDate from, LocalDate to) {
    return events.rates().between(from, to);
  }
}
