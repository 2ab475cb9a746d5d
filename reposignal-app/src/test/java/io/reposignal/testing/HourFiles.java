package io.reposignal.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Hand-made GH Archive hour files: exact star counts per repository and hour, for contracts. */
public final class HourFiles {
  private final Path folder;
  private long nextId = 1_000;

  public HourFiles(Path folder) {
    this.folder = folder;
  }

  /**
   * Writes the hour file of {@code hour}: one PushEvent (so the hour is never empty) and {@code
   * stars} WatchEvents for repository {@code repoId} named {@code name}.
   */
  public Path hour(LocalDateTime hour, long repoId, String name, int stars) throws IOException {
    return hour(hour, repoId, name, stars, List.of());
  }

  /** {@link #hour(LocalDateTime, long, String, int)} with more event lines after the stars. */
  public Path hour(LocalDateTime hour, long repoId, String name, int stars, List<String> more)
      throws IOException {
    Files.createDirectories(folder);
    List<String> lines = new ArrayList<>();
    lines.add(event("PushEvent", hour, 7, "other/repo"));
    for (int i = 0; i < stars; i++) {
      lines.add(event("WatchEvent", hour, repoId, name));
    }
    lines.addAll(more);
    Path file =
        folder.resolve(
            String.format(Locale.ROOT, "%s-%d.json.gz", hour.toLocalDate(), hour.getHour()));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    }
    return file;
  }

  /** Every hour of {@code day} with {@code stars} spread over its first hours, one an hour. */
  public List<Path> day(java.time.LocalDate day, long repoId, String name, int stars)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (int h = 0; h < 24; h++) {
      int here = stars / 24 + (h < stars % 24 ? 1 : 0);
      files.add(hour(day.atTime(h, 0), repoId, name, here));
    }
    return files;
  }

  /** The line of a CreateEvent that creates repository {@code name} with {@code description}. */
  public String creation(LocalDateTime hour, long repoId, String name, String description) {
    return event("CreateEvent", hour, repoId, name)
        .replace(
            "\"payload\":{}",
            "\"payload\":{\"ref\":null,\"ref_type\":\"repository\",\"master_branch\":\"main\","
                + "\"description\":\""
                + description
                + "\",\"pusher_type\":\"user\"}");
  }

  private String event(String type, LocalDateTime hour, long repoId, String name) {
    long id = nextId++;
    return String.format(
        Locale.ROOT,
        "{\"id\":\"%d\",\"type\":\"%s\",\"actor\":{\"id\":%d,\"login\":\"u%d\"},"
            + "\"repo\":{\"id\":%d,\"name\":\"%s\"},\"payload\":{},\"public\":true,"
            + "\"created_at\":\"%sT%02d:10:00Z\"}",
        id,
        type,
        id,
        id,
        repoId,
        name,
        hour.toLocalDate(),
        hour.getHour());
  }
}
