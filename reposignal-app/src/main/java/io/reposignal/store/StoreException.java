package io.reposignal.store;

/**
 * A database failure that is not the user's input: a bug or a broken file. Unchecked, since no
 * caller can do better than report it.
 */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
