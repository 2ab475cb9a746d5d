package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

/** GitHub's answer about one repository, after retries, waits and redirects. */
public sealed interface FetchOutcome {
  /**
   * 200: the repository as it is now.
   *
   * @param etag the ETag to send next time, null when GitHub gave none
   * @param redirected true when GitHub answered the name asked for with a redirect (a rename)
   */
  record Fetched(GitHubRepo repo, String etag, boolean redirected) implements FetchOutcome {
    public Fetched {
      requireNonNull(repo, "repo is null");
    }
  }

  /** 304: unchanged since the stored ETag; does not count against the rate limit. */
  record NotModified() implements FetchOutcome {}

  /** 404 or 451: deleted, made private, or blocked. */
  record Gone(int httpStatus, String message) implements FetchOutcome {
    public Gone {
      requireNonNull(message, "message is null");
    }
  }

  /**
   * An answer that could not be used for this repository (malformed JSON, 5xx after every retry, an
   * unexpected status). Other repositories are still asked about.
   *
   * @param httpStatus the last status, or 0 when there was no answer (time-outs)
   */
  record Failed(int httpStatus, String message) implements FetchOutcome {
    public Failed {
      requireNonNull(message, "message is null");
    }
  }
}
