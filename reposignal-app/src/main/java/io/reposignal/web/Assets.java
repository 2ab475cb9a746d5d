package io.reposignal.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The static files the pages load, from the classpath: ECharts from its WebJar
 * (org.webjars.npm:echarts, Apache-2.0) and the dashboard's own script and style sheet. Nothing is
 * loaded from the internet.
 */
final class Assets {
  private static final String WEBJAR = "/META-INF/resources/webjars/echarts/";

  private final byte[] echarts;
  private final byte[] script;
  private final byte[] style;
  private final byte[] icon;

  Assets() {
    String version = echartsVersion();
    this.echarts = read(WEBJAR + version + "/dist/echarts.min.js");
    this.script = read("/io/reposignal/web/assets/app.js");
    this.style = read("/io/reposignal/web/assets/app.css");
    this.icon = read("/io/reposignal/web/assets/favicon.svg");
  }

  void register(RoutesConfig routes) {
    routes.get("/assets/echarts.min.js", ctx -> serve(ctx, echarts, "text/javascript", 86400));
    routes.get("/assets/app.js", ctx -> serve(ctx, script, "text/javascript", 300));
    routes.get("/assets/app.css", ctx -> serve(ctx, style, "text/css", 300));
    routes.get("/assets/favicon.svg", ctx -> serve(ctx, icon, "image/svg+xml", 86400));
    routes.get("/favicon.ico", ctx -> serve(ctx, icon, "image/svg+xml", 86400));
  }

  private static void serve(Context ctx, byte[] body, String type, int maxAgeSeconds) {
    ctx.header("Cache-Control", "public, max-age=" + maxAgeSeconds);
    ctx.contentType(type + "; charset=utf-8").result(body);
  }

  /** The version of the ECharts WebJar on the classpath, from its Maven metadata. */
  static String echartsVersion() {
    Properties properties = new Properties();
    try (InputStream in =
        Assets.class.getResourceAsStream(
            "/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
      if (in == null) {
        throw new IllegalStateException(
            "the ECharts WebJar (org.webjars.npm:echarts) is missing from the classpath");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  private static byte[] read(String resource) {
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + resource + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
