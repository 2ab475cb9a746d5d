package io.reposignal.error;

/**
 * What went wrong, in terms a caller can act on. Each kind maps to one CLI exit code and one HTTP
 * status, so the command line and the web API report the same failure the same way.
 */
public enum ErrorKind {
  /** The input data is malformed or incomplete; other inputs were still processed. */
  BAD_INPUT(1, 422),
  /** Something asked for does not exist (an unknown repository, a day with no data). */
  NOT_FOUND(1, 404),
  /** The command line or request was wrong: a bad option, a malformed date. */
  USAGE(2, 400),
  /** A resource the command needs is out of reach: the network, a locked database file. */
  UNAVAILABLE(3, 503);

  private final int exitCode;
  private final int httpStatus;

  ErrorKind(int exitCode, int httpStatus) {
    this.exitCode = exitCode;
    this.httpStatus = httpStatus;
  }

  public int exitCode() {
    return exitCode;
  }

  public int httpStatus() {
    return httpStatus;
  }
}
