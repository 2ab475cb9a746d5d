package io.reposignal.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** GET requests to a test server on loopback, bodies read as UTF-8 text. */
final class Loopback {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private Loopback() {}

  static HttpResponse<String> get(WebServer server, String path) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
