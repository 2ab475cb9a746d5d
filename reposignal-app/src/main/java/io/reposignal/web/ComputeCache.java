package io.reposignal.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * A bounded cache of computed values, least recently used out first, that computes each key once
 * even when many requests ask for it at the same moment. Failures are not kept.
 */
final class ComputeCache<K, V> {
  private final Map<K, CompletableFuture<V>> entries;

  ComputeCache(int capacity) {
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<K, CompletableFuture<V>> eldest) {
            return size() > capacity;
          }
        };
  }

  V get(K key, Function<K, V> compute) {
    CompletableFuture<V> future;
    boolean mine = false;
    synchronized (entries) {
      future = entries.get(key);
      if (future == null) {
        future = new CompletableFuture<>();
        entries.put(key, future);
        mine = true;
      }
    }
    if (mine) {
      try {
        future.complete(compute.apply(key));
      } catch (RuntimeException | Error e) {
        synchronized (entries) {
          entries.remove(key, future);
        }
        future.completeExceptionally(e);
        throw e;
      }
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }

  void clear() {
    synchronized (entries) {
      entries.clear();
    }
  }
}
