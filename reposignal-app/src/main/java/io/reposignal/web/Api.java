package io.reposignal.web;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The JSON API under /api/v1/: what the pages show, in the CLI's JSON conventions (null for
 * unknown, shares as fractions, days YYYY-MM-DD, {@code repo} as "owner/name"). Its contract is the
 * OpenAPI file served at /api/v1/openapi.json.
 */
final class Api {
  /** The most repositories a window request may ask for. */
  static final int MAX_SIZE = 500;

  private final DashboardData data;
  private final ReportArchive archive;
  private final String openApi;

  Api(DashboardData data, ReportArchive archive) {
    this.data = requireNonNull(data, "data is null");
    this.archive = requireNonNull(archive, "archive is null");
    this.openApi = resource("openapi.json");
  }

  void register(RoutesConfig routes) {
    routes.get("/api/v1/openapi.json", ctx -> json(ctx, openApi));
    routes.get("/api/v1/days", ctx -> json(ctx, SafeJson.write(data.days())));
    routes.get("/api/v1/signals", this::signals);
    routes.get("/api/v1/languages", this::languages);
    routes.get("/api/v1/clusters", this::clusters);
    routes.get("/api/v1/repos/{owner}/{name}", this::repo);
    routes.get("/api/v1/search", this::search);
    routes.get("/api/v1/reports", ctx -> json(ctx, SafeJson.write(archive.list())));
  }

  private void signals(Context ctx) {
    LocalDate asOf = Params.day("as_of", ctx.queryParam("as_of"));
    GainWindow window = Params.window("window", ctx.queryParam("window"));
    RankBy rankBy = Params.rankBy("rank_by", ctx.queryParam("rank_by"));
    String language = Params.language("language", ctx.queryParam("language"));
    var momentum = Params.momentum("momentum", ctx.queryParam("momentum"));
    int size =
        Params.count(
            "size",
            ctx.queryParam("size"),
            io.reposignal.signal.SignalWindow.DEFAULT_SIZE,
            MAX_SIZE);
    json(
        ctx,
        data.json(
            java.util.List.of(
                "signals",
                String.valueOf(asOf),
                window,
                rankBy,
                String.valueOf(language),
                String.valueOf(momentum),
                size),
            () -> data.signals(asOf, window, rankBy, language, momentum, size)));
  }

  private void languages(Context ctx) {
    LocalDate asOf = Params.day("as_of", ctx.queryParam("as_of"));
    GainWindow window = Params.window("window", ctx.queryParam("window"));
    RankBy rankBy = Params.rankBy("rank_by", ctx.queryParam("rank_by"));
    int size =
        Params.count(
            "size",
            ctx.queryParam("size"),
            io.reposignal.signal.SignalWindow.DEFAULT_SIZE,
            MAX_SIZE);
    json(
        ctx,
        data.json(
            java.util.List.of("languages", String.valueOf(asOf), window, rankBy, size),
            () -> data.languages(asOf, window, rankBy, size)));
  }

  private void clusters(Context ctx) {
    LocalDate asOf = Params.day("as_of", ctx.queryParam("as_of"));
    json(
        ctx,
        data.json(java.util.List.of("clusters", String.valueOf(asOf)), () -> data.clusters(asOf)));
  }

  /** An old name finds the repository: the answer names it by its current name. */
  private void repo(Context ctx) {
    String name = Params.repo(ctx.pathParam("owner"), ctx.pathParam("name"));
    Views.Repo repo = data.repo(name).orElseThrow(() -> unknownRepo(name));
    if (repo.renamed()) {
      ctx.header("Content-Location", "/api/v1/repos/" + repo.repo());
    }
    json(
        ctx,
        data.json(java.util.List.of("repo", name.toLowerCase(java.util.Locale.ROOT)), () -> repo));
  }

  private void search(Context ctx) {
    String query = Params.query("q", ctx.queryParam("q"));
    if (query == null) {
      throw new BadParameter("q", "q is required: part of a repository name, e.g. clawdbot");
    }
    json(ctx, SafeJson.write(data.search(query)));
  }

  static BadParameter unknownRepo(String name) {
    return new BadParameter(
        404,
        "name",
        "no repository named "
            + name
            + " in the database (old names are searched too); it may never have been in the"
            + " snapshots' top lists");
  }

  private static void json(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8").result(body);
  }

  private static void json(Context ctx, byte[] body) {
    ctx.contentType("application/json; charset=utf-8").result(body);
  }

  private static String resource(String name) {
    try (InputStream in = Api.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
