package io.reposignal.ingest.gharchive.load;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns command-line arguments into hour files: a file as given, a folder's {@code .json.gz} and
 * {@code .json} files (recursively), or a glob such as {@code data/2026-02-0*.json.gz}. Arguments
 * that match nothing are reported, not fatal.
 */
public final class InputFiles {
  /** The files found, and a message per argument that matched nothing. */
  public record Expansion(List<Path> files, List<String> problems) {
    public Expansion {
      files = List.copyOf(files);
      problems = List.copyOf(problems);
    }
  }

  private InputFiles() {}

  public static Expansion expand(List<String> arguments) {
    Set<Path> files = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>();
    for (String argument : arguments) {
      int before = files.size();
      try {
        Path path = Path.of(argument);
        if (Files.isDirectory(path)) {
          addHourFiles(path, files);
        } else if (Files.exists(path)) {
          files.add(path.toAbsolutePath().normalize());
        } else if (isGlob(argument)) {
          addGlobMatches(argument, files);
        }
      } catch (IOException | java.nio.file.InvalidPathException e) {
        problems.add("cannot list " + argument + ": " + e.getMessage());
        continue;
      }
      if (files.size() == before) {
        problems.add(
            argument
                + ": no GH Archive hour files there; pass files, folders holding .json.gz or"
                + " .json files, or a quoted glob such as 'data/2026-02-*.json.gz'");
      }
    }
    return new Expansion(new ArrayList<>(files), problems);
  }

  private static boolean isGlob(String argument) {
    return argument.chars().anyMatch(c -> c == '*' || c == '?' || c == '[' || c == '{');
  }

  private static boolean isHourFile(Path path) {
    String name = path.getFileName().toString();
    return Files.isRegularFile(path) && (name.endsWith(".json.gz") || name.endsWith(".json"));
  }

  private static void addHourFiles(Path folder, Set<Path> files) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.filter(InputFiles::isHourFile)
          .map(p -> p.toAbsolutePath().normalize())
          .sorted()
          .forEach(files::add);
    }
  }

  private static void addGlobMatches(String glob, Set<Path> files) throws IOException {
    Path absolute = Path.of("").toAbsolutePath();
    String pattern = Path.of(glob).isAbsolute() ? glob : absolute + "/" + glob;
    int firstWildcard = indexOfWildcard(pattern);
    int slash = pattern.lastIndexOf('/', firstWildcard);
    Path base = Path.of(slash <= 0 ? "/" : pattern.substring(0, slash));
    if (!Files.isDirectory(base)) {
      return;
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    try (Stream<Path> walk = Files.walk(base)) {
      walk.map(p -> p.toAbsolutePath().normalize())
          .filter(p -> matcher.matches(p) && Files.isRegularFile(p))
          .sorted()
          .forEach(files::add);
    }
  }

  private static int indexOfWildcard(String pattern) {
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '*' || c == '?' || c == '[' || c == '{') {
        return i;
      }
    }
    return pattern.length();
  }
}
