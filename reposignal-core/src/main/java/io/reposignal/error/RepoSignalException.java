package io.reposignal.error;

import static java.util.Objects.requireNonNull;

/**
 * The one exception type RepoSignal throws for failures a user can fix. Its message names the
 * input, the rule that was broken and what to do about it.
 */
public final class RepoSignalException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final ErrorKind kind;

  public RepoSignalException(ErrorKind kind, String message) {
    super(requireNonNull(message, "message is null"));
    this.kind = requireNonNull(kind, "kind is null");
  }

  public RepoSignalException(ErrorKind kind, String message, Throwable cause) {
    super(requireNonNull(message, "message is null"), cause);
    this.kind = requireNonNull(kind, "kind is null");
  }

  public ErrorKind kind() {
    return kind;
  }

  public static RepoSignalException badInput(String format, Object... args) {
    return new RepoSignalException(
        ErrorKind.BAD_INPUT, String.format(java.util.Locale.ROOT, format, args));
  }

  public static RepoSignalException usage(String format, Object... args) {
    return new RepoSignalException(
        ErrorKind.USAGE, String.format(java.util.Locale.ROOT, format, args));
  }

  public static RepoSignalException notFound(String format, Object... args) {
    return new RepoSignalException(
        ErrorKind.NOT_FOUND, String.format(java.util.Locale.ROOT, format, args));
  }

  public static RepoSignalException unavailable(String format, Object... args) {
    return new RepoSignalException(
        ErrorKind.UNAVAILABLE, String.format(java.util.Locale.ROOT, format, args));
  }
}
