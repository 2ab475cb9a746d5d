package io.reposignal.fetch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The local part file could not be written: a disk problem, not a network one, so no retry. */
final class PartWriteException extends UncheckedIOException {
  private static final long serialVersionUID = 1L;

  PartWriteException(Path part, IOException cause) {
    super("cannot write " + part + ": " + cause.getMessage(), cause);
  }
}
