package io.reposignal.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * A real HTTP server on 127.0.0.1 that serves files (with {@code Range} support) and plays the
 * faults of real sources on request: error statuses, slow answers, bodies cut short and transfers
 * that stall. Each path can be given a script of faults, one used per request, after which the file
 * is served normally.
 */
public final class LoopbackServer implements AutoCloseable {
  private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

  /** What the server does for one request. */
  public sealed interface Behaviour {}

  /** Answers with this status and a short text body. */
  public record Status(int code) implements Behaviour {}

  /** Waits before answering normally: longer than the client's timeout, this is a timeout. */
  public record Slow(Duration delay) implements Behaviour {}

  /** Answers normally, announcing the full length, but closes after {@code bytes} body bytes. */
  public record Truncated(int bytes) implements Behaviour {}

  /** Sends {@code bytes} body bytes, then goes silent for {@code silence}, then hangs up. */
  public record Stall(int bytes, Duration silence) implements Behaviour {}

  /** Serves the whole file with 200, ignoring any {@code Range} header. */
  public record IgnoreRange() implements Behaviour {}

  /** One request as received. */
  public record Request(String path, String range, String userAgent) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Map<String, byte[]> files = new ConcurrentHashMap<>();
  private final Map<String, Deque<Behaviour>> scripts = new ConcurrentHashMap<>();
  private final List<Request> requests = new ArrayList<>();

  private LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  public static LoopbackServer start() {
    try {
      return new LoopbackServer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The server's root, e.g. {@code http://127.0.0.1:41234/}. */
  public URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  public LoopbackServer file(String path, byte[] content) {
    files.put(path, content.clone());
    return this;
  }

  public LoopbackServer file(String path, String content) {
    return file(path, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Plays these behaviours for the next requests of {@code path}, one each. */
  public LoopbackServer script(String path, Behaviour... behaviours) {
    scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(Arrays.asList(behaviours));
    return this;
  }

  public synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> requests(String path) {
    return requests().stream().filter(request -> request.path().equals(path)).toList();
  }

  /** Gzip-compresses text, as GH Archive hours are. */
  public static byte[] gzip(String text) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getPath();
    String range = exchange.getRequestHeaders().getFirst("Range");
    synchronized (this) {
      requests.add(new Request(path, range, exchange.getRequestHeaders().getFirst("User-Agent")));
    }
    Deque<Behaviour> script = scripts.get(path);
    Behaviour behaviour = script == null ? null : script.poll();
    try (exchange) {
      if (behaviour instanceof Status status) {
        byte[] body = ("status " + status.code()).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status.code(), body.length);
        exchange.getResponseBody().write(body);
        return;
      }
      if (behaviour instanceof Slow slow) {
        sleep(slow.delay());
      }
      serve(exchange, path, behaviour instanceof IgnoreRange ? null : range, behaviour);
    } catch (IOException e) {
      // The client went away or the body was cut short on purpose: nothing to report.
    }
  }

  private void serve(HttpExchange exchange, String path, String range, Behaviour behaviour)
      throws IOException {
    byte[] content = files.get(path);
    if (content == null) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    int first = 0;
    Matcher matcher = range == null ? null : RANGE.matcher(range);
    if (matcher != null && matcher.matches()) {
      first = Integer.parseInt(matcher.group(1));
      if (first >= content.length) {
        exchange.getResponseHeaders().set("Content-Range", "bytes */" + content.length);
        exchange.sendResponseHeaders(416, -1);
        return;
      }
      exchange
          .getResponseHeaders()
          .set(
              "Content-Range",
              "bytes " + first + "-" + (content.length - 1) + "/" + content.length);
      exchange.sendResponseHeaders(206, content.length - first);
    } else {
      exchange.sendResponseHeaders(200, content.length);
    }
    OutputStream body = exchange.getResponseBody();
    int length = content.length - first;
    if (behaviour instanceof Truncated truncated) {
      body.write(content, first, Math.min(truncated.bytes(), length));
      body.flush();
      // Closing short of the announced length makes the server drop the connection.
      return;
    }
    if (behaviour instanceof Stall stall) {
      body.write(content, first, Math.min(stall.bytes(), length));
      body.flush();
      sleep(stall.silence());
      return;
    }
    body.write(content, first, length);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
