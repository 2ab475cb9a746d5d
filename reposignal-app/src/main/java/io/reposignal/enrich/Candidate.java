package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

/** A repository worth enriching, and why (shown in progress lines and kept in the queue). */
public record Candidate(RepoName name, String reason) {
  public Candidate {
    requireNonNull(name, "name is null");
    requireNonNull(reason, "reason is null");
  }
}
