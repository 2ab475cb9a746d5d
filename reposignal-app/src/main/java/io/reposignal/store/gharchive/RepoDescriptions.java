package io.reposignal.store.gharchive;

/**
 * The language and description of repositories known from GH Archive: GitHub's REST API's where
 * {@code reposignal enrich} fetched the repository (matched by repo id), else the latest that their
 * events carried up to a day ({@code gha_repo_meta}: creation events' descriptions; pull request
 * bases and 2011-2014 repository objects, which carry languages too). Events carry no language
 * since October 2025. One query serves the signals' facts and the repository pages.
 */
public final class RepoDescriptions {
  private RepoDescriptions() {}

  /** A repository's language and description, each null when unknown. */
  public record Described(String language, String description) {}

  /**
   * Common table expressions ending in {@code described(repo_id, language, description)} for the
   * repositories of {@code ids}, the name of an earlier expression of the caller's with a {@code
   * repo_id} column (a constant of the caller's, never input). They take one parameter, placed
   * after the caller's own: the last day whose events count.
   */
  public static String described(String ids) {
    return "meta AS (SELECT repo_id,"
        + " arg_max(language, (day, observed_at, event_id)) FILTER (WHERE language <> '')"
        + " AS language,"
        + " arg_max(description, (day, observed_at, event_id)) FILTER (WHERE description <> '')"
        + " AS description FROM gha_repo_meta WHERE day <= ? AND repo_id IN (SELECT repo_id FROM "
        + ids
        + ") GROUP BY repo_id),"
        + " described AS (SELECT i.repo_id, coalesce(g.language, m.language) AS language,"
        + " coalesce(g.description, m.description) AS description"
        + " FROM "
        + ids
        + " i LEFT JOIN meta m USING (repo_id)"
        + " LEFT JOIN gh_repo g ON g.repo_id = i.repo_id AND g.status = 'ok')";
  }
}
