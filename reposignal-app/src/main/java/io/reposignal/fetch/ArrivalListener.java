package io.reposignal.fetch;

import java.nio.file.Path;

/**
 * The hook for acting on files while a fetch goes on, such as ingesting each GH Archive hour as
 * soon as it is in place. {@link #arrived} is called once per complete file, both for files just
 * downloaded and for files already present (ingesters are idempotent, so a re-run that finds
 * everything in place still offers every file). Calls come one at a time per file from the download
 * thread: a slow listener slows the downloads down (back-pressure) rather than piling files up;
 * with parallel downloads, calls for different files may overlap.
 */
@FunctionalInterface
public interface ArrivalListener {
  /** The complete, verified file is in place at this path. */
  void arrived(Path file);

  /** The source does not have this file (HTTP 404); it is in the directory's missing ledger. */
  default void missing(Download download) {}
}
