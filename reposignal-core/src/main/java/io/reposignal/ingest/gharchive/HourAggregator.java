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
 * counted as such. A file with no repeated key (nearly all of them) need not pay for a set of the
 * keys seen: an aggregator built {@linkplain #HourAggregator(LongPredicate, int, boolean, Tables)
 * without one} counts every key and says afterwards whether a key repeated, so that the caller can
 * read the file again with the set. Days are the UTC days of the events' own {@code created_at};
 * the file's name plays no part. Not thread-safe: one aggregator per file.
 */
final class HourAggregator {
  /** On 2025-10-07 GitHub cut pull request payloads to stubs without repository metadata. */
  static final long PAYLOAD_CUT_EPOCH_SECOND = Timestamps.daysFromCivil(2025, 10, 7) * 86_400L;

  private record MetaKey(long repoId, long epochDay, MetaSource source) {}

  private final LongPredicate alreadyStored;
  private final LongHashSet seen;
  private final LongList keys;

  /** The counted keys in ascending order, once counting is over. */
  private long[] sortedKeys;

  private final RepoDayTable repoDays;
  private final ActivityTable activity;
  private final Map<MetaKey, RepoMetaRow> meta = new HashMap<>();
  private final List<StarRow> stars = new ArrayList<>();
  private final long[] typeCounts = new long[EventType.values().length];
  private final Map<String, Long> otherTypeCounts = new TreeMap<>();
  private long duplicates;
  private long stored;
  private long undated;

  /**
   * @param expectedEvents how many events the file probably holds (the previous file's count, say),
   *     so that the tables are sized once instead of growing
   * @param checkRepeats keep a set of the keys seen, so that a repeated key is skipped as it comes;
   *     without it, {@link #repeatsKeys()} tells afterwards
   * @param tables the reader's working tables, emptied here and lent to this aggregator until it
   *     finishes
   */
  HourAggregator(
      LongPredicate alreadyStored, int expectedEvents, boolean checkRepeats, Tables tables) {
    this.alreadyStored = alreadyStored;
    int expected = Math.max(1 << 12, expectedEvents + expectedEvents / 8);
    this.seen = checkRepeats ? new LongHashSet(expected) : null;
    tables.activity.prepare(expected);
    tables.repoDays.prepare(expected / 2);
    tables.keys.clear();
    this.activity = tables.activity;
    this.repoDays = tables.repoDays;
    this.keys = tables.keys;
  }

  /**
   * The working tables of one reader, kept from file to file: the finished rows are copies, so the
   * tables (tens of megabytes for a busy hour) are allocated once per thread instead of per file.
   */
  static final class Tables {
    private final ActivityTable activity = new ActivityTable(0);
    private final RepoDayTable repoDays = new RepoDayTable(0);
    private final LongList keys = new LongList();
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
    boolean needsText =
        type == EventType.WATCH
            || repoFields != null
            || (creation != null && creation.repository());
    String repoName = needsText || event.repoId <= 0 ? repoName(event, cursor) : null;
    String login =
        event.hasLogin() && (needsText || event.actorId <= 0)
            ? cursor.decode(event.loginFrom, event.loginTo)
            : null;
    String otherTypeName =
        type == EventType.OTHER
            ? (event.typeFrom < 0 ? "(none)" : cursor.decode(event.typeFrom, event.typeTo))
            : null;

    if (seen != null && !seen.add(key)) {
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
    boolean dated = event.createdAt != Timestamps.MISSING;
    if (type == EventType.WATCH) {
      Instant time = dated ? Instant.ofEpochSecond(event.createdAt) : null;
      stars.add(new StarRow(key, repoId, repoName, actorId, login, time));
    }
    if (!dated) {
      undated++;
      return;
    }
    Instant createdAt = null;
    if (repoFields != null || creation != null) {
      createdAt = Instant.ofEpochSecond(event.createdAt);
    }
    long epochDay = Math.floorDiv(event.createdAt, 86_400L);
    if (repoId != ActivityRow.NONE && event.hasRepoName()) {
      countRepoDay(event, repoId, epochDay, type, action, merged);
    }
    if (actorId != ActivityRow.NONE) {
      activity.add(actorId, repoId, epochDay, orgId, type.bit());
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

  private void countRepoDay(
      RawEvent event, long repoId, long epochDay, EventType type, Action action, boolean merged) {
    int counters;
    if (event.repoName != null) {
      byte[] name = event.repoName.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      counters = repoDays.counters(repoId, epochDay, name, 0, name.length);
    } else {
      counters =
          repoDays.counters(repoId, epochDay, event.buf, event.repoNameFrom, event.repoNameTo);
    }
    repoDays.increment(counters, RepoDayTable.EVENTS);
    switch (type) {
      case WATCH -> repoDays.increment(counters, RepoDayTable.STARS);
      case FORK -> repoDays.increment(counters, RepoDayTable.FORKS);
      case PUSH -> repoDays.increment(counters, RepoDayTable.PUSHES);
      case ISSUES -> {
        if (action == Action.OPENED) {
          repoDays.increment(counters, RepoDayTable.ISSUES_OPENED);
        }
      }
      case PULL_REQUEST -> {
        if (action == Action.OPENED) {
          repoDays.increment(counters, RepoDayTable.PRS_OPENED);
        }
        if (merged) {
          repoDays.increment(counters, RepoDayTable.PRS_MERGED);
        }
      }
      case RELEASE -> {
        if (action == Action.PUBLISHED || action == Action.NONE) {
          repoDays.increment(counters, RepoDayTable.RELEASES);
        }
      }
      default -> {
        // other types count only as events
      }
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

  /**
   * True when a key was counted twice: possible only without the set of keys seen, and then the
   * aggregates are void.
   */
  boolean repeatsKeys() {
    long[] sorted = sortedKeys();
    for (int i = 1; i < sorted.length; i++) {
      if (sorted[i] == sorted[i - 1]) {
        return true;
      }
    }
    return false;
  }

  private long[] sortedKeys() {
    if (sortedKeys == null) {
      sortedKeys = keys.toArray();
      java.util.Arrays.sort(sortedKeys);
    }
    return sortedKeys;
  }

  HourAggregate finish(HourManifest manifest) {
    return new HourAggregate(
        manifest,
        sortedKeys(),
        repoDays.rows(),
        activity.rows(),
        stars,
        new ArrayList<>(meta.values()));
  }
}
