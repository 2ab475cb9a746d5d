package io.reposignal.ingest.gharchive;

/**
 * Reads the few payload fields the aggregates count by: the action of issue, pull request and
 * release events, whether a closed pull request was merged, and a new repository's description.
 * Payload members are read in order and the rest skipped; the action usually comes first.
 */
final class PayloadFields {
  /** The payload actions the aggregates distinguish. */
  enum Action {
    OPENED,
    CLOSED,
    MERGED,
    PUBLISHED,
    CREATED,
    OTHER,
    NONE
  }

  /** What a CreateEvent payload says: whether it created a repository, and its description. */
  record Creation(boolean repository, String description) {}

  private PayloadFields() {}

  static Action action(JsonCursor c, RawEvent event) throws MalformedLineException {
    if (!event.hasPayload()) {
      return Action.NONE;
    }
    c.reset(event.buf, event.payloadFrom, event.payloadTo);
    c.expect('{');
    boolean first = true;
    int key;
    while ((key = c.nextKey(first)) >= 0) {
      first = false;
      if (c.rawEquals(key, c.keyEnd(), "action")) {
        if (c.peek() != '"') {
          c.skipValue();
          return Action.NONE;
        }
        int from = c.readStringRaw();
        int to = c.position() - 1;
        return actionOf(c, from, to);
      }
      c.skipValue();
    }
    return Action.NONE;
  }

  private static Action actionOf(JsonCursor c, int from, int to) {
    for (Action action : Action.values()) {
      if (action != Action.OTHER
          && action != Action.NONE
          && c.rawEquals(from, to, action.name().toLowerCase(java.util.Locale.ROOT))) {
        return action;
      }
    }
    return Action.OTHER;
  }

  /** True when {@code payload.pull_request.merged} is true. */
  static boolean merged(JsonCursor c, RawEvent event) throws MalformedLineException {
    if (!event.hasPayload()) {
      return false;
    }
    c.reset(event.buf, event.payloadFrom, event.payloadTo);
    c.expect('{');
    boolean first = true;
    int key;
    while ((key = c.nextKey(first)) >= 0) {
      first = false;
      if (c.rawEquals(key, c.keyEnd(), "pull_request") && c.peek() == '{') {
        c.expect('{');
        boolean firstInner = true;
        int inner;
        while ((inner = c.nextKey(firstInner)) >= 0) {
          firstInner = false;
          if (c.rawEquals(inner, c.keyEnd(), "merged")) {
            return Boolean.TRUE.equals(c.readBooleanOrNull());
          }
          c.skipValue();
        }
        return false;
      }
      c.skipValue();
    }
    return false;
  }

  static Creation creation(JsonCursor c, RawEvent event) throws MalformedLineException {
    if (!event.hasPayload()) {
      return new Creation(false, null);
    }
    c.reset(event.buf, event.payloadFrom, event.payloadTo);
    c.expect('{');
    boolean repository = false;
    String description = null;
    boolean first = true;
    int key;
    while ((key = c.nextKey(first)) >= 0) {
      first = false;
      if (c.rawEquals(key, c.keyEnd(), "ref_type") && c.peek() == '"') {
        int from = c.readStringRaw();
        repository = c.rawEquals(from, c.position() - 1, "repository");
      } else if (c.rawEquals(key, c.keyEnd(), "description")
          && (c.peek() == '"' || c.peek() == 'n')) {
        description = c.readStringOrNull();
      } else {
        c.skipValue();
      }
    }
    return new Creation(repository, description);
  }
}
