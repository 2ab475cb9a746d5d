package io.reposignal.ingest.gharchive;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Parses one GH Archive line into a {@link RawEvent}, for both formats, told apart by shape: a
 * string {@code actor} or a {@code repository} object without a {@code repo} object is the
 * 2011-2014 Timeline format, anything else the 2015+ Events API format. Every field is optional.
 *
 * <p>The fast path: GH Archive writes 2015+ lines as {@code id, type, actor, repo, payload, public,
 * created_at[, org]}. The fields before the payload are read forwards; the ones after it are read
 * backwards from the end of the line, so the payload itself (most of the bytes) is never scanned.
 * Reading backwards is exact for valid JSON. A line of any other layout is read forwards member by
 * member, skipping what is not needed. What the reader does not read is not validated.
 */
final class EventLineParser {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private final JsonCursor cursor = new JsonCursor();

  /** The cursor, for payload readers that run on the same line afterwards. */
  JsonCursor cursor() {
    return cursor;
  }

  void parse(byte[] buf, int from, int to, RawEvent event) throws MalformedLineException {
    event.clear(buf, from, to);
    JsonCursor c = cursor;
    c.reset(buf, from, to);
    c.expect('{');
    boolean first = true;
    boolean tailTried = false;
    int key;
    while ((key = c.nextKey(first)) >= 0) {
      first = false;
      int keyEnd = c.keyEnd();
      switch (keyEnd - key) {
        case 2 -> {
          if (c.rawEquals(key, keyEnd, "id")) {
            event.id = c.readLongOrMissing(RawEvent.MISSING);
          } else {
            c.skipValue();
          }
        }
        case 3 -> readThreeLetterKey(c, key, keyEnd, event);
        case 4 -> readFourLetterKey(c, key, keyEnd, event);
        case 5 -> {
          if (c.rawEquals(key, keyEnd, "actor")) {
            readActor(c, event);
          } else {
            c.skipValue();
          }
        }
        case 7 -> {
          if (c.rawEquals(key, keyEnd, "payload")) {
            c.skipWhitespace();
            event.payloadFrom = c.position();
            if (!tailTried && c.peek() == '{') {
              tailTried = true;
              if (readTailBackwards(buf, event.payloadFrom, to, event)) {
                finish(event);
                return;
              }
            }
            c.skipValue();
            event.payloadTo = c.position();
          } else {
            c.skipValue();
          }
        }
        case 10 -> {
          if (c.rawEquals(key, keyEnd, "created_at")) {
            readCreatedAt(c, event);
          } else if (c.rawEquals(key, keyEnd, "repository")) {
            readRepository(c, event);
          } else {
            c.skipValue();
          }
        }
        case 16 -> {
          if (c.rawEquals(key, keyEnd, "actor_attributes")) {
            readActorAttributes(c, event);
          } else {
            c.skipValue();
          }
        }
        default -> c.skipValue();
      }
    }
    c.skipWhitespace();
    if (c.position() != c.limit()) {
      throw c.error("unexpected text after the end of the event object");
    }
    finish(event);
  }

  private static void finish(RawEvent event) {
    if (event.typeFrom < 0) {
      event.type = null;
    }
  }

  private void readThreeLetterKey(JsonCursor c, int key, int keyEnd, RawEvent event)
      throws MalformedLineException {
    if (c.rawEquals(key, keyEnd, "org") && c.peek() == '{') {
      readOrg(c, event);
    } else {
      c.skipValue();
    }
  }

  private void readFourLetterKey(JsonCursor c, int key, int keyEnd, RawEvent event)
      throws MalformedLineException {
    if (c.rawEquals(key, keyEnd, "type")) {
      if (c.peek() == '"') {
        event.typeFrom = c.readStringRaw();
        event.typeTo = c.position() - 1;
        event.type = EventType.fromBytes(c.buffer(), event.typeFrom, event.typeTo);
      } else {
        c.skipValue();
      }
    } else if (c.rawEquals(key, keyEnd, "repo") && c.peek() == '{') {
      readRepo(c, event);
    } else {
      c.skipValue();
    }
  }

