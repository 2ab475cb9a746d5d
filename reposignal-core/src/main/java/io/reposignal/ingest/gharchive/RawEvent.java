package io.reposignal.ingest.gharchive;

/**
 * One parsed line, as offsets into the reader's buffer plus the few numbers read from it. Strings
 * stay undecoded until the aggregator needs them, so most events allocate nothing. Mutable and
 * reused line after line by one reader thread; never handed out.
 */
final class RawEvent {
  static final long MISSING = Long.MIN_VALUE;

  byte[] buf;
  int lineFrom;
  int lineTo;
  boolean timeline;
  long id;
  EventType type;
  int typeFrom;
  int typeTo;
  long actorId;
  int loginFrom;
  int loginTo;
  long repoId;
  int repoNameFrom;
  int repoNameTo;

  /** Set instead of the name range when the name is assembled (Timeline owner + name). */
  String repoName;

  long orgId;
  String orgLogin;
  long createdAt;
  int payloadFrom;
  int payloadTo;

  /** The Timeline {@code repository} object, for its metadata. */
  int repositoryFrom;

  int repositoryTo;

  void clear(byte[] bytes, int from, int to) {
    buf = bytes;
    lineFrom = from;
    lineTo = to;
    timeline = false;
    id = MISSING;
    type = null;
    typeFrom = -1;
    typeTo = -1;
    actorId = MISSING;
    loginFrom = -1;
    loginTo = -1;
    repoId = MISSING;
    repoNameFrom = -1;
    repoNameTo = -1;
    repoName = null;
    orgId = MISSING;
    orgLogin = null;
    createdAt = Timestamps.MISSING;
    payloadFrom = -1;
    payloadTo = -1;
    repositoryFrom = -1;
    repositoryTo = -1;
  }

  boolean hasLogin() {
    return loginFrom >= 0;
  }

  boolean hasRepoName() {
    return repoName != null || repoNameFrom >= 0;
  }

  boolean hasPayload() {
    return payloadFrom >= 0 && buf[payloadFrom] == '{';
  }
}
