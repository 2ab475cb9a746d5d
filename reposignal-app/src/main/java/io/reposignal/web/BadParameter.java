package io.reposignal.web;

import static java.util.Objects.requireNonNull;

/**
 * A request parameter that failed validation: answered with status 400 (or the given status) and
 * the parameter named, on pages and in the API alike.
 */
public final class BadParameter extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final int status;

  BadParameter(String parameter, String message) {
    this(400, parameter, message);
  }

  BadParameter(int status, String parameter, String message) {
    super(requireNonNull(message, "message is null"));
    this.parameter = requireNonNull(parameter, "parameter is null");
    this.status = status;
  }

  public String parameter() {
    return parameter;
  }

  public int status() {
    return status;
  }
}
