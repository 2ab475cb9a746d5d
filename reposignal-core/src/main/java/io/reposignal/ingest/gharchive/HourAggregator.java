package io.reposignal.ingest.gharchive;

import io.reposignal.ingest.gharchive.PayloadFields.Action;
import io.reposignal.ingest.gharchive.RepoMetaRow.MetaSource;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongPredicate;

/**
 * Turns the events of one hour file into the rows the store keeps. Each event is counted once: an
 * event key seen earlier in the file, or one the caller says is already stored, is skipped and
 * counted as such. Days are the UTC days of the events' own {@code created_at}; the file's name
 * plays no part. Not thread-safe: one aggregator per file.
 */
final class HourAggregator {
  /** On 2025-10-07 GitHub cut pull request payloads to stubs without repository metadata. */
  static final long PAYLOAD_CUT_EPOCH_SECOND = Timestamps.daysFromCivil(2025, 10, 7) * 86_400L;

  private static final int STARS = 0;
  private static final int FORKS = 1;
  private static final int PUSHES = 2;
  private static final int PRS_OPENED = 3;
  private static final int PRS_MERGED = 4;
  private static final int ISSUES_OPENED = 5;
  private static final int RELEASES = 6;
  private static final int EVENTS = 7;

  private record RepoDayKey(long repoId, long epochDay, String name) {}

  private record ActivityKey(long actorId, long repoId, long epochDay) {}

  private record MetaKey(long repoId, long epochDay, MetaSource source) {}

  private static final class Activity {
    int events;
    int typeMask;
    long orgId = ActivityRow.NONE;
  }

  private final LongPredicate alreadyStored;
  private final LongHashSet seen = new LongHashSet(1 << 16);
  private final LongList keys = new LongList();
  private final Map<RepoDayKey, int[]> repoDays = new HashMap<>();
  private final Map<ActivityKey, Activity> activity = new HashMap<>();
  private final Map<MetaKey, RepoMetaRow> meta = new HashMap<>();
  private final List<StarRow> stars = new ArrayList<>();
  private final long[] typeCounts = new long[EventType.values().length];
  private final Map<String, Long> otherTypeCounts = new TreeMap<>();
  private long duplicates;
  private long stored;
  private long undated;

  HourAggregator(LongPredicate alreadyStored) {
    this.alreadyStored = alreadyStored;
  }

  /**
   * Counts one parsed event. Everything that can fail is read before anything is counted, so a
   * malformed payload leaves the aggregates as they were.
   */
  void add(RawEvent event, JsonCursor cursor) throws MalformedLineException {
    long key =
        event.id != RawEvent.MISSING && event.id > 0
            ? event.id
            : EventKeys.forLine(event.buf, event.lineFrom, event.lineTo, event.createdAt);
    EventType type = event.type == null ? EventType.OTHER : event.type;
    Action action = Action.NONE;
    boolean merged = false;
    PayloadFields.Creation creation = null;
    RepoMetadataReader.Fields repoFields = null;
    MetaSource metaSource = null;
    switch (type) {
      case ISSUES, RELEASE -> action = PayloadFields.action(cursor, event);
      case PULL_REQUEST -> {
        action = PayloadFields.action(cursor, event);
        merged =
            action == Action.MERGED
                || (action == Action.CLOSED && PayloadFields.merged(cursor, event));
        if (!event.timeline
            && event.hasPayload()
            && event.createdAt != Timestamps.MISSING
            && event.createdAt < PAYLOAD_CUT_EPOCH_SECOND) {
          repoFields =
              RepoMetadataReader.pullRequestBase(event.buf, event.payloadFrom, event.payloadTo);
          metaSource = MetaSource.PULL_REQUEST_BASE;
        }
      }
      case CREATE -> creation = PayloadFields.creation(cursor, event);
      default -> {
        // counted by type alone
      }
    }
    if (event.timeline && event.repositoryFrom >= 0 && repoFields == null) {
      repoFields =
          RepoMetadataReader.timelineRepository(
              event.buf, event.repositoryFrom, event.repositoryTo);
      metaSource = MetaSource.TIMELINE_REPOSITORY;
    }
    String repoName = repoName(event, cursor);
    String login = event.hasLogin() ? cursor.decode(event.loginFrom, event.loginTo) : null;
    String otherTypeName =
        type == EventType.OTHER
            ? (event.typeFrom < 0 ? "(none)" : cursor.decode(event.typeFrom, event.typeTo))
            : null;

    if (!seen.add(key)) {
      duplicates++;
      return;
    }
    if (alreadyStored.test(key)) {
      stored++;
      return;
    }
    keys.add(key);
    if (otherTypeName != null) {
      otherTypeCounts.merge(otherTypeName, 1L, Long::sum);
    } else {
      typeCounts[type.ordinal()]++;
    }
    long repoId = repoId(event, repoName);
    long actorId =
        event.actorId != RawEvent.MISSING && event.actorId > 0
            ? event.actorId
            : login != null ? EventKeys.forName(login) : ActivityRow.NONE;
    long orgId =
        event.orgId != RawEvent.MISSING && event.orgId > 0
            ? event.orgId
            : event.orgLogin != null && !event.orgLogin.isEmpty()
                ? EventKeys.forName(event.orgLogin)
                : ActivityRow.NONE;
    Instant createdAt =
        event.createdAt == Timestamps.MISSING ? null : Instant.ofEpochSecond(event.createdAt);
    if (type == EventType.WATCH) {
      stars.add(new StarRow(key, repoId, repoName, actorId, login, createdAt));
    }
    if (createdAt == null) {
      undated++;
      return;
    }
    long epochDay = Math.floorDiv(event.createdAt, 86_400L);
    if (repoId != ActivityRow.NONE && repoName != null) {
      int[] counts =
          repoDays.computeIfAbsent(new RepoDayKey(repoId, epochDay, repoName), k -> new int[8]);
      counts[EVENTS]++;
      switch (type) {
        case WATCH -> counts[STARS]++;
        case FORK -> counts[FORKS]++;
        case PUSH -> counts[PUSHES]++;
        case ISSUES -> counts[ISSUES_OPENED] += action == Action.OPENED ? 1 : 0;
        case PULL_REQUEST -> {
          counts[PRS_OPENED] += action == Action.OPENED ? 1 : 0;
          counts[PRS_MERGED] += merged ? 1 : 0;
        }
        case RELEASE ->
            counts[RELEASES] += action == Action.PUBLISHED || action == Action.NONE ? 1 : 0;
        default -> {
          // other types count only as events
        }
      }
    }
    if (actorId != ActivityRow.NONE) {
      Activity a =
          activity.computeIfAbsent(new ActivityKey(actorId, repoId, epochDay), k -> new Activity());
      a.events++;
      a.typeMask |= type.bit();
      a.orgId = Math.max(a.orgId, orgId);
    }
    if (repoFields != null) {
      long metaRepoId = repoFields.id() > 0 ? repoFields.id() : repoId;
      String metaName = repoFields.fullName() != null ? repoFields.fullName() : repoName;
      keepMeta(
          new RepoMetaRow(
              metaRepoId,
              metaName,
              LocalDate.ofEpochDay(epochDay),
              createdAt,
              key,
              metaSource,
              repoFields.language(),
              repoFields.description(),
              repoFields.stars(),
              repoFields.forks(),
              repoFields.createdAt()));
    }
    if (creation != null && creation.repository() && repoId != ActivityRow.NONE) {
      keepMeta(
          new RepoMetaRow(
              repoId,
              repoName,
              LocalDate.ofEpochDay(epochDay),
              createdAt,
              key,
              MetaSource.CREATE_EVENT,
              null,
              creation.description(),
              null,
              null,
              createdAt));
    }
  }

