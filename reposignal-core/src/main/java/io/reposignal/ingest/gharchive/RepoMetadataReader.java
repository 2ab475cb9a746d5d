package io.reposignal.ingest.gharchive;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Reads repository metadata out of the few places events carry it, with Jackson: the pull request
 * {@code base.repo} object (until 2025-10-07) and the Timeline {@code repository} object. These are
 * rare next to the events the fast reader skips through, so clarity wins over speed here.
 */
final class RepoMetadataReader {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  /** The fields of a repository object that the metadata rows keep. */
  record Fields(
      long id,
      String fullName,
      String language,
      String description,
      Long stars,
      Long forks,
      Instant createdAt) {}

  private RepoMetadataReader() {}

  /** {@code payload.pull_request.base.repo}, or null when the payload has none. */
  static Fields pullRequestBase(byte[] buf, int from, int to) throws MalformedLineException {
    try (JsonParser parser = JSON.createParser(buf, from, to - from)) {
      if (parser.nextToken() != JsonToken.START_OBJECT
          || !descendInto(parser, "pull_request")
          || !descendInto(parser, "base")
          || !descendInto(parser, "repo")) {
        return null;
      }
      return readRepository(parser);
    } catch (IOException e) {
      throw new MalformedLineException("unreadable pull request payload: " + e.getMessage(), 0);
    }
  }

  /** The Timeline {@code repository} object. */
  static Fields timelineRepository(byte[] buf, int from, int to) throws MalformedLineException {
    try (JsonParser parser = JSON.createParser(buf, from, to - from)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      return readRepository(parser);
    } catch (IOException e) {
      throw new MalformedLineException("unreadable repository object: " + e.getMessage(), 0);
    }
  }

  /** Moves into the object member {@code name} of the current object; false when absent. */
  private static boolean descendInto(JsonParser parser, String name) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      if (field.equals(name) && value == JsonToken.START_OBJECT) {
        return true;
      }
      parser.skipChildren();
    }
    return false;
  }

  private static Fields readRepository(JsonParser parser) throws IOException {
    long id = RawEvent.MISSING;
    String fullName = null;
    String owner = null;
    String name = null;
    String url = null;
    String language = null;
    String description = null;
    Long stars = null;
    Long forks = null;
    Instant createdAt = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String field = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (field) {
        case "id" -> id = value == JsonToken.VALUE_NUMBER_INT ? parser.getLongValue() : id;
        case "full_name" -> fullName = text(parser, value);
        case "name" -> name = text(parser, value);
        case "url" -> url = text(parser, value);
        case "owner" -> owner = value == JsonToken.VALUE_STRING ? parser.getText() : owner;
        case "language" -> language = text(parser, value);
        case "description" -> description = text(parser, value);
        case "stargazers_count", "watchers" -> stars = number(parser, value, stars);
        case "forks_count", "forks" -> forks = number(parser, value, forks);
        case "created_at" -> createdAt = time(parser, value);
        default -> {
          // not kept
        }
      }
      parser.skipChildren();
    }
    String resolved = fullName != null ? fullName : EventLineParser.fullName(owner, name, url);
    return new Fields(id, resolved, language, description, stars, forks, createdAt);
  }

  private static String text(JsonParser parser, JsonToken value) throws IOException {
    return value == JsonToken.VALUE_STRING ? parser.getText() : null;
  }

  private static Long number(JsonParser parser, JsonToken value, Long previous) throws IOException {
    return value == JsonToken.VALUE_NUMBER_INT ? Long.valueOf(parser.getLongValue()) : previous;
  }

  private static Instant time(JsonParser parser, JsonToken value) throws IOException {
    if (value != JsonToken.VALUE_STRING) {
      return null;
    }
    byte[] bytes = parser.getText().getBytes(StandardCharsets.UTF_8);
    long epochSecond = Timestamps.parseEpochSecond(bytes, 0, bytes.length);
    return epochSecond == Timestamps.MISSING ? null : Instant.ofEpochSecond(epochSecond);
  }
}
