package io.reposignal.ingest.gharchive;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What an event said about a repository, and when: the latest such observation of a day from one
 * source in one hour file. Fields the source does not carry are null.
 *
 * @param stars the star count the source reported (Timeline {@code watchers}, pull request {@code
 *     stargazers_count})
 */
public record RepoMetaRow(
    long repoId,
    String repoName,
    LocalDate day,
    Instant observedAt,
    long eventKey,
    MetaSource source,
    String language,
    String description,
    Long stars,
    Long forks,
    Instant repoCreatedAt)
    implements Serializable {
  /** Where in an event the metadata was found. */
  public enum MetaSource {
    /** The {@code repository} object of a 2011-2014 Timeline event. */
    TIMELINE_REPOSITORY,
    /** {@code payload.pull_request.base.repo}, present until 2025-10-07. */
    PULL_REQUEST_BASE,
    /** A CreateEvent with {@code ref_type: repository}: the new repository's description. */
    CREATE_EVENT;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public RepoMetaRow {
    requireNonNull(day, "day is null");
    requireNonNull(observedAt, "observedAt is null");
    requireNonNull(source, "source is null");
  }
}
