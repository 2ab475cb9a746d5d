package io.reposignal.spark;

import static java.util.Objects.requireNonNull;

import io.reposignal.ingest.gharchive.HourAggregate;
import java.io.Serializable;

/**
 * One hour file read on an executor: its ledger key and aggregate, or why it could not be read.
 *
 * @param fileKey the ledger key ({@link io.reposignal.ingest.gharchive.FileKey#text()}), null when
 *     unreadable
 * @param aggregate null when unreadable
 * @param error why the file could not be read, or null
 */
public record FileRead(HourFile file, String fileKey, HourAggregate aggregate, String error)
    implements Serializable {
  public FileRead {
    requireNonNull(file, "file is null");
    if ((error == null) == (aggregate == null)) {
      throw new IllegalArgumentException("a file read has either an aggregate or an error");
    }
  }

  boolean readable() {
    return error == null;
  }
}
