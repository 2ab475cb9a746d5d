package io.reposignal.signal.momentum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class ReasonsTest {
  @Test
  void get_pattern_readsAsStringFormatInTheRootLocale() {
    // The suite runs in a Turkish locale, whose decimal separator is a comma.
    Reasons reasons = Reasons.of("z_today %.2f >= %.1f in %d of %s", 3.14159, 3.0, 12, "x");

    assertThat(reasons).containsExactly("z_today 3.14 >= 3.0 in 12 of x");
  }

  @Test
  void build_mixedReasons_keepsTheOrderAndEqualsTheFormattedList() {
    Reasons.Builder builder = new Reasons.Builder();
    builder.add("peak %.0f stars", 600.0).add("a plain sentence with 100% in it");

    Reasons reasons = builder.build();

    assertThat(reasons)
        .isEqualTo(List.of("peak 600 stars", "a plain sentence with 100% in it"))
        .hasSameHashCodeAs(List.of("peak 600 stars", "a plain sentence with 100% in it"));
  }

  @Test
  void addAll_prefix_prefixesEveryReasonWithoutReadingItAsAPattern() {
    Reasons.Builder sustained = new Reasons.Builder().add("week %.1f", 2.5).add("50% plain");

    Reasons steady = new Reasons.Builder().add("first").addAll("not 100%: ", sustained).build();

    assertThat(steady).containsExactly("first", "not 100%: week 2.5", "not 100%: 50% plain");
  }

  @Test
  void build_builderChangedAfterwards_builtReasonsStayAsTheyWere() {
    Reasons.Builder builder = new Reasons.Builder().add("one %d", 1);
    Reasons built = builder.build();

    builder.clear().add("two");

    assertThat(built).containsExactly("one 1");
    assertThat(builder.build()).containsExactly("two");
  }

  @Test
  void build_nothingAdded_isEmpty() {
    assertThat(new Reasons.Builder().build()).isEmpty();
  }

  @Test
  void add_onTheList_isRefused() {
    Reasons reasons = Reasons.of("one");

    assertThatThrownBy(() -> reasons.add("two")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void later_explanation_runsOnlyWhenRead() {
    int[] runs = {0};
    List<String> reasons =
        Reasons.later(
            () -> {
              runs[0]++;
              return Reasons.of("worked out %d", 42);
            });

    assertThat(runs[0]).isZero();
    assertThat(reasons).containsExactly("worked out 42");
    assertThat(reasons).isEqualTo(List.of("worked out 42"));
    assertThat(runs[0]).isEqualTo(1);
    assertThat(Reasons.immutable(reasons)).isSameAs(reasons);
  }

  @Test
  void later_explanationGivesAMutableList_isFrozen() {
    List<String> source = new ArrayList<>(List.of("a"));
    List<String> reasons = Reasons.later(() -> source);

    assertThat(reasons).containsExactly("a");
    source.add("b");

    assertThat(reasons).containsExactly("a");
  }

  @Test
  void immutable_reasons_isTheSameInstanceAndAnyOtherListIsCopied() {
    Reasons reasons = Reasons.of("one %d", 1);
    List<String> mutable = new ArrayList<>(List.of("a"));

    List<String> copy = Reasons.immutable(mutable);
    mutable.add("b");

    assertThat(Reasons.immutable(reasons)).isSameAs(reasons);
    assertThat(copy).containsExactly("a");
  }
}
