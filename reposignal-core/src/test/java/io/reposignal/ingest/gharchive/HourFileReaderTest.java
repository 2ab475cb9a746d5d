package io.reposignal.ingest.gharchive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class HourFileReaderTest {
  private static final String WATCH =
      "{\"id\":\"%d\",\"type\":\"WatchEvent\",\"actor\":{\"id\":%d,\"login\":\"user%d\"},"
          + "\"repo\":{\"id\":%d,\"name\":\"acme/rocket\"},\"payload\":{\"action\":\"started\"},"
          + "\"public\":true,\"created_at\":\"2026-02-01T10:00:00Z\"}";

  static Path sample() {
    String shared = System.getProperty("reposignal.shared");
    if (shared == null) {
      throw new IllegalStateException(
          "system property reposignal.shared is not set; run the tests through Maven");
    }
    Path file =
        Path.of(shared, "data", "gharchive-sample", "2015-01-01-12.json.gz").toAbsolutePath();
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException("the real GH Archive hour is missing at " + file);
    }
    return file;
  }

  static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  static HourAggregate read(String name, byte[] bytes) {
    return new HourFileReader().read(name, new ByteArrayInputStream(bytes), key -> false);
  }

  static String watch(long id, long actor, long repo) {
    return String.format(java.util.Locale.ROOT, WATCH, id, actor, actor, repo);
  }

  @Test
  void read_realHour_countsEveryTypeExactly() throws IOException {
    HourAggregate aggregate = new HourFileReader().read(sample(), key -> false);

    HourManifest manifest = aggregate.manifest();
    assertThat(manifest.status()).isEqualTo(HourStatus.OK);
    assertThat(manifest.hour()).isEqualTo(Instant.parse("2015-01-01T12:00:00Z"));
    assertThat(manifest.events()).isEqualTo(8_273);
    assertThat(manifest.lines()).isEqualTo(8_273);
    assertThat(manifest.malformed()).isZero();
    assertThat(manifest.duplicates()).isZero();
    assertThat(manifest.undated()).isZero();
    // Counted independently with zcat and Python's json module.
    assertThat(manifest.eventsByType())
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("CommitCommentEvent", 41L),
                Map.entry("CreateEvent", 981L),
                Map.entry("DeleteEvent", 156L),
                Map.entry("ForkEvent", 285L),
                Map.entry("GollumEvent", 123L),
                Map.entry("IssueCommentEvent", 574L),
                Map.entry("IssuesEvent", 361L),
                Map.entry("MemberEvent", 17L),
                Map.entry("PublicEvent", 10L),
                Map.entry("PullRequestEvent", 367L),
                Map.entry("PullRequestReviewCommentEvent", 50L),
                Map.entry("PushEvent", 4_284L),
                Map.entry("ReleaseEvent", 30L),
                Map.entry("WatchEvent", 994L)));
    assertThat(manifest.inflatedBytes()).isEqualTo(18_403_373L);
    assertThat(manifest.compressedBytes()).isEqualTo(2_673_686L);
  }

  @Test
  void read_realHour_aggregatesMatchAnIndependentCount() throws IOException {
    HourAggregate aggregate = new HourFileReader().read(sample(), key -> false);

    assertThat(aggregate.eventKeys()).hasSize(8_273);
    assertThat(aggregate.repoDays()).hasSize(4_555);
    assertThat(aggregate.activity()).hasSize(4_889);
    assertThat(aggregate.stars()).hasSize(994);
    assertThat(aggregate.repoDays())
        .allSatisfy(r -> assertThat(r.day()).isEqualTo(LocalDate.parse("2015-01-01")));
    assertThat(aggregate.repoDays().stream().mapToInt(RepoDayRow::prsOpened).sum()).isEqualTo(189);
    assertThat(aggregate.repoDays().stream().mapToInt(RepoDayRow::prsMerged).sum()).isEqualTo(150);
    assertThat(aggregate.repoDays().stream().mapToInt(RepoDayRow::issuesOpened).sum())
        .isEqualTo(236);
    assertThat(aggregate.repoDays().stream().mapToInt(RepoDayRow::releases).sum()).isEqualTo(30);
    assertThat(aggregate.repoDays().stream().mapToInt(RepoDayRow::forks).sum()).isEqualTo(285);
    assertThat(aggregate.repoDays().stream().mapToInt(RepoDayRow::pushes).sum()).isEqualTo(4_284);
    assertThat(
            aggregate.repoDays().stream()
                .filter(r -> r.repoName().equals("wasabeef/awesome-android-ui"))
                .mapToInt(RepoDayRow::stars)
                .sum())
        .isEqualTo(12);
    assertThat(
            aggregate.repoMeta().stream()
                .filter(m -> m.source() == RepoMetaRow.MetaSource.PULL_REQUEST_BASE)
                .count())
        .isEqualTo(245);
    assertThat(
            aggregate.repoMeta().stream()
                .filter(m -> m.source() == RepoMetaRow.MetaSource.CREATE_EVENT)
                .count())
        .isEqualTo(393);
  }

  @Test
  void read_duplicateIdsInFile_countsEachEventOnce() throws IOException {
    String text = watch(1, 10, 100) + "\n" + watch(2, 11, 100) + "\n" + watch(1, 10, 100) + "\n";

    HourAggregate aggregate = read("2026-02-01-10.json.gz", gzip(text));

    assertThat(aggregate.manifest().events()).isEqualTo(2);
    assertThat(aggregate.manifest().duplicates()).isEqualTo(1);
    assertThat(aggregate.stars()).hasSize(2);
    assertThat(aggregate.repoDays())
        .singleElement()
        .satisfies(r -> assertThat(r.stars()).isEqualTo(2));
  }

  @Test
  void read_fileWithRepeatedIds_readsItAgainAndCountsLikeTheStream(@TempDir Path dir)
      throws IOException {
    String text =
        watch(5, 10, 100)
            + "\n"
            + watch(2, 11, 100)
            + "\n"
            + watch(5, 10, 100)
            + "\n"
            + watch(9, 12, 101)
            + "\n";
    Path file = dir.resolve("2026-02-01-10.json.gz");
    java.nio.file.Files.write(file, gzip(text));

    HourAggregate fromFile = new HourFileReader().read(file, key -> false);
    HourAggregate fromStream = read("2026-02-01-10.json.gz", gzip(text));

    assertThat(fromFile.manifest()).isEqualTo(fromStream.manifest());
    assertThat(fromFile.manifest().duplicates()).isEqualTo(1);
    assertThat(fromFile.eventKeys()).containsExactly(2L, 5L, 9L);
    assertThat(fromFile.repoDays()).isEqualTo(fromStream.repoDays());
    assertThat(fromFile.activity()).isEqualTo(fromStream.activity());
    assertThat(fromFile.stars()).hasSize(3);
  }

  @Test
  void read_oneReaderFileAfterFile_givesEachFileTheRowsOfAFreshReader(@TempDir Path dir)
      throws IOException {
    // A reader keeps its tables from file to file: nothing of a busy hour, nor of a reading
    // abandoned because a key repeats, may leak into the next file.
    Path repeating = dir.resolve("2026-02-01-10.json.gz");
    Files.write(repeating, gzip(watch(7, 20, 300) + "\n" + watch(7, 20, 300) + "\n"));
    String small = watch(1, 10, 100) + "\n" + watch(2, 11, 100) + "\n" + watch(3, 10, 101) + "\n";
    HourFileReader reused = new HourFileReader();

    HourAggregate busy = reused.read(sample(), key -> false);
    HourAggregate afterBusy =
        reused.read("2026-02-01-11.json.gz", new ByteArrayInputStream(gzip(small)), key -> false);
    HourAggregate afterRepeat = reused.read(repeating, key -> false);
    HourAggregate last =
        reused.read("2026-02-01-11.json.gz", new ByteArrayInputStream(gzip(small)), key -> false);

    HourAggregate fresh = read("2026-02-01-11.json.gz", gzip(small));
    assertThat(busy.activity()).hasSize(4_889);
    for (HourAggregate again : java.util.List.of(afterBusy, last)) {
      assertThat(again.manifest()).isEqualTo(fresh.manifest());
      assertThat(again.eventKeys()).containsExactly(1L, 2L, 3L);
      // Row order follows the table's size, which follows the files read before: rows are sets.
      assertThat(again.repoDays()).containsExactlyInAnyOrderElementsOf(fresh.repoDays());
      assertThat(again.activity()).containsExactlyInAnyOrderElementsOf(fresh.activity());
      assertThat(again.stars()).isEqualTo(fresh.stars());
    }
    assertThat(afterRepeat.eventKeys()).containsExactly(7L);
    assertThat(afterRepeat.activity()).singleElement().extracting(ActivityRow::events).isEqualTo(1);
  }

  @Test
  void read_alreadyStoredIds_areNotCounted() throws IOException {
    String text = watch(1, 10, 100) + "\n" + watch(2, 11, 100) + "\n";

    HourAggregate aggregate =
        new HourFileReader()
            .read("2026-02-01-10.json.gz", new ByteArrayInputStream(gzip(text)), key -> key == 2);

    assertThat(aggregate.manifest().events()).isEqualTo(1);
    assertThat(aggregate.manifest().alreadyStored()).isEqualTo(1);
    assertThat(aggregate.eventKeys()).containsExactly(1L);
  }

  @Test
  void read_plainJson_readsLikeGzip() {
    String text = watch(1, 10, 100) + "\n" + watch(2, 11, 100);

    HourAggregate aggregate = read("2026-02-01-10.json", text.getBytes(StandardCharsets.UTF_8));

    assertThat(aggregate.manifest().status()).isEqualTo(HourStatus.OK);
    assertThat(aggregate.manifest().events()).isEqualTo(2);
  }

  @Test
  void read_malformedLines_skipsCountsAndQuotesThem() throws IOException {
    String text =
        watch(1, 10, 100) + "\n{\"id\":\"2\",\"type\":\n" + watch(3, 11, 100) + "\nnot json\n\n";

    HourAggregate aggregate = read("2026-02-01-10.json.gz", gzip(text));

    HourManifest manifest = aggregate.manifest();
    assertThat(manifest.status()).isEqualTo(HourStatus.OK);
    assertThat(manifest.events()).isEqualTo(2);
    assertThat(manifest.malformed()).isEqualTo(2);
    assertThat(manifest.malformedSamples()).extracting(MalformedLine::line).containsExactly(2L, 4L);
    assertThat(manifest.malformedSamples().get(0).describe())
        .startsWith("2026-02-01-10.json.gz line 2 column")
        .contains("{\"id\":\"2\",\"type\":");
  }

  @Test
  void read_truncatedGzip_keepsEventsBeforeTheFaultAndIsPartial() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 5_000; i++) {
      text.append(watch(i, 1_000 + i, 100 + i % 7)).append('\n');
    }
    byte[] whole = gzip(text.toString());
    byte[] truncated = java.util.Arrays.copyOf(whole, whole.length / 2);

    HourAggregate aggregate = read("2026-02-01-10.json.gz", truncated);

    HourManifest manifest = aggregate.manifest();
    assertThat(manifest.status()).isEqualTo(HourStatus.PARTIAL);
    assertThat(manifest.events()).isBetween(100L, 4_999L);
    assertThat(manifest.malformed()).isZero();
    assertThat(manifest.fault())
        .contains("2026-02-01-10.json.gz")
        .contains("unexpected end of the gzip stream")
        .contains(String.format(java.util.Locale.ROOT, "%,d events kept", manifest.events()));
  }

  @Test
  void read_corruptGzipData_isPartialOrCorruptAndSaysWhere() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int i = 1; i <= 5_000; i++) {
      text.append(watch(i, 1_000 + i, 100 + i % 7)).append('\n');
    }
    byte[] bytes = gzip(text.toString());
    for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
      bytes[i] = (byte) (bytes[i] ^ 0x5A);
    }

    HourAggregate aggregate = read("2026-02-01-10.json.gz", bytes);

    HourManifest manifest = aggregate.manifest();
    assertThat(manifest.status()).isEqualTo(HourStatus.PARTIAL);
    assertThat(manifest.events()).isLessThan(5_000);
    assertThat(manifest.fault()).contains("compressed bytes").contains("after line");
  }

  @Test
  void read_gzipWithBrokenHeader_isCorrupt() {
    byte[] bytes = {0x1f, (byte) 0x8b, 0x08, (byte) 0xff, 1, 2};

    HourAggregate aggregate = read("2026-02-01-10.json.gz", bytes);

    assertThat(aggregate.manifest().status()).isEqualTo(HourStatus.CORRUPT);
    assertThat(aggregate.manifest().events()).isZero();
    assertThat(aggregate.manifest().fault()).isNotBlank();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<html><body>404 Not Found</body></html>\n",
        "PK\u0003\u0004 zip bytes",
        "id,type,actor\n1,WatchEvent,me\n"
      })
  void read_neitherGzipNorJson_isRejectedWithAClearMessage(String content) throws IOException {
    for (byte[] bytes : new byte[][] {content.getBytes(StandardCharsets.UTF_8), gzip(content)}) {
      HourAggregate aggregate = read("2026-02-01-10.json.gz", bytes);

      assertThat(aggregate.manifest().status()).isEqualTo(HourStatus.CORRUPT);
      assertThat(aggregate.manifest().fault()).contains("neither gzip nor GH Archive JSON");
    }
  }

  @Test
  void read_jsonThatIsNotEvents_isCorrupt() throws IOException {
    HourAggregate aggregate = read("2026-02-01-10.json.gz", gzip("{\"a\":\n{\"b\":\n"));

    assertThat(aggregate.manifest().status()).isEqualTo(HourStatus.CORRUPT);
    assertThat(aggregate.manifest().fault()).contains("none of its 2 lines");
  }

  @Test
  void read_emptyFiles_areEmpty() throws IOException {
    assertThat(read("2026-02-01-10.json.gz", new byte[0]).manifest().status())
        .isEqualTo(HourStatus.EMPTY);
    assertThat(read("2026-02-01-10.json.gz", gzip("")).manifest().status())
        .isEqualTo(HourStatus.EMPTY);
    assertThat(read("2026-02-01-10.json.gz", gzip("\n\n")).manifest().status())
        .isEqualTo(HourStatus.EMPTY);
  }

  @Test
  void read_unknownTypeAndMissingType_areCountedNotFatal() throws IOException {
    String text =
        "{\"id\":\"7\",\"type\":\"BrandNewEvent\",\"actor\":{\"id\":5},\"repo\":{\"id\":9,\"name\":\"a/b\"},"
            + "\"payload\":{},\"public\":true,\"created_at\":\"2026-02-01T10:00:00Z\"}\n"
            + "{\"id\":\"8\",\"created_at\":\"2026-02-01T10:00:00Z\"}\n";

    HourManifest manifest = read("2026-02-01-10.json.gz", gzip(text)).manifest();

    assertThat(manifest.status()).isEqualTo(HourStatus.OK);
    assertThat(manifest.eventsByType())
        .containsEntry("BrandNewEvent", 1L)
        .containsEntry("(none)", 1L);
  }

  /** Timeline (2011-2014) lines written from the documented schema. */
  static final String TIMELINE =
      "{\"created_at\":\"2012-03-10T07:00:10-08:00\",\"payload\":{\"action\":\"started\"},"
          + "\"public\":true,\"type\":\"WatchEvent\",\"url\":\"https://github.com/octo/hello\","
          + "\"actor\":\"alice\",\"actor_attributes\":{\"login\":\"alice\",\"type\":\"User\"},"
          + "\"repository\":{\"id\":3668431,\"name\":\"hello\",\"owner\":\"octo\","
          + "\"url\":\"https://github.com/octo/hello\",\"description\":\"Hi there\",\"watchers\":12,"
          + "\"stargazers\":12,\"forks\":3,\"language\":\"Ruby\","
          + "\"created_at\":\"2012-03-09T08:25:37-08:00\",\"organization\":\"octo\"}}\n"
          // 16:30 Pacific on the 10th is 00:30 UTC on the 11th: a different UTC day
          + "{\"type\":\"WatchEvent\",\"actor\":\"bob\",\"created_at\":\"2012-03-10T16:30:00-08:00\","
          + "\"repository\":{\"id\":3668431,\"name\":\"hello\",\"owner\":\"octo\",\"watchers\":13},"
          + "\"payload\":{\"action\":\"started\"}}\n"
          + "{\"type\":\"ForkEvent\",\"actor\":\"carol\",\"created_at\":\"2012-07-01T10:00:00-07:00\","
          + "\"repository\":{\"id\":3668431,\"name\":\"hello\",\"owner\":\"octo\"},\"payload\":{}}\n"
          + "{\"type\":\"FollowEvent\",\"actor\":\"dave\",\"created_at\":\"2012-07-01T10:00:00-07:00\","
          + "\"payload\":{\"target\":{\"login\":\"alice\"}}}\n"
          + "{\"type\":\"CreateEvent\",\"actor\":\"erin\",\"created_at\":\"2013-01-02T03:04:05-08:00\","
          + "\"repository\":{\"id\":777,\"name\":\"fresh\",\"owner\":\"erin\"},"
          + "\"payload\":{\"ref\":null,\"ref_type\":\"repository\",\"description\":\"A new thing\"}}\n";

  @Test
  void read_timelineLines_keysThemByLineAndNormalisesTimeToUtc() throws IOException {
    HourAggregate aggregate = read("2012-03-10-15.json.gz", gzip(TIMELINE + TIMELINE));

    HourManifest manifest = aggregate.manifest();
    assertThat(manifest.status()).isEqualTo(HourStatus.OK);
    assertThat(manifest.events()).isEqualTo(5);
    assertThat(manifest.duplicates()).isEqualTo(5);
    assertThat(manifest.eventsByType())
        .containsEntry("WatchEvent", 2L)
        .containsEntry("ForkEvent", 1L)
        .containsEntry("FollowEvent", 1L)
        .containsEntry("CreateEvent", 1L);
    assertThat(java.util.Arrays.stream(aggregate.eventKeys()).allMatch(EventKeys::isDerived))
        .isTrue();
    assertThat(aggregate.stars())
        .extracting(StarRow::actorLogin, StarRow::repoName, StarRow::createdAt)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "alice", "octo/hello", Instant.parse("2012-03-10T15:00:10Z")),
            org.assertj.core.groups.Tuple.tuple(
                "bob", "octo/hello", Instant.parse("2012-03-11T00:30:00Z")));
    assertThat(aggregate.stars())
        .allSatisfy(s -> assertThat(s.actorId()).isEqualTo(EventKeys.forName(s.actorLogin())));
    assertThat(aggregate.repoDays())
        .extracting(RepoDayRow::repoId, RepoDayRow::day, RepoDayRow::stars, RepoDayRow::forks)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(3_668_431L, LocalDate.parse("2012-03-10"), 1, 0),
            org.assertj.core.groups.Tuple.tuple(3_668_431L, LocalDate.parse("2012-03-11"), 1, 0),
            org.assertj.core.groups.Tuple.tuple(3_668_431L, LocalDate.parse("2012-07-01"), 0, 1),
            org.assertj.core.groups.Tuple.tuple(777L, LocalDate.parse("2013-01-02"), 0, 0));
    assertThat(aggregate.activity())
        .filteredOn(a -> a.actorId() == EventKeys.forName("dave"))
        .singleElement()
        .satisfies(a -> assertThat(a.repoId()).isEqualTo(ActivityRow.NONE));
    assertThat(aggregate.repoMeta())
        .filteredOn(m -> m.day().equals(LocalDate.parse("2012-03-10")))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.source()).isEqualTo(RepoMetaRow.MetaSource.TIMELINE_REPOSITORY);
              assertThat(m.language()).isEqualTo("Ruby");
              assertThat(m.description()).isEqualTo("Hi there");
              assertThat(m.stars()).isEqualTo(12L);
              assertThat(m.forks()).isEqualTo(3L);
              assertThat(m.repoCreatedAt()).isEqualTo(Instant.parse("2012-03-09T16:25:37Z"));
            });
    assertThat(aggregate.repoMeta())
        .filteredOn(m -> m.source() == RepoMetaRow.MetaSource.CREATE_EVENT)
        .singleElement()
        .satisfies(m -> assertThat(m.description()).isEqualTo("A new thing"));
  }

  @Test
  void read_sameTimelineLineInTwoFiles_getsTheSameKey() throws IOException {
    long[] first = read("2012-03-10-15.json.gz", gzip(TIMELINE)).eventKeys();
    long[] second =
        read("2012-03-10-16.json", TIMELINE.getBytes(StandardCharsets.UTF_8)).eventKeys();

    assertThat(second).containsExactlyInAnyOrder(first);
  }
}
