package io.reposignal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class SafeJsonTest {
  @Test
  void write_textThatWouldEndAScriptBlock_isEscapedAndReadsBackTheSame() throws Exception {
    String hostile = "</script><script>alert(1)</script> & <!-- \u2028 \u2029";

    String json = SafeJson.write(Map.of("description", hostile));

    assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&");
    assertThat(json).doesNotContain("\u2028").doesNotContain("\u2029");
    assertThat(SafeJson.mapper().readTree(json).get("description").asText()).isEqualTo(hostile);
  }

  @Test
  void write_daysAndNulls_followTheCliConventions() {
    java.util.Map<String, Object> value = new java.util.LinkedHashMap<>();
    value.put("day", java.time.LocalDate.of(2026, 2, 1));
    value.put("unknown", null);

    assertThat(SafeJson.write(value)).isEqualTo("{\"day\":\"2026-02-01\",\"unknown\":null}");
  }
}
