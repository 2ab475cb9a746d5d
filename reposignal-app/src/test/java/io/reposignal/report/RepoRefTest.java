package io.reposignal.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RepoRefTest {
  @Test
  void url_validName_isTheGitHubPage() {
    assertThat(new RepoRef("openclaw/open.claw_x-1", null, null, 1).url())
        .isEqualTo("https://github.com/openclaw/open.claw_x-1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "javascript:alert(1)//x",
        "owner/name/extra",
        "noslash",
        "-owner/name",
        "owner/..",
        "owner/.",
        "ow ner/name",
        "owner/na\"me",
        "owner/<script>",
        "owner/name)",
        "owner/",
        "/name",
        "own\u202eer/name"
      })
  void url_invalidName_isNull(String name) {
    assertThat(new RepoRef(name, null, null, 1).url()).isNull();
  }
}
