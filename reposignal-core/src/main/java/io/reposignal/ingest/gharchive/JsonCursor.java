package io.reposignal.ingest.gharchive;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * A forward reader over the bytes of one JSON value, reading only what is asked for. Values that
 * are not needed are skipped by matching brackets and strings (escapes included) without decoding
 * them, which is what makes the event reader fast: most of a GH Archive line is payload nobody
 * reads. Skipping checks structure, not every number or literal, like simdjson's on-demand API. Not
 * thread-safe; reused line after line.
 */
final class JsonCursor {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private byte[] buf = new byte[0];
  private int start;
  private int pos;
  private int limit;

  /** Points the cursor at {@code buf[from, to)}. */
  void reset(byte[] bytes, int from, int to) {
    this.buf = bytes;
    this.start = from;
    this.pos = from;
    this.limit = to;
  }

  byte[] buffer() {
    return buf;
  }

  int position() {
    return pos;
  }

  void position(int newPosition) {
    this.pos = newPosition;
  }

  int limit() {
    return limit;
  }

  MalformedLineException error(String reason) {
    return new MalformedLineException(reason, pos - start);
  }

  void skipWhitespace() {
    while (pos < limit) {
      byte b = buf[pos];
      if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
        return;
      }
      pos++;
    }
  }

  /** The next non-blank byte, not consumed; -1 at the end. */
  int peek() {
    skipWhitespace();
    return pos < limit ? buf[pos] : -1;
  }

  void expect(char c) throws MalformedLineException {
    skipWhitespace();
    if (pos >= limit || buf[pos] != c) {
      throw error(
          pos >= limit ? "expected '" + c + "' but the line ended" : "expected '" + c + "'");
    }
    pos++;
  }

  /** Consumes {@code c} if it is next. */
  boolean consume(char c) {
    skipWhitespace();
    if (pos < limit && buf[pos] == c) {
      pos++;
      return true;
    }
    return false;
  }

  /**
   * Reads a string and returns the offset just after its opening quote; the string's raw bytes end
   * at {@code position() - 1}. Escapes are left encoded; {@link #decode} decodes them.
   */
  int readStringRaw() throws MalformedLineException {
    expect('"');
    int from = pos;
    pos = endOfString(buf, pos, limit);
    if (pos < 0) {
      pos = limit;
      throw error("unterminated string");
    }
    pos++;
    return from;
  }

  /**
   * The offset of the closing quote of a string whose content starts at {@code from}; -1 if none.
   */
  static int endOfString(byte[] bytes, int from, int to) {
    int i = from;
    while (i < to) {
      byte b = bytes[i];
      if (b == '"') {
        return i;
      }
      i += b == '\\' ? 2 : 1;
    }
    return -1;
  }

  /** Decodes the raw string bytes {@code [from, to)}, resolving escapes. */
  String decode(int from, int to) throws MalformedLineException {
    for (int i = from; i < to; i++) {
      if (buf[i] == '\\') {
        return decodeEscaped(from, to);
      }
    }
    return new String(buf, from, to - from, StandardCharsets.UTF_8);
  }

  private String decodeEscaped(int from, int to) throws MalformedLineException {
    StringBuilder out = new StringBuilder(to - from);
    int i = from;
    int plainFrom = from;
    while (i < to) {
      if (buf[i] != '\\') {
        i++;
        continue;
      }
      out.append(new String(buf, plainFrom, i - plainFrom, StandardCharsets.UTF_8));
      if (i + 1 >= to) {
        throw error("a string ends inside an escape");
      }
      byte e = buf[i + 1];
      i += 2;
      switch (e) {
        case '"' -> out.append('"');
        case '\\' -> out.append('\\');
        case '/' -> out.append('/');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 > to) {
            throw error("a \\u escape needs four hex digits");
          }
          int code = 0;
          for (int k = 0; k < 4; k++) {
            int digit = Character.digit(buf[i + k], 16);
            if (digit < 0) {
              throw error("a \\u escape needs four hex digits");
            }
            code = code * 16 + digit;
          }
          out.append((char) code);
          i += 4;
        }
        default -> throw error("unknown escape \\" + (char) e);
      }
      plainFrom = i;
    }
    out.append(new String(buf, plainFrom, to - plainFrom, StandardCharsets.UTF_8));
    return out.toString();
  }

  /** Reads a string, or null for JSON null. */
  String readStringOrNull() throws MalformedLineException {
    if (peek() == 'n') {
      skipLiteral();
      return null;
    }
    int from = readStringRaw();
    return decode(from, pos - 1);
  }

  /** True when the raw string bytes {@code [from, to)} equal the ASCII text {@code s}. */
  boolean rawEquals(int from, int to, String s) {
    int n = s.length();
    if (to - from != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (buf[from + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads an integer written as a JSON number or a string of digits; returns {@code missing} for
   * null and for values that are not whole numbers (fields are optional, never fatal).
   */
  long readLongOrMissing(long missing) throws MalformedLineException {
    int c = peek();
    if (c == '"') {
      int from = readStringRaw();
      return parseDigits(from, pos - 1, missing);
    }
    if (c == '-' || (c >= '0' && c <= '9')) {
      int from = pos;
      while (pos < limit && isNumberByte(buf[pos])) {
        pos++;
      }
      return parseDigits(c == '-' ? from + 1 : from, pos, missing) * (c == '-' ? -1 : 1);
    }
    skipValue();
    return missing;
  }

  private long parseDigits(int from, int to, long missing) {
    if (from >= to || to - from > 18) {
      return missing;
    }
    long value = 0;
    for (int i = from; i < to; i++) {
      int digit = buf[i] - '0';
      if (digit < 0 || digit > 9) {
        return missing;
      }
      value = value * 10 + digit;
    }
    return value;
  }

  private static boolean isNumberByte(byte b) {
    return (b >= '0' && b <= '9') || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
  }

  /** Reads true or false; null and other values give {@code missing}. */
  Boolean readBooleanOrNull() throws MalformedLineException {
    int c = peek();
    if (c == 't' || c == 'f') {
      int from = pos;
      skipLiteral();
      return pos - from == 4 && c == 't' ? Boolean.TRUE : c == 'f' ? Boolean.FALSE : null;
    }
    skipValue();
    return null;
  }

  /**
   * Skips the remaining members of the object being read, through its closing brace: cheaper than
   * reading them one by one once the fields needed have been found.
   */
  void skipRestOfObject() throws MalformedLineException {
    int depth = 1;
    int i = pos;
    while (i < limit) {
      byte b = buf[i++];
      if (b == '"') {
        i = endOfString(buf, i, limit);
        if (i < 0) {
          pos = limit;
          throw error("unterminated string");
        }
        i++;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if ((b == '}' || b == ']') && --depth == 0) {
        pos = i;
        return;
      }
    }
    pos = limit;
    throw error("unbalanced brackets");
  }

  /** Skips one value of any kind. */
  void skipValue() throws MalformedLineException {
    int c = peek();
    switch (c) {
      case '"' -> readStringRaw();
      case '{', '[' -> pos = skipNested(buf, pos, limit);
      case -1 -> throw error("expected a value but the line ended");
      default -> skipLiteral();
    }
    if (pos < 0) {
      pos = limit;
      throw error("unbalanced brackets");
    }
  }

  private void skipLiteral() throws MalformedLineException {
    int from = pos;
    while (pos < limit) {
      byte b = buf[pos];
      if (b == ',' || b == '}' || b == ']' || b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        break;
      }
      pos++;
    }
    if (pos == from) {
      throw error("expected a value");
    }
  }

  /**
   * Skips an object or array starting at {@code from} and returns the offset after its close, or -1
   * when the brackets do not balance before {@code to}. The hot loop of the reader.
   */
  static int skipNested(byte[] bytes, int from, int to) {
    int depth = 0;
    int i = from;
    while (i < to) {
      byte b = bytes[i++];
      if (b == '"') {
        i = endOfString(bytes, i, to);
        if (i < 0) {
          return -1;
        }
        i++;
      } else if (b == '{' || b == '[') {
        depth++;
      } else if (b == '}' || b == ']') {
        if (--depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Reads the next member's key and the colon after it; returns the offset of the key's raw bytes
   * (ending at {@link #keyEnd()}), or -1 after the object's closing brace. Call {@link
   * #expect(char) expect('{')} first and pass {@code first} true for the first member.
   */
  int nextKey(boolean first) throws MalformedLineException {
    int c = peek();
    if (c == '}') {
      pos++;
      return -1;
    }
    if (!first) {
      expect(',');
    }
    int from = readStringRaw();
    keyEnd = pos - 1;
    expect(':');
    return from;
  }

  private int keyEnd;

  int keyEnd() {
    return keyEnd;
  }
}