  private static void readActor(JsonCursor c, RawEvent event) throws MalformedLineException {
    int next = c.peek();
    if (next == '"') {
      event.timeline = true;
      event.loginFrom = c.readStringRaw();
      event.loginTo = c.position() - 1;
      return;
    }
    if (next != '{') {
      c.skipValue();
      return;
    }
    c.expect('{');
    boolean first = true;
    int key;
    while ((key = c.nextKey(first)) >= 0) {
      first = false;
      if (c.rawEquals(key, c.keyEnd(), "id")) {
        event.actorId = c.readLongOrMissing(RawEvent.MISSING);
      } else if (c.rawEquals(key, c.keyEnd(), "login") && c.peek() == '"') {
        event.loginFrom = c.readStringRaw();
        event.loginTo = c.position() - 1;
      } else {
        c.skipValue();
      }
      if (event.actorId != RawEvent.MISSING && event.loginFrom >= 0) {
        c.skipRestOfObject();
        return;
      }
    }
  }

  private static void readActorAttributes(JsonCursor c, RawEvent event)
      throws MalformedLineException {
    if (c.peek() != '{') {
      c.skipValue();
      return;
    }
    event.timeline = true;
    c.expect('{');
    boolean first = true;
    int key;
    while ((key = c.nextKey(first)) >= 0) {
      first = false;
      if (c.rawEquals(key, c.keyEnd(), "login") && c.peek() == '"' && !event.hasLogin()) {
        event.loginFrom = c.readStringRaw();
        event.loginTo = c.position() - 1;
      } else if (c.rawEquals(key, c.keyEnd(), "id")) {
        event.actorId = c.readLongOrMissing(RawEvent.MISSING);
      } else {
        c.skipValue();
      }
    }
  }

  private static void readRepo(JsonCursor c, RawEvent event) throws MalformedLineException {
    c.expect('{');
    boolean first = true;
    int key;
    while ((key = c.nextKey(first)) >= 0) {
      first = false;
      if (c.rawEquals(key, c.keyEnd(), "id")) {
        event.repoId = c.readLongOrMissing(RawEvent.MISSING);
      } else if (c.rawEquals(key, c.keyEnd(), "name") && c.peek() == '"') {
        event.repoNameFrom = c.readStringRaw();
        event.repoNameTo = c.position() - 1;
        event.repoName = null;
      } else {
        c.skipValue();
      }
      if (event.repoId != RawEvent.MISSING && event.repoNameFrom >= 0) {
        c.skipRestOfObject();
        return;
      }
    }
  }

  /** The Timeline {@code repository} object: id, owner and name; the rest is metadata. */
  private static void readRepository(JsonCursor c, RawEvent event) throws MalformedLineException {
    if (c.peek() != '{') {
      c.skipValue();
      return;
    }
    event.repositoryFrom = c.position();
    c.expect('{');
    String owner = null;
    String name = null;
    String url = null;
    long id = RawEvent.MISSING;
    boolean first = true;
    int key;
    while ((key = c.nextKey(first)) >= 0) {
      first = false;
      int keyEnd = c.keyEnd();
      if (c.rawEquals(key, keyEnd, "id")) {
        id = c.readLongOrMissing(RawEvent.MISSING);
      } else if (c.rawEquals(key, keyEnd, "owner")) {
        owner = c.peek() == '"' ? c.readStringOrNull() : skipAndNull(c);
      } else if (c.rawEquals(key, keyEnd, "name")) {
        name = c.peek() == '"' ? c.readStringOrNull() : skipAndNull(c);
      } else if (c.rawEquals(key, keyEnd, "url")) {
        url = c.peek() == '"' ? c.readStringOrNull() : skipAndNull(c);
      } else if (c.rawEquals(key, keyEnd, "organization")) {
        event.orgLogin = c.peek() == '"' ? c.readStringOrNull() : skipAndNull(c);
      } else {
        c.skipValue();
      }
    }
    event.repositoryTo = c.position();
    if (event.repoNameFrom < 0 && event.repoName == null) {
      event.repoName = fullName(owner, name, url);
    }
    if (event.repoId == RawEvent.MISSING) {
      event.repoId = id;
    }
    event.timeline |= event.repoNameFrom < 0;
  }

