package io.reposignal.ingest.gharchive;

/** How much of an hour file could be read. */
public enum HourStatus {
  /** Read to the end; at least one event. */
  OK,
  /** Read to the end; no events (a zero-byte file, or only blank lines). */
  EMPTY,
  /** The file broke part-way (truncated or corrupt gzip); the events before the fault are kept. */
  PARTIAL,
  /** Nothing usable: not gzip and not JSON, or broken before its first event. */
  CORRUPT;

  /** The lower-case name the store and the JSON output use. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
