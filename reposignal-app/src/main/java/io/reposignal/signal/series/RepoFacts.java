package io.reposignal.signal.series;

import static java.util.Objects.requireNonNull;

/**
 * What a source says about a repository apart from its stars.
 *
 * @param key the repository's key in the source
 * @param repo "owner/name" under its current name
 * @param language the primary language on the day asked for, or null
 * @param description the owner's description on that day (untrusted text), or null
 */
public record RepoFacts(int key, String repo, String language, String description) {
  public RepoFacts {
    requireNonNull(repo, "repo is null");
  }
}
