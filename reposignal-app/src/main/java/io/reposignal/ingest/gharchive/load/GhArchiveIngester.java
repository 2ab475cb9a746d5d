package io.reposignal.ingest.gharchive.load;

import io.reposignal.ingest.gharchive.CommitOrder;
import io.reposignal.ingest.gharchive.FileKey;
import io.reposignal.ingest.gharchive.HourAggregate;
import io.reposignal.ingest.gharchive.HourFileReader;
import io.reposignal.ingest.gharchive.HourManifest;
import io.reposignal.ingest.gharchive.HourStatus;
import io.reposignal.ingest.gharchive.MalformedLine;
import io.reposignal.store.Store;
import io.reposignal.store.gharchive.HourWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ingests GH Archive hour files into the store: files are read and aggregated in parallel, one per
 * thread, and committed one at a time on the store's connection, each in its own transaction with
 * its ledger row. Commits follow a fixed order (by hour, then name) whatever thread finishes first,
 * so a run interrupted at any point and run again writes exactly the rows of an uninterrupted run.
 * At most {@code threads + 1} files' aggregates are held at once, however many files there are.
 */
public final class GhArchiveIngester {
  /** Hears about each file as it is committed, for progress output. */
  public interface Listener {
    void committed(FileOutcome outcome, int done, int total);
  }

  private static final Comparator<Path> COMMIT_ORDER =
      CommitOrder.of(p -> p.getFileName().toString(), Path::toString);

  private final CompletableFuture<Store> store;
  private final int threads;
  private final Clock clock;

  public GhArchiveIngester(Store store, int threads, Clock clock) {
    this(CompletableFuture.completedFuture(store), threads, clock);
  }

  /** An ingester that starts reading before {@code store} has finished opening. */
  public GhArchiveIngester(CompletableFuture<Store> store, int threads, Clock clock) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, was " + threads);
    }
    this.store = store;
    this.threads = threads;
    this.clock = clock;
  }

  /** The order files are committed in. */
  public static List<Path> commitOrder(List<Path> files) {
    return files.stream().distinct().sorted(COMMIT_ORDER).toList();
  }

  public IngestSummary ingest(List<Path> inputs, Listener listener) {
    long started = System.nanoTime();
    List<Path> files = commitOrder(inputs);
    // Empty until the store is open: files read before then are checked against the ledger at
    // commit time instead.
    AtomicReference<Map<String, String>> ingested = new AtomicReference<>(Map.of());
    HourFileReader writerReader = new HourFileReader();
    ThreadLocal<HourFileReader> readers = ThreadLocal.withInitial(HourFileReader::new);
    List<FileOutcome> outcomes = new ArrayList<>(files.size());
    ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
    try {
      List<Future<Parsed>> pending = new ArrayList<>(files.size());
      int window = threads + 1;
      HourWriter writer = null;
      for (int i = 0; i < files.size(); i++) {
        while (pending.size() < files.size() && pending.size() < i + window) {
          Path file = files.get(pending.size());
          pending.add(pool.submit(() -> parse(file, ingested.get(), readers.get())));
        }
        if (writer == null) {
          writer = new HourWriter(opened(), clock.instant());
          ingested.set(writer.ingestedFiles());
        }
        Parsed parsed = await(pending.get(i));
        pending.set(i, null);
        FileOutcome outcome = commit(writer, writerReader, parsed);
        outcomes.add(outcome);
        listener.committed(outcome, i + 1, files.size());
      }
    } finally {
      pool.shutdownNow();
    }
    return new IngestSummary(outcomes, Duration.ofNanos(System.nanoTime() - started));
  }

  /** A file read and aggregated, or skipped, or unreadable. */
  private record Parsed(
      Path file, FileKey key, HourAggregate aggregate, String previousStatus, String error) {}

  private Store opened() {
    try {
      return store.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      throw e;
    }
  }

  private static Parsed parse(Path file, Map<String, String> ingested, HourFileReader reader) {
    try {
      FileKey key = FileKey.of(file);
      String previous = ingested.get(key.text());
      if (previous != null) {
        return new Parsed(file, key, null, previous, null);
      }
      return new Parsed(file, key, reader.read(file, k -> false), null, null);
    } catch (IOException e) {
      return new Parsed(
          file, null, null, null, "cannot read " + file + ": " + e + "; check the path and rights");
    }
  }

  private static FileOutcome commit(HourWriter writer, HourFileReader reader, Parsed parsed) {
    if (parsed.error() != null) {
      return new FileOutcome(
          parsed.file(), "unreadable", false, 0, 0, 0, 0, 0, List.of(parsed.error()));
    }
    if (parsed.previousStatus() != null) {
      return skipped(parsed.file(), parsed.key(), parsed.previousStatus());
    }
    HourWriter.Committed committed =
        writer.commit(
            parsed.key(),
            parsed.aggregate(),
            alreadyStored -> {
              try {
                return reader.read(parsed.file(), alreadyStored);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(
                    "cannot read " + parsed.file() + " again: " + e.getMessage(), e);
              }
            });
    if (committed.alreadyIngested()) {
      return skipped(parsed.file(), parsed.key(), committed.previousStatus());
    }
    HourManifest m = committed.aggregate().manifest();
    List<String> problems = new ArrayList<>();
    if (m.fault() != null) {
      problems.add(m.fault());
    }
    if (m.malformed() > 0) {
      problems.add(
          String.format(
              java.util.Locale.ROOT,
              "%s: %,d malformed lines skipped%s",
              m.fileName(),
              m.malformed(),
              m.malformed() > m.malformedSamples().size() ? ", the first ones:" : ":"));
      m.malformedSamples().stream().map(MalformedLine::describe).forEach(problems::add);
    }
    return new FileOutcome(
        parsed.file(),
        m.status().label(),
        false,
        m.events(),
        m.duplicates(),
        m.alreadyStored(),
        m.malformed(),
        m.compressedBytes(),
        problems);
  }

  private static FileOutcome skipped(Path file, FileKey key, String status) {
    List<String> problems =
        status.equals(HourStatus.OK.label()) || status.equals(HourStatus.EMPTY.label())
            ? List.of()
            : List.of(file.getFileName() + ": already ingested as " + status + "; fetch it again");
    return new FileOutcome(file, status, true, 0, 0, 0, 0, key.size(), problems);
  }

  private static Parsed await(Future<Parsed> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading GH Archive files", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static ThreadFactory daemonThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, "gharchive-reader-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
