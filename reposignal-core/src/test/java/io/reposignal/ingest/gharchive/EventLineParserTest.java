package io.reposignal.ingest.gharchive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class EventLineParserTest {
  private final EventLineParser parser = new EventLineParser();
  private final RawEvent event = new RawEvent();

  private RawEvent parse(String line) throws MalformedLineException {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    parser.parse(bytes, 0, bytes.length, event);
    return event;
  }

  private String text(int from, int to) throws MalformedLineException {
    return parser.cursor().decode(from, to);
  }

  @Test
  void parse_eventsApiLayout_readsHeadAndTailWithoutThePayload() throws MalformedLineException {
    RawEvent e =
        parse(
            "{\"id\":\"2489582589\",\"type\":\"WatchEvent\",\"actor\":{\"id\":1780538,\"login\":\"kev\","
                + "\"url\":\"https://api.github.com/users/kev\"},\"repo\":{\"id\":28624016,"
                + "\"name\":\"kev/css\",\"url\":\"u\"},\"payload\":{\"action\":\"started\"},"
                + "\"public\":true,\"created_at\":\"2015-01-01T12:00:01Z\","
                + "\"org\":{\"id\":42,\"login\":\"o\\\"q\\\\\",\"url\":\"x}{\"}}");

    assertThat(e.timeline).isFalse();
    assertThat(e.id).isEqualTo(2_489_582_589L);
    assertThat(e.type).isEqualTo(EventType.WATCH);
    assertThat(e.actorId).isEqualTo(1_780_538L);
    assertThat(text(e.loginFrom, e.loginTo)).isEqualTo("kev");
    assertThat(e.repoId).isEqualTo(28_624_016L);
    assertThat(text(e.repoNameFrom, e.repoNameTo)).isEqualTo("kev/css");
    assertThat(e.orgId).isEqualTo(42);
    assertThat(e.createdAt).isEqualTo(Instant.parse("2015-01-01T12:00:01Z").getEpochSecond());
    assertThat(
            new String(e.buf, e.payloadFrom, e.payloadTo - e.payloadFrom, StandardCharsets.UTF_8))
        .isEqualTo("{\"action\":\"started\"}");
  }

  @Test
  void parse_membersInAnyOrder_readTheSameFields() throws MalformedLineException {
    RawEvent e =
        parse(
            "{ \"created_at\" : \"2015-01-01T12:00:01Z\", \"payload\" : {\"a\":[1,{\"b\":\"}\"}]},"
                + " \"org\": {\"id\": 42}, \"repo\": {\"name\":\"a/b\", \"id\": 9},"
                + " \"type\": \"ForkEvent\", \"actor\": {\"login\":\"me\",\"id\":5}, \"id\": \"77\" }");

    assertThat(e.id).isEqualTo(77);
    assertThat(e.type).isEqualTo(EventType.FORK);
    assertThat(e.actorId).isEqualTo(5);
    assertThat(e.repoId).isEqualTo(9);
    assertThat(e.orgId).isEqualTo(42);
    assertThat(e.createdAt).isEqualTo(Instant.parse("2015-01-01T12:00:01Z").getEpochSecond());
  }

  @Test
  void parse_timelineEvent_readsStringActorRepositoryAndPacificOffset()
      throws MalformedLineException {
    RawEvent e =
        parse(
            "{\"created_at\":\"2012-03-10T07:00:10-08:00\",\"payload\":{\"shas\":[[\"abc\",\"a@b\","
                + "\"msg\",\"Name\",true]],\"head\":\"abc\",\"ref\":\"refs/heads/master\",\"size\":1},"
                + "\"public\":true,\"type\":\"PushEvent\",\"url\":\"https://github.com/octo/hello\","
                + "\"actor\":\"octocat\",\"actor_attributes\":{\"login\":\"octocat\",\"type\":\"User\","
                + "\"name\":\"The Octocat\"},\"repository\":{\"id\":3668431,\"name\":\"hello\","
                + "\"url\":\"https://github.com/octo/hello\",\"description\":\"Hi\",\"watchers\":12,"
                + "\"stargazers\":12,\"forks\":3,\"fork\":false,\"owner\":\"octo\",\"private\":false,"
                + "\"language\":\"Ruby\",\"created_at\":\"2012-03-09T08:25:37-08:00\","
                + "\"organization\":\"octo\"}}");

    assertThat(e.timeline).isTrue();
    assertThat(e.id).isEqualTo(RawEvent.MISSING);
    assertThat(e.type).isEqualTo(EventType.PUSH);
    assertThat(text(e.loginFrom, e.loginTo)).isEqualTo("octocat");
    assertThat(e.repoId).isEqualTo(3_668_431L);
    assertThat(e.repoName).isEqualTo("octo/hello");
    assertThat(e.orgLogin).isEqualTo("octo");
    assertThat(e.createdAt).isEqualTo(Instant.parse("2012-03-10T15:00:10Z").getEpochSecond());
  }

  @Test
  void parse_stringWithEscapedQuotesAndBrackets_isSkippedWhole() throws MalformedLineException {
    RawEvent e =
        parse(
            "{\"id\":\"1\",\"type\":\"PushEvent\",\"payload\":{\"m\":\"a \\\"}\\\\\",\"n\":[\"]\"]},"
                + "\"extra\":1,\"repo\":{\"id\":3,\"name\":\"x/y\"}}");

    assertThat(e.repoId).isEqualTo(3);
    assertThat(e.type).isEqualTo(EventType.PUSH);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "not json",
        "[1,2]",
        "{\"id\":\"1\",\"type\":",
        "{\"id\":\"1\",\"payload\":{\"a\":[1,2}",
        "{\"id\":\"1\",\"type\":\"X\"} trailing",
        "{\"id\":\"1\" \"type\":\"X\"}",
        "{\"id\":\"1\",\"type\":\"unterminated}"
      })
  void parse_malformedLine_throwsWithAReason(String line) {
    assertThatThrownBy(() -> parse(line))
        .isInstanceOf(MalformedLineException.class)
        .hasMessageNotContaining("null");
  }

  @Test
  void openingBracket_readsStringsBackwardsWithEscapes() {
    byte[] b = "x{\"a\":\"q\\\"{\",\"b\":\"\\\\\",\"c\":[\"}\"]}".getBytes(StandardCharsets.UTF_8);

    assertThat(EventLineParser.openingBracket(b, b.length - 1, 0)).isEqualTo(1);
  }
}
