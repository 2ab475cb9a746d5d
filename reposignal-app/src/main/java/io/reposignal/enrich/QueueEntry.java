package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

/**
 * One repository of a run's queue, with what the store already knows about it.
 *
 * @param asked the name queued (from a candidate source or the command line)
 * @param known the stored repository this name resolves to (by current or earlier name), or null
 */
record QueueEntry(int runId, int position, RepoName asked, String reason, KnownRepo known) {
  QueueEntry {
    requireNonNull(asked, "asked is null");
    requireNonNull(reason, "reason is null");
  }

  /** The name to ask GitHub: the one it last answered with, which saves a redirect. */
  RepoName requestName() {
    return known == null ? asked : known.fullName();
  }

  String etag() {
    return known == null ? null : known.etag();
  }

  /** A stored repository: its id, its current name and the ETag of its last 200. */
  record KnownRepo(long repoId, RepoName fullName, String etag) {
    KnownRepo {
      requireNonNull(fullName, "fullName is null");
    }
  }
}
