package io.reposignal.report;

import static java.util.Objects.requireNonNull;

import java.util.regex.Pattern;

/**
 * A repository the article names, with what a reader needs to place it.
 *
 * @param repo "owner/name" as the snapshots spell it (untrusted text)
 * @param language its primary language, or null
 * @param description the owner's description (untrusted text), or null
 * @param stars its star total on the article's day, or null when unknown (GH Archive only)
 */
public record RepoRef(String repo, String language, String description, Integer stars) {
  /** GitHub's rules: owners are letters, digits and inner hyphens; names add '.', '_' and '-'. */
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})");

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  public RepoRef {
    requireNonNull(repo, "repo is null");
  }

  /**
   * The repository's page, {@code https://github.com/OWNER/NAME}, or null when the name is not a
   * valid GitHub name (then the article shows it as text only, never as a link).
   */
  public String url() {
    int slash = repo.indexOf('/');
    if (slash < 0 || slash != repo.lastIndexOf('/')) {
      return null;
    }
    String owner = repo.substring(0, slash);
    String name = repo.substring(slash + 1);
    if (!OWNER.matcher(owner).matches()
        || !NAME.matcher(name).matches()
        || name.equals(".")
        || name.equals("..")) {
      return null;
    }
    return "https://github.com/" + owner + "/" + name;
  }
}
