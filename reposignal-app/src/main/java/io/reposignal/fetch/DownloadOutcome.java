package io.reposignal.fetch;

/** How one download ended. */
public enum DownloadOutcome {
  /** Fetched in this run, verified and renamed into place. */
  DOWNLOADED,
  /** The complete file was already in place; nothing was requested. */
  ALREADY_PRESENT,
  /** The source answered 404 (or 410): it does not have this file. Not an error. */
  MISSING,
  /** Every attempt failed, or the source refused the request; the problem says why. */
  FAILED
}
