package io.reposignal.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reposignal.error.ErrorKind;
import io.reposignal.error.RepoSignalException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RepoNameTest {
  @Test
  void parse_ownerAndName_keepsSpellingAndKeysCaseInsensitively() {
    RepoName name = RepoName.parse(" Apache/Incubator-Kie.drools_2 ");

    assertThat(name.owner()).isEqualTo("Apache");
    assertThat(name.name()).isEqualTo("Incubator-Kie.drools_2");
    assertThat(name.key()).isEqualTo("apache/incubator-kie.drools_2");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "noslash",
        "/name",
        "owner/",
        "a/b/c",
        "owner/..",
        "own er/name",
        "o/n?x=1",
        "-owner/name",
        "owner/na%2fme"
      })
  void parse_notAGitHubName_isAUsageError(String text) {
    assertThatThrownBy(() -> RepoName.parse(text))
        .isInstanceOfSatisfying(
            RepoSignalException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.USAGE))
        .hasMessageContaining("expected OWNER/NAME");
    assertThat(RepoName.isValid(text)).isFalse();
  }
}
