package io.reposignal.ingest.gharchive;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.CRC32C;

/**
 * Identifies an input file by its name, size and a CRC32C of its bytes: the same file passed again
 * (from any folder) is recognised and skipped, while a re-downloaded file with other bytes (say,
 * complete where the first copy was truncated) is ingested, its already-stored events skipped. A
 * checksum rather than a cryptographic hash, because it reads at memory speed and only has to tell
 * apart files of the same name and size.
 */
public record FileKey(String fileName, long size, long crc32c) {
  public FileKey {
    requireNonNull(fileName, "fileName is null");
  }

  public static FileKey of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return of(file.getFileName().toString(), in);
    }
  }

  /**
   * The key of a file read from any source (a Hadoop file system, say).
   *
   * @param in the file's bytes as stored; read to the end, not closed
   */
  public static FileKey of(String fileName, InputStream in) throws IOException {
    CRC32C crc = new CRC32C();
    long size = 0;
    byte[] chunk = new byte[1 << 20];
    int n;
    while ((n = in.read(chunk)) > 0) {
      crc.update(chunk, 0, n);
      size += n;
    }
    return new FileKey(fileName, size, crc.getValue());
  }

  /** The text stored in {@code gha_file.file_key}. */
  public String text() {
    return String.format(Locale.ROOT, "%s:%d:%08x", fileName, size, crc32c);
  }
}
