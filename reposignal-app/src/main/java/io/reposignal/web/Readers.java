package io.reposignal.web;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.RepoSignalException;
import io.reposignal.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A small pool of connections to one open database, for request threads: a DuckDB connection serves
 * one thread at a time, so each read borrows one and gives it back. The connections are made from
 * the store the server opened (read-only, or the one read-write store of a watching server), so
 * they share one database instance.
 */
final class Readers implements AutoCloseable {
  private static final long WAIT_SECONDS = 30;

  private final List<Store> all = new ArrayList<>();
  private final BlockingQueue<Store> idle;

  Readers(Store store, int size) {
    requireNonNull(store, "store is null");
    if (size < 1) {
      throw new IllegalArgumentException("size must be >= 1, was " + size);
    }
    idle = new ArrayBlockingQueue<>(size);
    for (int i = 0; i < size; i++) {
      Store connection = store.newConnection();
      all.add(connection);
      idle.add(connection);
    }
  }

  /** Runs {@code work} on a borrowed connection. */
  <T> T read(Function<Store, T> work) {
    Store store;
    try {
      store = idle.poll(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw RepoSignalException.unavailable("interrupted while waiting for a database connection");
    }
    if (store == null) {
      throw RepoSignalException.unavailable(
          "every database connection stayed busy for %d s; try again", WAIT_SECONDS);
    }
    try {
      return work.apply(store);
    } finally {
      idle.add(store);
    }
  }

  @Override
  public void close() {
    for (Store store : all) {
      store.close();
    }
  }
}
