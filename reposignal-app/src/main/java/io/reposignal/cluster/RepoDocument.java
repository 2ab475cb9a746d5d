package io.reposignal.cluster;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The text known about one repository: its "owner/name", the owner's description (untrusted, may be
 * null) and its GitHub topics (empty when enrichment has not described it).
 */
public record RepoDocument(String repo, String description, List<String> topics) {
  public RepoDocument {
    requireNonNull(repo, "repo is null");
    int slash = repo.indexOf('/');
    if (slash <= 0 || slash == repo.length() - 1 || repo.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException("repo must be \"owner/name\", was \"" + repo + "\"");
    }
    topics = List.copyOf(requireNonNull(topics, "topics is null"));
  }

  public String owner() {
    return repo.substring(0, repo.indexOf('/'));
  }

  public String name() {
    return repo.substring(repo.indexOf('/') + 1);
  }
}
