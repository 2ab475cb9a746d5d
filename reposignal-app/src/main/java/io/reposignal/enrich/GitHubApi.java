package io.reposignal.enrich;

import static java.util.Objects.requireNonNull;

import io.reposignal.error.RepoSignalException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where the REST API is and how to authenticate: the base URL from {@code GITHUB_API_URL} (the
 * variable GitHub Actions sets; GitHub Enterprise; tests), the token from {@code GITHUB_TOKEN}.
 */
public record GitHubApi(URI baseUri, Optional<String> token) {
  public static final URI DEFAULT_BASE = URI.create("https://api.github.com");

  public GitHubApi {
    requireNonNull(baseUri, "baseUri is null");
    requireNonNull(token, "token is null");
    String scheme = baseUri.getScheme();
    if (!"https".equals(scheme) && !"http".equals(scheme) || baseUri.getHost() == null) {
      throw RepoSignalException.usage(
          "GitHub API URL '%s' is not an http(s) URL; use e.g. https://api.github.com", baseUri);
    }
    token = token.map(String::strip).filter(t -> !t.isEmpty());
    String path = baseUri.getPath() == null ? "" : baseUri.getPath();
    if (path.endsWith("/")) {
      baseUri = baseUri.resolve(path.substring(0, path.length() - 1));
    }
  }

  /**
   * The API as the environment configures it; {@code explicitUrl} (a command-line option) wins over
   * {@code GITHUB_API_URL}.
   */
  public static GitHubApi fromEnvironment(Map<String, String> environment, String explicitUrl) {
    String url = explicitUrl;
    if (url == null || url.isBlank()) {
      url = environment.get("GITHUB_API_URL");
    }
    URI base;
    try {
      base = url == null || url.isBlank() ? DEFAULT_BASE : URI.create(url.strip());
    } catch (IllegalArgumentException e) {
      throw RepoSignalException.usage(
          "GitHub API URL '%s' is not a URL (%s); use e.g. https://api.github.com",
          url, e.getMessage());
    }
    return new GitHubApi(base, Optional.ofNullable(environment.get("GITHUB_TOKEN")));
  }

  /** The host (and port, when not the default) to name in messages. */
  public String authority() {
    return baseUri.getRawAuthority();
  }

  URI repoUri(RepoName repo) {
    return URI.create(baseUri + "/repos/" + repo.owner() + "/" + repo.name());
  }

  /** True when {@code uri} is on the same scheme, host and port, so the token may go there. */
  boolean sameOrigin(URI uri) {
    return baseUri.getScheme().equalsIgnoreCase(String.valueOf(uri.getScheme()))
        && baseUri.getHost().equalsIgnoreCase(String.valueOf(uri.getHost()))
        && port(baseUri) == port(uri);
  }

  private static int port(URI uri) {
    if (uri.getPort() != -1) {
      return uri.getPort();
    }
    return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
  }

  @Override
  public String toString() {
    // Never print the token.
    return "GitHubApi[" + baseUri + (token.isPresent() ? ", with token]" : ", no token]");
  }
}
