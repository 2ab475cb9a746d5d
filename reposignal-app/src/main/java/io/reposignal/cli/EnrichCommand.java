package io.reposignal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.reposignal.enrich.ClientPolicy;
import io.reposignal.enrich.EnrichRequest;
import io.reposignal.enrich.EnrichService;
import io.reposignal.enrich.EnrichSummary;
import io.reposignal.enrich.GitHubApi;
import io.reposignal.enrich.GitHubRepoClient;
import io.reposignal.enrich.RepoName;
import io.reposignal.enrich.Sleeper;
import io.reposignal.enrich.SnapshotCandidates;
import io.reposignal.error.RepoSignalException;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reposignal enrich}: repository metadata from the GitHub REST API. */
@Command(
    name = "enrich",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Fetches repository metadata (language, topics, description, star and fork totals) from the"
          + " GitHub REST API for the repositories that matter most: today the ones that gained the"
          + " most stars in the last 7 days of snapshots, plus any --repo.",
      "",
      "Polite: one request at a time, conditional requests with the stored ETag (an unchanged"
          + " repository costs nothing), waits for the rate limit to reset instead of hammering,"
          + " retries server errors with back-off. Resumable: each answer is stored as it arrives,"
          + " and an interrupted run continues where it stopped.",
      "",
      "Environment: GITHUB_TOKEN (optional; 5,000 requests an hour instead of 60),"
          + " GITHUB_API_URL (default https://api.github.com)."
    })
final class EnrichCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description =
          "Checks at most N repositories in a new run (requested ones count). Default: all"
              + " candidates that are not fresh.")
  Integer limit;

  @Option(
      names = "--stale-after",
      paramLabel = "DAYS",
      defaultValue = "7",
      description =
          "Skips candidates GitHub answered for within the last DAYS days (0 checks all)."
              + " Default: ${DEFAULT-VALUE}.")
  int staleAfterDays;

  @Option(
      names = "--repo",
      paramLabel = "OWNER/NAME",
      arity = "1..*",
      description =
          "Checks these repositories first, even when fetched recently. Starts a new run, which"
              + " supersedes an unfinished one.")
  List<String> repos = new ArrayList<>();

  @Option(
      names = "--max-wait",
      paramLabel = "MINUTES",
      defaultValue = "15",
      description =
          "The longest rate-limit wait this run sits through; a longer one stops the run, which"
              + " says when to resume. Default: ${DEFAULT-VALUE}.")
  int maxWaitMinutes;

  @Option(
      names = "--api-url",
      paramLabel = "URL",
      description =
          "The GitHub REST API base URL. Default: $GITHUB_API_URL, else https://api.github.com.")
  String apiUrl;

  @Option(
      names = "--json",
      description = "Prints a JSON summary object on standard output; progress stays on stderr.")
  boolean json;

  @Override
  public Integer call() throws InterruptedException {
    if (limit != null && limit < 0) {
      throw RepoSignalException.usage("--limit must be 0 or more, got %d", limit);
    }
    if (staleAfterDays < 0) {
      throw RepoSignalException.usage(
          "--stale-after must be 0 or more days, got %d", staleAfterDays);
    }
    if (maxWaitMinutes < 0) {
      throw RepoSignalException.usage(
          "--max-wait must be 0 or more minutes, got %d", maxWaitMinutes);
    }
    List<RepoName> requested = new ArrayList<>();
    for (String repo : repos) {
      requested.add(RepoName.parse(repo));
    }
    PrintWriter err = spec.commandLine().getErr();
    GitHubApi api = GitHubApi.fromEnvironment(System.getenv(), apiUrl);
    if (api.token().isEmpty()) {
      err.println("reposignal: no GITHUB_TOKEN: GitHub allows 60 requests an hour without one");
      err.flush();
    }
    Clock clock = Clock.systemUTC();
    GitHubRepoClient client =
        new GitHubRepoClient(
            api,
            ClientPolicy.defaults().withMaxRateLimitWait(Duration.ofMinutes(maxWaitMinutes)),
            clock,
            Sleeper.REAL,
            line -> {
              err.println(line);
              err.flush();
            });
    EnrichService service =
        new EnrichService(
            Commands.database(spec),
            client,
            new SnapshotCandidates(),
            clock,
            Sleeper.REAL,
            line -> {
              err.println(line);
              err.flush();
            });
    EnrichSummary summary =
        service.run(
            new EnrichRequest(
                limit == null ? Integer.MAX_VALUE : limit,
                Duration.ofDays(staleAfterDays),
                requested));
    err.println(describe(summary));
    err.flush();
    if (json) {
      PrintWriter out = spec.commandLine().getOut();
      out.println(toJson(summary));
      out.flush();
    }
    if (summary.stopReason() != null) {
      throw RepoSignalException.unavailable("%s", summary.stopReason());
    }
    if (summary.errors() > 0) {
      err.println(
          "reposignal: "
              + summary.errors()
              + " repositories had no usable answer; the next run asks again");
      err.flush();
      return 1;
    }
    return 0;
  }

  private static String describe(EnrichSummary summary) {
    return String.format(
        Locale.ROOT,
        "enrich run %d%s: %d checked (%d fetched, %d unchanged, %d renamed, %d gone, %d errors),"
            + " %d skipped as fresh, %d left; %d rate-limit waits (%d s)",
        summary.runId(),
        summary.resumed() ? " (resumed)" : "",
        summary.checked(),
        summary.fetched(),
        summary.unchanged(),
        summary.renamed(),
        summary.gone(),
        summary.errors(),
        summary.skippedFresh(),
        summary.remaining(),
        summary.rateLimitWaits(),
        summary.rateLimitWaitSeconds());
  }

  private static String toJson(EnrichSummary summary) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode node = mapper.createObjectNode();
    node.put("run", summary.runId());
    node.put("resumed", summary.resumed());
    node.put("candidates", summary.candidates());
    node.put("skipped_fresh", summary.skippedFresh());
    node.put("queued", summary.queued());
    node.put("checked", summary.checked());
    node.put("fetched", summary.fetched());
    node.put("unchanged", summary.unchanged());
    node.put("renamed", summary.renamed());
    node.put("gone", summary.gone());
    node.put("errors", summary.errors());
    node.put("rate_limit_waits", summary.rateLimitWaits());
    node.put("rate_limit_wait_seconds", summary.rateLimitWaitSeconds());
    node.put("remaining", summary.remaining());
    node.put("stopped", summary.stopReason());
    node.put(
        "resume_at",
        summary.resumeAt() == null
            ? null
            : summary.resumeAt().truncatedTo(ChronoUnit.SECONDS).toString());
    return node.toString();
  }
}
