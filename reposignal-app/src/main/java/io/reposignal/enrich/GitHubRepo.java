package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /repos/{owner}/{repo}} says about a repository, reduced to the fields RepoSignal
 * keeps. Unknown values are null; counts are never negative.
 */
public record GitHubRepo(
    long id,
    RepoName fullName,
    String description,
    String language,
    List<String> topics,
    Instant createdAt,
    Instant pushedAt,
    long stargazersCount,
    long forksCount,
    boolean archived,
    boolean fork) {
  public GitHubRepo {
    requireNonNull(fullName, "fullName is null");
    topics = List.copyOf(requireNonNull(topics, "topics is null"));
    if (id <= 0) {
      throw new IllegalArgumentException("id must be > 0, got " + id);
    }
    if (stargazersCount < 0 || forksCount < 0) {
      throw new IllegalArgumentException(
          "counts must be >= 0, got " + stargazersCount + " stars, " + forksCount + " forks");
    }
  }
}
