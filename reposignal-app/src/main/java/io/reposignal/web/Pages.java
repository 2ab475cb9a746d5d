package io.reposignal.web;

import static java.util.Objects.requireNonNull;

import gg.jte.TemplateEngine;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.reposignal.error.RepoSignalException;
import io.reposignal.forecast.Call;
import io.reposignal.forecast.ForecastLedger;
import io.reposignal.forecast.Target;
import io.reposignal.history.RepoHistory;
import io.reposignal.signal.RepoSignal;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The HTML pages, the report files and the Atom feeds. */
final class Pages {
  /** How many of the latest days the repository page lists. */
  static final int RECENT_DAYS = 30;

  /** How many repositories the breakouts feed carries. */
  static final int FEED_ENTRIES = 10;

  private final DashboardData data;
  private final ReportArchive archive;
  private final TemplateEngine templates;
  private final Supplier<String> base;

  Pages(
      DashboardData data, ReportArchive archive, TemplateEngine templates, Supplier<String> base) {
    this.data = requireNonNull(data, "data is null");
    this.archive = requireNonNull(archive, "archive is null");
    this.templates = requireNonNull(templates, "templates is null");
    this.base = requireNonNull(base, "base is null");
  }

  void register(RoutesConfig routes) {
    routes.get("/", this::signals);
    routes.get("/repos/{owner}/{name}", this::repo);
    routes.get("/search", this::search);
    routes.get("/languages", this::languages);
    routes.get("/clusters", this::clusters);
    routes.get("/reports", this::reports);
    routes.get("/reports/{file}", this::reportFile);
    routes.get("/feeds/articles.atom", this::articlesFeed);
    routes.get("/feeds/breakouts.atom", this::breakoutsFeed);
  }

  private PageModels.Chrome chrome(String title, String active) {
    return new PageModels.Chrome(title, active, data.calendar().last());
  }

  private void signals(Context ctx) {
    LocalDate asOf = Params.day("as_of", ctx.queryParam("as_of"));
    GainWindow window = Params.window("window", ctx.queryParam("window"));
    RankBy rankBy = Params.rankBy("rank_by", ctx.queryParam("rank_by"));
    String language = Params.language("language", ctx.queryParam("language"));
    var momentum = Params.momentum("momentum", ctx.queryParam("momentum"));
    Views.Signals signals =
        data.signals(
            asOf,
            window,
            rankBy,
            language,
            momentum,
            io.reposignal.signal.SignalWindow.DEFAULT_SIZE);
    PageModels.Signals page =
        new PageModels.Signals(
            signals,
            data.languagesOn(signals.asOf()),
            data.days(),
            Charts.gains(signals.repos(), window));
    html(ctx, render("web/signals.jte", chrome("Signal window", "signals"), page));
  }

  private void repo(Context ctx) {
    String name = Params.repo(ctx.pathParam("owner"), ctx.pathParam("name"));
    Views.Repo repo = data.repo(name).orElseThrow(() -> Api.unknownRepo(name));
    List<RepoHistory.Day> series = repo.series();
    List<RepoHistory.Day> recent =
        new ArrayList<>(series.subList(Math.max(0, series.size() - RECENT_DAYS), series.size()));
    java.util.Collections.reverse(recent);
    List<RepoHistory.Day> events = series.stream().filter(d -> d.dataEvent() != null).toList();
    PageModels.Repo page =
        new PageModels.Repo(repo, recent, events, Charts.history(series, repo.suspiciousStars()));
    html(ctx, render("web/repo.jte", chrome(repo.repo(), "repo"), page));
  }

  private void search(Context ctx) {
    String query = Params.query("q", ctx.queryParam("q"));
    List<Views.SearchHit> hits = query == null ? List.of() : data.search(query);
    html(
        ctx,
        render("web/search.jte", chrome("Search", "search"), new PageModels.Search(query, hits)));
  }

  private void languages(Context ctx) {
    LocalDate asOf = Params.day("as_of", ctx.queryParam("as_of"));
    GainWindow window = Params.window("window", ctx.queryParam("window"));
    RankBy rankBy = Params.rankBy("rank_by", ctx.queryParam("rank_by"));
    Views.Languages languages =
        data.languages(asOf, window, rankBy, io.reposignal.signal.SignalWindow.DEFAULT_SIZE);
    PageModels.Languages page =
        new PageModels.Languages(languages, data.days(), Charts.languages(languages.languages()));
    html(ctx, render("web/languages.jte", chrome("Language map", "languages"), page));
  }

  private void clusters(Context ctx) {
    LocalDate asOf = Params.day("as_of", ctx.queryParam("as_of"));
    PageModels.Clusters page = new PageModels.Clusters(data.clusters(asOf), data.days());
    html(ctx, render("web/clusters.jte", chrome("Clusters", "clusters"), page));
  }