  private static String skipAndNull(JsonCursor c) throws MalformedLineException {
    c.skipValue();
    return null;
  }

  /** "owner/name" from the Timeline fields, else from the repository URL's last two segments. */
  static String fullName(String owner, String name, String url) {
    if (owner != null && !owner.isEmpty() && name != null && !name.isEmpty()) {
      return owner + "/" + name;
    }
    if (url != null) {
      String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
      int last = trimmed.lastIndexOf('/');
      int previous = last > 0 ? trimmed.lastIndexOf('/', last - 1) : -1;
      if (previous >= 0 && last > previous + 1 && last < trimmed.length() - 1) {
        return trimmed.substring(previous + 1);
      }
    }
    return null;
  }

  private static void readOrg(JsonCursor c, RawEvent event) throws MalformedLineException {
    c.expect('{');
    boolean first = true;
    int key;
    while ((key = c.nextKey(first)) >= 0) {
      first = false;
      if (c.rawEquals(key, c.keyEnd(), "id")) {
        event.orgId = c.readLongOrMissing(RawEvent.MISSING);
        c.skipRestOfObject();
        return;
      }
      c.skipValue();
    }
  }

  /** Reads {@code id} from an org object whose bounds are known, without skipping the rest. */
  private void readOrgId(byte[] b, int from, int to, RawEvent event) throws MalformedLineException {
    JsonCursor c = cursor;
    c.reset(b, from, to);
    c.expect('{');
    boolean first = true;
    int key;
    while ((key = c.nextKey(first)) >= 0) {
      first = false;
      if (c.rawEquals(key, c.keyEnd(), "id")) {
        event.orgId = c.readLongOrMissing(RawEvent.MISSING);
        return;
      }
      c.skipValue();
    }
  }

  private static void readCreatedAt(JsonCursor c, RawEvent event) throws MalformedLineException {
    if (c.peek() != '"') {
      c.skipValue();
      return;
    }
    int from = c.readStringRaw();
    event.createdAt = Timestamps.parseEpochSecond(c.buffer(), from, c.position() - 1);
  }

  /**
   * Reads {@code ,"public":BOOL,"created_at":"TS"[,"org":{...}]}} backwards from the end of the
   * line. Returns false, having changed nothing that the forward reader relies on, when the line
   * ends any other way.
   */
  private boolean readTailBackwards(byte[] b, int payloadFrom, int to, RawEvent event)
      throws MalformedLineException {
    int i = skipBlankBackwards(b, to - 1, payloadFrom);
    if (i <= payloadFrom || b[i] != '}') {
      return false;
    }
    i = skipBlankBackwards(b, i - 1, payloadFrom);
    int orgFrom = -1;
    int orgTo = -1;
    if (b[i] == '}') {
      int open = flatObjectStart(b, i, payloadFrom);
      if (open < 0) {
        open = openingBracket(b, i, payloadFrom);
      }
      if (open < 0) {
        return false;
      }
      int k = keyBefore(b, open, payloadFrom, "org");
      if (k < 0) {
        return false;
      }
      orgFrom = open;
      orgTo = i + 1;
      i = k;
    }
    if (b[i] != '"') {
      return false;
    }
    int timeEnd = i;
    int timeStart = i - 1;
    while (timeStart > payloadFrom && b[timeStart] != '"' && timeEnd - timeStart < 40) {
      timeStart--;
    }
    if (b[timeStart] != '"' || b[timeStart - 1] == '\\') {
      return false;
    }
    i = keyBefore(b, timeStart, payloadFrom, "created_at");
    if (i < 0) {
      return false;
    }
    int literalEnd = i;
    while (i > payloadFrom && b[i] >= 'a' && b[i] <= 'z') {
      i--;
    }
    if (literalEnd - i < 4) {
      return false;
    }
    i = keyBefore(b, i + 1, payloadFrom, "public");
    if (i < payloadFrom || b[i] != '}') {
      return false;
    }
    event.payloadTo = i + 1;
    event.createdAt = Timestamps.parseEpochSecond(b, timeStart + 1, timeEnd);
    if (orgFrom >= 0) {
      readOrgId(b, orgFrom, orgTo, event);
    }
    return true;
  }

