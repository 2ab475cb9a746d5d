package io.reposignal.fetch;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.reposignal.error.RepoSignalException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files a source did not have when last asked, kept as {@value #FILE_NAME} in the download
 * directory, so a later run (and a person) can tell "the source lacks this day" from "never
 * fetched". Every fetch asks again for the files it covers, since a source may publish late (GH
 * Archive hours appear after the hour, snapshots after the day): a file that arrives leaves the
 * ledger, one still absent keeps its first-missing time and gets a new last-checked time.
 *
 * <p>The ledger is rewritten atomically (a temporary file renamed over it) after each change.
 */
public final class MissingLedger {
  public static final String FILE_NAME = "fetch-ledger.json";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.INDENT_OUTPUT);
  private static final String DESCRIPTION =
      "Files the source did not have (HTTP 404) when last checked. Written by `reposignal fetch`,"
          + " which checks them again on every run that covers them.";

  private final Path file;
  private final TreeMap<String, Entry> missing;

  private MissingLedger(Path file, Map<String, Entry> missing) {
    this.file = file;
    this.missing = new TreeMap<>(missing);
  }

  /**
   * One file the source lacked.
   *
   * @param file the file name, e.g. {@code github-ranking-2026-05-02.csv}
   * @param url where it was asked for
   */
  public record Entry(
      @JsonProperty("file") String file,
      @JsonProperty("url") String url,
      @JsonProperty("first_missing") Instant firstMissing,
      @JsonProperty("last_checked") Instant lastChecked) {
    public Entry {
      requireNonNull(file, "file is null");
      requireNonNull(url, "url is null");
      requireNonNull(firstMissing, "firstMissing is null");
      requireNonNull(lastChecked, "lastChecked is null");
    }
  }

  private record Document(
      @JsonProperty("description") String description,
      @JsonProperty("missing") List<Entry> missing) {}

  /** Reads the ledger of {@code directory}; an absent file is an empty ledger. */
  public static MissingLedger load(Path directory) {
    Path file = directory.resolve(FILE_NAME);
    if (!Files.exists(file)) {
      return new MissingLedger(file, Map.of());
    }
    try {
      Document document = JSON.readValue(file.toFile(), Document.class);
      Map<String, Entry> entries = new TreeMap<>();
      for (Entry entry : document.missing() == null ? List.<Entry>of() : document.missing()) {
        entries.put(entry.file(), entry);
      }
      return new MissingLedger(file, entries);
    } catch (JacksonException e) {
      throw RepoSignalException.badInput(
          "%s is not a valid fetch ledger (%s); delete it and fetch again to rebuild it",
          file, e.getOriginalMessage());
    } catch (IOException e) {
      throw RepoSignalException.unavailable("cannot read %s: %s", file, e.getMessage());
    }
  }

  /** The missing files, sorted by name. */
  public synchronized List<Entry> entries() {
    return List.copyOf(missing.values());
  }

  public synchronized Optional<Entry> entry(String fileName) {
    return Optional.ofNullable(missing.get(fileName));
  }

  /** Records that the source lacked the file at {@code checkedAt}, and saves. */
  public synchronized void recordMissing(Download download, Instant checkedAt) {
    Entry earlier = missing.get(download.fileName());
    Instant firstMissing = earlier != null ? earlier.firstMissing() : checkedAt;
    missing.put(
        download.fileName(),
        new Entry(download.fileName(), download.source().toString(), firstMissing, checkedAt));
    save();
  }

  /** Forgets the file, now complete; saves when it was listed. */
  public synchronized void recordPresent(String fileName) {
    if (missing.remove(fileName) != null) {
      save();
    }
  }

  private void save() {
    Path temporary = file.resolveSibling(FILE_NAME + ".tmp");
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      JSON.writeValue(temporary.toFile(), new Document(DESCRIPTION, entries()));
      Files.move(
          temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw RepoSignalException.unavailable("cannot write %s: %s", file, e.getMessage());
    }
  }
}