  /** Keeps the latest observation of a repository's day per source (ties: the larger key). */
  private void keepMeta(RepoMetaRow row) {
    if (row.repoId() == ActivityRow.NONE) {
      return;
    }
    meta.merge(
        new MetaKey(row.repoId(), row.day().toEpochDay(), row.source()),
        row,
        (old, neu) -> {
          int byTime = neu.observedAt().compareTo(old.observedAt());
          return byTime > 0 || (byTime == 0 && neu.eventKey() > old.eventKey()) ? neu : old;
        });
  }

  private static String repoName(RawEvent event, JsonCursor cursor) throws MalformedLineException {
    if (event.repoName != null) {
      return event.repoName;
    }
    return event.repoNameFrom >= 0 ? cursor.decode(event.repoNameFrom, event.repoNameTo) : null;
  }

  private static long repoId(RawEvent event, String repoName) {
    if (event.repoId != RawEvent.MISSING && event.repoId > 0) {
      return event.repoId;
    }
    return repoName != null && !repoName.isEmpty() ? EventKeys.forName(repoName) : ActivityRow.NONE;
  }

  long counted() {
    return keys.size();
  }

  long duplicates() {
    return duplicates;
  }

  long alreadyStored() {
    return stored;
  }

  long undated() {
    return undated;
  }

  Map<String, Long> eventsByType() {
    Map<String, Long> counts = new TreeMap<>(otherTypeCounts);
    for (EventType type : EventType.values()) {
      if (typeCounts[type.ordinal()] > 0) {
        counts.put(type.typeName(), typeCounts[type.ordinal()]);
      }
    }
    return counts;
  }

  HourAggregate finish(HourManifest manifest) {
    List<RepoDayRow> dayRows = new ArrayList<>(repoDays.size());
    repoDays.forEach(
        (k, c) ->
            dayRows.add(
                new RepoDayRow(
                    k.repoId(),
                    k.name(),
                    LocalDate.ofEpochDay(k.epochDay()),
                    c[EVENTS],
                    c[STARS],
                    c[FORKS],
                    c[PUSHES],
                    c[PRS_OPENED],
                    c[PRS_MERGED],
                    c[ISSUES_OPENED],
                    c[RELEASES])));
    List<ActivityRow> activityRows = new ArrayList<>(activity.size());
    activity.forEach(
        (k, a) ->
            activityRows.add(
                new ActivityRow(
                    LocalDate.ofEpochDay(k.epochDay()),
                    k.actorId(),
                    k.repoId(),
                    a.orgId,
                    a.events,
                    a.typeMask)));
    return new HourAggregate(
        manifest, keys.toArray(), dayRows, activityRows, stars, new ArrayList<>(meta.values()));
  }
}
