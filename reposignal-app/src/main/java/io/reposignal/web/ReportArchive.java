package io.reposignal.web;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The trend reports that {@code reposignal report --out DIR} wrote: DIR/YYYY-MM-DD.html (with
 * DIR/YYYY-MM-DD.md beside it) and DIR/index.html. Only files of those names are listed or served,
 * so no request can reach another file.
 */
final class ReportArchive {
  private static final Pattern REPORT = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.(html|md)");

  private final Path directory;

  ReportArchive(Path directory) {
    this.directory = requireNonNull(directory, "directory is null").toAbsolutePath().normalize();
  }

  Path directory() {
    return directory;
  }

  /** The reports, newest day first; empty when the folder is missing or holds none. */
  List<Views.Report> list() {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    List<Views.Report> reports = new ArrayList<>();
    try (Stream<Path> files = Files.list(directory)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Matcher name = REPORT.matcher(file.getFileName().toString());
        if (!name.matches() || !name.group(2).equals("html") || !Files.isRegularFile(file)) {
          continue;
        }
        LocalDate day;
        try {
          day = LocalDate.parse(name.group(1));
        } catch (DateTimeParseException e) {
          continue; // a name like 2026-13-45.html is not a report
        }
        boolean markdown = Files.isRegularFile(directory.resolve(name.group(1) + ".md"));
        reports.add(
            new Views.Report(
                day,
                "/reports/" + day + ".html",
                markdown ? "/reports/" + day + ".md" : null,
                Files.getLastModifiedTime(file).toInstant().toString()));
      }
    } catch (IOException e) {
      throw io.reposignal.error.RepoSignalException.unavailable(
          "cannot list the reports in %s: %s", directory, e.getMessage());
    }
    reports.sort(Comparator.comparing(Views.Report::day).reversed());
    return reports;
  }

  /** The report file named {@code fileName} (YYYY-MM-DD.html, .md or index.html), if it exists. */
  Optional<Path> file(String fileName) {
    if (fileName == null
        || !(REPORT.matcher(fileName).matches() || fileName.equals("index.html"))) {
      return Optional.empty();
    }
    Path file = directory.resolve(fileName);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }
}
