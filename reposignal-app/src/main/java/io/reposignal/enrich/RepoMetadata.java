package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What enrichment knows about a repository, for display and for the language map and clusters.
 * Unknown values are null; {@code fetchedAt} is when GitHub last answered definitely (200, 304, 404
 * or 451); {@code status} is ok, gone or error.
 */
public record RepoMetadata(
    long repoId,
    String fullName,
    String description,
    String language,
    List<String> topics,
    Instant createdAt,
    Instant pushedAt,
    long stargazersCount,
    long forksCount,
    boolean archived,
    boolean fork,
    Instant fetchedAt,
    String status) {
  public RepoMetadata {
    requireNonNull(fullName, "fullName is null");
    topics = List.copyOf(requireNonNull(topics, "topics is null"));
    requireNonNull(fetchedAt, "fetchedAt is null");
    requireNonNull(status, "status is null");
  }
}
