package io.reposignal.enrich;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads the JSON of {@code GET /repos/{owner}/{repo}}; any deviation is a {@link Malformed}. */
final class GitHubRepoJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private GitHubRepoJson() {}

  static GitHubRepo parse(byte[] body) {
    JsonNode root;
    try {
      root = MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new Malformed("not JSON: " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new Malformed("unreadable body: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new Malformed("expected a JSON object");
    }
    JsonNode id = root.get("id");
    if (id == null || !id.canConvertToExactIntegral() || id.asLong() <= 0) {
      throw new Malformed("field id must be a positive integer");
    }
    String fullName = text(root, "full_name");
    if (fullName == null || !RepoName.isValid(fullName)) {
      throw new Malformed("field full_name must be OWNER/NAME, got " + fullName);
    }
    return new GitHubRepo(
        id.asLong(),
        RepoName.parse(fullName),
        text(root, "description"),
        text(root, "language"),
        topics(root),
        instant(root, "created_at"),
        instant(root, "pushed_at"),
        count(root, "stargazers_count"),
        count(root, "forks_count"),
        root.path("archived").asBoolean(false),
        root.path("fork").asBoolean(false));
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.isTextual()) {
      throw new Malformed("field " + field + " must be a string, got " + node.getNodeType());
    }
    return node.textValue();
  }

  private static List<String> topics(JsonNode root) {
    JsonNode node = root.get("topics");
    List<String> topics = new ArrayList<>();
    if (node == null || node.isNull()) {
      return topics;
    }
    if (!node.isArray()) {
      throw new Malformed("field topics must be an array of strings");
    }
    for (JsonNode topic : node) {
      if (!topic.isTextual()) {
        throw new Malformed("field topics must be an array of strings");
      }
      topics.add(topic.textValue());
    }
    return topics;
  }

  private static Instant instant(JsonNode root, String field) {
    String text = text(root, field);
    if (text == null) {
      return null;
    }
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new Malformed("field " + field + " must be an ISO-8601 UTC time, got " + text);
    }
  }

  private static long count(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || !node.canConvertToExactIntegral() || node.asLong() < 0) {
      throw new Malformed("field " + field + " must be a non-negative integer");
    }
    return node.asLong();
  }

  /** The body is not the repository JSON GitHub documents. */
  static final class Malformed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Malformed(String message) {
      super(message);
    }
  }
}
