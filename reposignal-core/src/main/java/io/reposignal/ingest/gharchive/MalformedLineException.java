package io.reposignal.ingest.gharchive;

/**
 * A line that is not the JSON the reader expects. Thrown often on bad files, so it carries no stack
 * trace: the reason and the column say everything a user needs.
 */
final class MalformedLineException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int column;

  MalformedLineException(String reason, int column) {
    super(reason, null, false, false);
    this.column = column;
  }

  /** The 0-based offset in the line where reading failed. */
  int column() {
    return column;
  }
}