  private void reports(Context ctx) {
    PageModels.Reports page =
        new PageModels.Reports(
            archive.list(),
            archive.directory().toString(),
            "reposignal report --as-of YYYY-MM-DD --out " + archive.directory());
    html(ctx, render("web/reports.jte", chrome("Articles", "reports"), page));
  }

  private void reportFile(Context ctx) throws IOException {
    String fileName = ctx.pathParam("file");
    Path file =
        archive
            .file(fileName)
            .orElseThrow(
                () ->
                    RepoSignalException.notFound(
                        "no report named %s; the archive at /reports lists them",
                        Params.clip(fileName)));
    ctx.header("Content-Security-Policy", WebServer.REPORT_CONTENT_SECURITY_POLICY);
    ctx.contentType(
        fileName.endsWith(".md") ? "text/markdown; charset=utf-8" : "text/html; charset=utf-8");
    InputStream in = Files.newInputStream(file);
    ctx.result(in);
  }

  private void articlesFeed(Context ctx) {
    AtomFeed feed =
        new AtomFeed(
            "urn:reposignal:feed:articles",
            "RepoSignal trend articles",
            base.get() + "/feeds/articles.atom",
            base.get() + "/reports");
    for (Views.Report report : archive.list()) {
      feed.add(
          new AtomFeed.Entry(
              "urn:reposignal:report:" + report.day(),
              "RepoSignal trend report of " + report.day(),
              base.get() + report.html(),
              Instant.parse(report.updated()),
              "What moved on GitHub up to " + report.day() + "."));
    }
    LocalDate last = data.calendar().last();
    atom(
        ctx,
        feed.toXml(last == null ? Instant.EPOCH : last.atStartOfDay(ZoneOffset.UTC).toInstant()));
  }

  /**
   * The forecast ledger's latest calls, one entry per call; an empty feed while the ledger is
   * empty. Each entry's time is when its call was recorded, so re-reading never changes a feed.
   */
  private void breakoutsFeed(Context ctx) {
    AtomFeed feed =
        new AtomFeed(
            "urn:reposignal:feed:breakouts",
            "RepoSignal breakout calls: the forecast ledger's latest calls, each with its"
                + " probability of being among the top gainers within its horizon",
            base.get() + "/feeds/breakouts.atom",
            base.get() + "/");
    List<ForecastLedger.Entry> calls = data.latestCalls();
    Map<String, RepoSignal> described =
        calls.isEmpty() ? Map.of() : data.observedOn(calls.get(0).call().asOf());
    for (ForecastLedger.Entry entry : calls) {
      Call call = entry.call();
      RepoSignal signal = described.get(call.repo());
      String gainers =
          "the top "
              + call.top()
              + " gainers by "
              + (call.target() == Target.ABSOLUTE
                  ? "stars gained"
                  : "stars gained relative to size")
              + " of the "
              + call.horizon()
              + " days after "
              + call.asOf();
      String summary =
          call.repo()
              + ": "
              + Fmt.percent(call.probability())
              + " probability of being among "
              + gainers
              + " (to "
              + call.asOf().plusDays(call.horizon())
              + "); "
              + call.target().label()
              + " call #"
              + call.rank()
              + " of "
              + call.asOf()
              + ", model "
              + call.modelVersion()
              + ", data to "
              + entry.dataLastDay()
              + (signal == null || signal.description() == null ? "" : ". " + signal.description());
      feed.add(
          new AtomFeed.Entry(
              "urn:reposignal:call:"
                  + call.asOf()
                  + ":"
                  + call.horizon()
                  + ":"
                  + call.top()
                  + ":"
                  + call.modelVersion()
                  + ":"
                  + call.target().label()
                  + ":"
                  + call.repo(),
              call.repo()
                  + ": "
                  + Fmt.percent(call.probability())
                  + " to be a top-"
                  + call.top()
                  + " "
                  + call.target().label()
                  + " gainer within "
                  + call.horizon()
                  + " days",
              base.get() + "/repos/" + call.repo(),
              entry.madeAt(),
              summary));
    }
    atom(ctx, feed.toXml(Instant.EPOCH));
  }

  static void html(Context ctx, String body) {
    ctx.contentType("text/html; charset=utf-8").result(body);
  }

  private static void atom(Context ctx, String xml) {
    ctx.contentType("application/atom+xml; charset=utf-8").result(xml);
  }

  String error(int status, String message, String parameter) {
    PageModels.Chrome chrome;
    try {
      chrome = chrome("Error " + status, "error");
    } catch (RuntimeException e) {
      chrome = new PageModels.Chrome("Error " + status, "error", null);
    }
    return render("web/error.jte", chrome, new PageModels.Error(status, message, parameter));
  }

  private String render(String template, PageModels.Chrome chrome, Object page) {
    return WebServer.render(templates, template, Map.of("chrome", chrome, "page", page));
  }
}
