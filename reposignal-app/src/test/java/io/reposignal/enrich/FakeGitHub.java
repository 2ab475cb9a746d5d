package io.reposignal.enrich;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on loopback that plays GitHub's REST API from a script: for each path, the
 * replies to give in order (the last one repeats). It records every request with its headers and
 * the (test) clock's time, so tests can check what the client sent and when.
 */
final class FakeGitHub implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor = Executors.newCachedThreadPool();
  private final Clock clock;
  private final Map<String, Deque<Reply>> script = new HashMap<>();
  private final List<Request> requests = new ArrayList<>();

  FakeGitHub(Clock clock) throws IOException {
    this.clock = clock;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(executor);
    server.start();
  }

  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  GitHubApi api() {
    return new GitHubApi(baseUri(), java.util.Optional.of("test-token"));
  }

  /** Scripts the replies for {@code path}, in order; the last one repeats. */
  synchronized FakeGitHub on(String path, Reply... replies) {
    script.put(path, new ArrayDeque<>(List.of(replies)));
    return this;
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  synchronized List<String> paths() {
    return requests.stream().map(Request::path).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    Reply reply;
    synchronized (this) {
      String path = exchange.getRequestURI().getPath();
      requests.add(new Request(path, exchange.getRequestHeaders(), clock.instant()));
      Deque<Reply> replies = script.get(path);
      if (replies == null) {
        reply = Reply.json(404, "{\"message\":\"Not Found\"}");
      } else {
        reply = replies.size() > 1 ? replies.removeFirst() : replies.getFirst();
      }
    }
    try {
      if (!reply.delay().isZero()) {
        Thread.sleep(reply.delay().toMillis());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
    reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
    if (reply.status() == 304 || body.length == 0) {
      exchange.sendResponseHeaders(reply.status(), -1);
    } else {
      exchange.sendResponseHeaders(reply.status(), body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  /** The JSON GitHub gives for a repository, with the fields RepoSignal reads. */
  static String repoJson(long id, String fullName, int stars) {
    return String.format(
        Locale.ROOT,
        "{\"id\":%d,\"full_name\":\"%s\",\"owner\":{\"login\":\"%s\"},\"description\":\"About %s\","
            + "\"language\":\"Rust\",\"topics\":[\"cli\",\"search\"],\"fork\":false,"
            + "\"archived\":false,\"created_at\":\"2020-01-02T03:04:05Z\","
            + "\"pushed_at\":\"2026-06-01T00:00:00Z\",\"stargazers_count\":%d,"
            + "\"forks_count\":%d}",
        id,
        fullName,
        fullName.substring(0, fullName.indexOf('/')),
        fullName,
        stars,
        stars / 10);
  }

  /** One request as the server saw it. */
  record Request(String path, Headers headers, Instant at) {
    String header(String name) {
      return headers.getFirst(name);
    }
  }

  /** One scripted reply. */
  record Reply(int status, Map<String, String> headers, String body, Duration delay) {
    static Reply json(int status, String body) {
      return new Reply(status, Map.of("Content-Type", "application/json"), body, Duration.ZERO);
    }

    static Reply repo(long id, String fullName, int stars, String etag) {
      return json(200, repoJson(id, fullName, stars))
          .with("ETag", etag)
          .with("x-ratelimit-limit", "5000")
          .with("x-ratelimit-remaining", "4999")
          .with("x-ratelimit-reset", "1900000000");
    }

    Reply with(String name, String value) {
      Map<String, String> more = new HashMap<>(headers);
      more.put(name, value);
      return new Reply(status, more, body, delay);
    }

    Reply delayed(Duration by) {
      return new Reply(status, headers, body, by);
    }
  }
}
