package io.reposignal.enrich;

import java.util.Locale;

/** How the check of one repository ended, as counted in the summary and stored in gh_check. */
public enum CheckOutcome {
  /** 200: metadata stored. */
  FETCHED,
  /** 304: unchanged since the stored ETag; only the time fetched moved. */
  UNCHANGED,
  /** 200 under another name than asked or stored: metadata stored, the rename recorded. */
  RENAMED,
  /** 404 or 451. */
  GONE,
  /** No usable answer; the repository is asked about again on the next run. */
  ERROR;

  /** The value stored in the database. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
