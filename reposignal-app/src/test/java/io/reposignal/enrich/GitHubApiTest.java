package io.reposignal.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.error.RepoSignalException;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class GitHubApiTest {
  @Test
  void fromEnvironment_nothingSet_usesApiGithubComWithoutToken() {
    GitHubApi api = GitHubApi.fromEnvironment(Map.of(), null);

    assertThat(api.baseUri()).isEqualTo(URI.create("https://api.github.com"));
    assertThat(api.token()).isEmpty();
    assertThat(api.authority()).isEqualTo("api.github.com");
  }

  @Test
  void fromEnvironment_variablesSet_usesThemAndTheOptionWins() {
    Map<String, String> environment =
        Map.of("GITHUB_API_URL", "https://ghe.example/api/v3/", "GITHUB_TOKEN", " secret ");

    GitHubApi fromVariables = GitHubApi.fromEnvironment(environment, null);
    GitHubApi fromOption = GitHubApi.fromEnvironment(environment, "http://127.0.0.1:9");

    assertThat(fromVariables.baseUri()).isEqualTo(URI.create("https://ghe.example/api/v3"));
    assertThat(fromVariables.repoUri(RepoName.parse("a/b")))
        .isEqualTo(URI.create("https://ghe.example/api/v3/repos/a/b"));
    assertThat(fromVariables.token()).contains("secret");
    assertThat(fromVariables.toString()).doesNotContain("secret");
    assertThat(fromOption.baseUri()).isEqualTo(URI.create("http://127.0.0.1:9"));
  }

  @Test
  void sameOrigin_otherHostOrPort_isFalse() {
    GitHubApi api = new GitHubApi(URI.create("https://api.github.com"), Optional.empty());

    assertThat(api.sameOrigin(URI.create("https://API.github.com:443/repositories/1"))).isTrue();
    assertThat(api.sameOrigin(URI.create("https://evil.example/repositories/1"))).isFalse();
    assertThat(api.sameOrigin(URI.create("http://api.github.com/repositories/1"))).isFalse();
  }

  @Test
  void new_notHttp_isAUsageError() {
    assertThatThrownBy(() -> GitHubApi.fromEnvironment(Map.of("GITHUB_API_URL", "ftp://x"), null))
        .isInstanceOf(RepoSignalException.class)
        .hasMessageContaining("is not an http(s) URL");
  }
}
