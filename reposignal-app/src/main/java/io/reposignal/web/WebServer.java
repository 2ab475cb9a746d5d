package io.reposignal.web;

import static java.util.Objects.requireNonNull;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.reposignal.error.RepoSignalException;
import io.reposignal.store.Store;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The dashboard's HTTP server: pages, the JSON API under /api/v1/, Atom feeds, static assets,
 * /healthz and /metrics, over one open store. Every response carries the security headers; every
 * failure answers with its status and, for a bad parameter, the parameter's name (JSON under /api/,
 * an HTML page elsewhere).
 */
public final class WebServer implements AutoCloseable {
  /** Scripts, styles and data from this server only; no inline script, no framing, no plugins. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  /**
   * Reports are files written by {@code reposignal report}: self-contained pages that may carry
   * their own inline styles, but still no script other than this server's.
   */
  static final String REPORT_CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
          + " data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors"
          + " 'none'";

  /**
   * How the server runs.
   *
   * @param host the address to listen on (127.0.0.1 by default: loopback only)
   * @param port the port (0 picks a free one)
   * @param reports the folder of trend reports the archive serves
   * @param connections how many database connections serve requests at once
   */
  public record Options(String host, int port, Path reports, int connections) {
    public Options {
      requireNonNull(host, "host is null");
      requireNonNull(reports, "reports is null");
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, was " + port);
      }
      if (connections < 1) {
        throw new IllegalArgumentException("connections must be >= 1, was " + connections);
      }
    }
  }

  private final Readers readers;
  private final DashboardData data;
  private final Metrics metrics;
  private final Javalin app;

  private WebServer(Store store, Options options) {
    this.readers = new Readers(store, options.connections());
    this.data = new DashboardData(readers);
    this.metrics = new Metrics();
    TemplateEngine templates = TemplateEngine.createPrecompiled(ContentType.Html);
    ReportArchive archive = new ReportArchive(options.reports());
    String base = "http://" + hostForUrl(options.host()) + ":";
    Pages pages = new Pages(data, archive, templates, () -> base + port());
    Api api = new Api(data, archive);
    Assets assets = new Assets();
    this.app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.startup.showOldJavalinVersionWarning = false;
              config.http.generateEtags = false;
              config.requestLogger.http(this::record);
              config.routes.before(WebServer::secure);
              pages.register(config.routes);
              api.register(config.routes);
              assets.register(config.routes);
              config.routes.get("/healthz", this::health);
              config.routes.get("/metrics", this::scrape);
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> fail(ctx, pages, e.getStatus(), e.getMessage(), null));
              config.routes.exception(
                  BadParameter.class,
                  (e, ctx) -> fail(ctx, pages, e.status(), e.getMessage(), e.parameter()));
              config.routes.exception(
                  RepoSignalException.class,
                  (e, ctx) -> fail(ctx, pages, e.kind().httpStatus(), e.getMessage(), null));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    System.err.println("reposignal serve: internal error on " + ctx.path());
                    e.printStackTrace();
                    fail(ctx, pages, 500, "internal error; the server log has the details", null);
                  });
              config.routes.error(
                  404,
                  ctx -> {
                    if (ctx.attribute(Failure.HANDLED) == null) {
                      fail(ctx, pages, 404, "no page at " + ctx.path(), null);
                    }
                  });
            });
    this.app.start(options.host(), options.port());
    warmUp();
  }

  /** Computes the latest day's windows in the background, so the first visitors do not wait. */
  private void warmUp() {
    Thread thread =
        new Thread(
            () -> {
              try {
                data.signals(
                    null,
                    GainWindow.WEEK,
                    RankBy.SCORE,
                    null,
                    null,
                    io.reposignal.signal.SignalWindow.DEFAULT_SIZE);
              } catch (RuntimeException e) {
                // an empty store, or one closing already: requests will say what is wrong
              }
            },
            "reposignal-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts serving {@code store}, which stays open (and owned by the caller) until close. */
  public static WebServer start(Store store, Options options) {
    return new WebServer(
        requireNonNull(store, "store is null"), requireNonNull(options, "options"));
  }

  public int port() {
    return app.port();
  }

  /** Forgets every cached computation: call after an ingest changed the store. */
  public void invalidate() {
    data.invalidate();
  }

  @Override
  public void close() {
    app.stop();
    readers.close();
    metrics.close();
  }

  private static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static void secure(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
  }

  private void record(Context ctx, Float millis) {
    String route;
    try {
      route = ctx.endpoints().matchedHttpEndpoint().path;
    } catch (RuntimeException e) {
      route = "unmatched";
    }
    metrics.request(
        ctx.method().name(),
        route,
        ctx.status().getCode(),
        Duration.ofNanos((long) (millis.doubleValue() * 1_000_000)));
  }

  private void health(Context ctx) {
    Views.Days days = data.days();
    ctx.contentType("application/json; charset=utf-8")
        .result(SafeJson.write(Map.of("status", "ok", "last_day", String.valueOf(days.last()))));
  }

  private void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.scrape());
  }

  private static void fail(Context ctx, Pages pages, int status, String message, String parameter) {
    ctx.attribute(Failure.HANDLED, Boolean.TRUE);
    ctx.status(status);
    if (ctx.path().startsWith("/api/")) {
      ctx.contentType("application/json; charset=utf-8")
          .result(SafeJson.write(Failure.json(status, message, parameter)));
    } else {
      Pages.html(ctx, pages.error(status, message, parameter));
    }
  }

  /** How failures are written. */
  static final class Failure {
    static final String HANDLED = "reposignal.failure";

    private Failure() {}

    static Map<String, Object> json(int status, String message, String parameter) {
      Map<String, Object> error = new java.util.LinkedHashMap<>();
      error.put("status", status);
      error.put("message", message);
      error.put("parameter", parameter);
      return Map.of("error", error);
    }
  }

  /** Renders a template to a string. */
  static String render(TemplateEngine templates, String name, Map<String, Object> params) {
    StringOutput out = new StringOutput();
    templates.render(name, params, out);
    return out.toString();
  }
}