  /**
   * The start of the object closed at {@code close} when it holds no nested object or array (GH
   * Archive's {@code org} never does): the last '{' before it, found eight bytes at a time, if
   * reading forwards from there ends exactly at {@code close}. -1 otherwise, and the caller falls
   * back to {@link #openingBracket}. A '{' inside a string would make the forward read end
   * elsewhere, so a wrong guess is always caught.
   */
  private static int flatObjectStart(byte[] b, int close, int floor) {
    int open = lastIndexOfBrace(b, floor, close);
    if (open <= floor) {
      return -1;
    }
    return JsonCursor.skipNested(b, open, close + 1) == close + 1 ? open : -1;
  }

  private static int lastIndexOfBrace(byte[] b, int floor, int before) {
    int i = before;
    while (i - 8 >= floor) {
      long word = (long) LONGS.get(b, i - 8);
      long x = word ^ 0x7B7B7B7B7B7B7B7BL;
      long found = (x - 0x0101010101010101L) & ~x & 0x8080808080808080L;
      if (found != 0) {
        // the highest match in the word is the last '{' only if no false positive sits above it:
        // confirm byte by byte within this word
        for (int k = i - 1; k >= i - 8; k--) {
          if (b[k] == '{') {
            return k;
          }
        }
      }
      i -= 8;
    }
    for (int k = i - 1; k >= floor; k--) {
      if (b[k] == '{') {
        return k;
      }
    }
    return -1;
  }

  /**
   * Given the offset of a member's value, checks that {@code ,"key":} precedes it and returns the
   * offset of the last non-blank byte before that comma; -1 when it does not.
   */
  private static int keyBefore(byte[] b, int valueStart, int floor, String key) {
    int i = skipBlankBackwards(b, valueStart - 1, floor);
    if (b[i] != ':') {
      return -1;
    }
    i = skipBlankBackwards(b, i - 1, floor);
    int keyStart = i - key.length() - 1;
    if (keyStart <= floor || b[i] != '"' || b[keyStart] != '"') {
      return -1;
    }
    for (int k = 0; k < key.length(); k++) {
      if (b[keyStart + 1 + k] != key.charAt(k)) {
        return -1;
      }
    }
    i = skipBlankBackwards(b, keyStart - 1, floor);
    if (b[i] != ',') {
      return -1;
    }
    return skipBlankBackwards(b, i - 1, floor);
  }

  private static int skipBlankBackwards(byte[] b, int i, int floor) {
    while (i > floor && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i--;
    }
    return i;
  }

  /**
   * The offset of the bracket that opens the object or array closed at {@code close}, reading
   * backwards; -1 if it is not found above {@code floor}. A quote read backwards always ends a
   * string in valid JSON; its opening quote is the previous quote not escaped by an odd run of
   * backslashes.
   */
  static int openingBracket(byte[] b, int close, int floor) {
    int depth = 0;
    int i = close;
    while (i > floor) {
      byte x = b[i];
      if (x == '"') {
        i--;
        while (true) {
          if (i <= floor) {
            return -1;
          }
          if (b[i] == '"' && !isEscaped(b, i, floor)) {
            break;
          }
          i--;
        }
      } else if (x == '}' || x == ']') {
        depth++;
      } else if (x == '{' || x == '[') {
        if (--depth == 0) {
          return i;
        }
      }
      i--;
    }
    return -1;
  }

  private static boolean isEscaped(byte[] b, int quote, int floor) {
    int backslashes = 0;
    for (int i = quote - 1; i > floor && b[i] == '\\'; i--) {
      backslashes++;
    }
    return (backslashes & 1) == 1;
  }
}
