package io.reposignal.fetch;

import static java.nio.file.StandardOpenOption.APPEND;
import static java.nio.file.StandardOpenOption.CREATE;
import static java.nio.file.StandardOpenOption.TRUNCATE_EXISTING;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.LongConsumer;

/**
 * Streams a response body into a part file, from the start or appended to what an earlier attempt
 * left, and notes when data last arrived so a stalled transfer can be abandoned. Bytes written
 * before a fault stay in the part file for the next attempt to resume from.
 */
final class PartWriter implements BodySubscriber<Long> {
  private final Path part;
  private final FileChannel channel;
  private final LongConsumer progress;
  private final CompletableFuture<Long> body = new CompletableFuture<>();
  private Flow.Subscription subscription;
  private long size;
  private boolean closed;
  private volatile long lastDataNanos = System.nanoTime();

  private PartWriter(Path part, FileChannel channel, LongConsumer progress) throws IOException {
    this.part = part;
    this.channel = channel;
    this.progress = progress;
    this.size = channel.size();
  }

  /** Opens the part file, emptied first unless {@code append}. */
  static PartWriter open(Path part, boolean append, LongConsumer progress) {
    try {
      FileChannel channel =
          append
              ? FileChannel.open(part, CREATE, WRITE, APPEND)
              : FileChannel.open(part, CREATE, WRITE, TRUNCATE_EXISTING);
      return new PartWriter(part, channel, progress);
    } catch (IOException e) {
      throw new PartWriteException(part, e);
    }
  }

  @Override
  public synchronized void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    if (closed) {
      subscription.cancel();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> buffers) {
    long written;
    synchronized (this) {
      if (closed) {
        return;
      }
      try {
        for (ByteBuffer buffer : buffers) {
          while (buffer.hasRemaining()) {
            size += channel.write(buffer);
          }
        }
      } catch (IOException e) {
        fail(new PartWriteException(part, e));
        return;
      }
      lastDataNanos = System.nanoTime();
      written = size;
    }
    progress.accept(written);
    subscription.request(1);
  }

  @Override
  public void onError(Throwable failure) {
    synchronized (this) {
      closeQuietly();
    }
    body.completeExceptionally(failure);
  }

  @Override
  public void onComplete() {
    synchronized (this) {
      if (closed) {
        return;
      }
      try {
        // Durable before the rename that follows, so a crash never leaves a short complete file.
        channel.force(true);
        channel.close();
        closed = true;
      } catch (IOException e) {
        fail(new PartWriteException(part, e));
        return;
      }
    }
    body.complete(size);
  }

  @Override
  public CompletionStage<Long> getBody() {
    return body;
  }

  /** Stops the transfer; what was written so far stays in the part file. */
  synchronized void abort(Exception reason) {
    if (subscription != null) {
      subscription.cancel();
    }
    closeQuietly();
    body.completeExceptionally(reason);
  }

  /** Nanoseconds since data last arrived (or since the response started). */
  long idleNanos() {
    return System.nanoTime() - lastDataNanos;
  }

  private void fail(Exception reason) {
    if (subscription != null) {
      subscription.cancel();
    }
    closeQuietly();
    body.completeExceptionally(reason);
  }

  private void closeQuietly() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      channel.close();
    } catch (IOException ignored) {
      // The part file is re-checked by size on the next attempt; nothing more to do here.
    }
  }
}
