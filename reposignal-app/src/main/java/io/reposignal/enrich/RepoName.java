package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.RepoSignalException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A repository name {@code owner/name} as GitHub spells it. Only the characters GitHub allows are
 * accepted, so a name can go into a URL path without escaping.
 */
public record RepoName(String owner, String name) {
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}");
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  public RepoName {
    requireNonNull(owner, "owner is null");
    requireNonNull(name, "name is null");
    if (!OWNER.matcher(owner).matches() || !NAME.matcher(name).matches() || isDots(name)) {
      throw RepoSignalException.usage(
          "'%s/%s' is not a repository name; expected OWNER/NAME as on github.com, such as"
              + " apache/spark",
          owner, name);
    }
  }

  /** Parses {@code owner/name}; fails with a usage error naming the rule. */
  public static RepoName parse(String fullName) {
    requireNonNull(fullName, "fullName is null");
    String trimmed = fullName.strip();
    int slash = trimmed.indexOf('/');
    if (slash <= 0 || slash != trimmed.lastIndexOf('/') || slash == trimmed.length() - 1) {
      throw RepoSignalException.usage(
          "'%s' is not a repository name; expected OWNER/NAME as on github.com, such as"
              + " apache/spark",
          fullName);
    }
    return new RepoName(trimmed.substring(0, slash), trimmed.substring(slash + 1));
  }

  /** True when {@code fullName} is a name {@link #parse} accepts. */
  public static boolean isValid(String fullName) {
    try {
      parse(fullName);
      return true;
    } catch (RepoSignalException e) {
      return false;
    }
  }

  private static boolean isDots(String name) {
    return name.equals(".") || name.equals("..");
  }

  public String fullName() {
    return owner + "/" + name;
  }

  /** The key names are compared by: GitHub names are case-insensitive. */
  public String key() {
    return fullName().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return fullName();
  }
}
