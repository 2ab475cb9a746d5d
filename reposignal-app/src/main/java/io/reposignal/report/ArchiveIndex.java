package io.reposignal.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The archive page: every article in a folder ({@code YYYY-MM-DD.html}), newest first, with its
 * headline read from the article's own {@code article-meta} JSON.
 */
public final class ArchiveIndex {
  private static final TemplateEngine TEMPLATES =
      TemplateEngine.createPrecompiled(ContentType.Html);
  private static final Pattern ARTICLE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.html");
  private static final String META_START = "<script type=\"application/json\" id=\"article-meta\">";
  private static final String META_END = "</script>";
  private static final Pattern META =
      Pattern.compile(Pattern.quote(META_START) + "([^<]*)" + Pattern.quote(META_END));
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One article.
   *
   * @param day its day
   * @param file its file name
   * @param title its headline, or null when the file does not say
   */
  public record Entry(LocalDate day, String file, String title) {}

  /** The articles in {@code dir}, newest first. */
  public static List<Entry> scan(Path dir) {
    List<Entry> entries = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        Matcher name = ARTICLE.matcher(file.getFileName().toString());
        if (!name.matches()) {
          continue;
        }
        try {
          entries.add(new Entry(LocalDate.parse(name.group(1)), name.group(0), title(file)));
        } catch (DateTimeParseException e) {
          // not a real date: not one of ours
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
    entries.sort(Comparator.comparing(Entry::day).reversed());
    return entries;
  }

  private static String title(Path article) {
    try {
      Matcher meta = META.matcher(head(article));
      if (!meta.find()) {
        return null;
      }
      JsonNode title = JSON.readTree(meta.group(1)).get("title");
      return title == null || !title.isTextual() ? null : title.asText();
    } catch (IOException e) {
      return null; // unreadable or not our JSON: listed by date only
    }
  }

  /**
   * The article's text up to the end of its {@code article-meta} element (all of it when it has
   * none), so the element is found exactly as in the whole text. The element comes near the top,
   * before the inlined chart library that makes an article a megabyte: an archive of a year of
   * articles is read in kilobytes per article, not megabytes.
   */
  private static CharSequence head(Path article) throws IOException {
    StringBuilder head = new StringBuilder();
    try (Reader reader = Files.newBufferedReader(article, StandardCharsets.UTF_8)) {
      char[] chunk = new char[8192];
      int read;
      while ((read = reader.read(chunk)) != -1) {
        head.append(chunk, 0, read);
        int start = head.indexOf(META_START);
        if (start >= 0 && head.indexOf(META_END, start) >= 0 && META.matcher(head).find()) {
          break;
        }
      }
    }
    return head;
  }

  public static String render(List<Entry> entries) {
    StringOutput out = new StringOutput();
    TEMPLATES.render(
        "report/index.jte",
        Map.of("entries", entries, "css", Resources.text("io/reposignal/report/article.css")),
        out);
    return out.toString();
  }
}
