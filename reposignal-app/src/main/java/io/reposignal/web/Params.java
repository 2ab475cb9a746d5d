package io.reposignal.web;

import io.reposignal.signal.momentum.Momentum;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Validates request parameters before anything reaches the store. Each check names the parameter
 * and what it accepts; an absent or empty parameter is null (the default applies).
 */
public final class Params {
  /** Language names as GitHub spells them: letters, digits, spaces and + # . - _ ' (C++, F#). */
  private static final Pattern LANGUAGE = Pattern.compile("[\\p{L}\\p{N} +#._'-]{1,40}");

  /** GitHub owner and repository names (owners: letters, digits, '-'; names also '.', '_'). */
  private static final Pattern OWNER = Pattern.compile("[A-Za-z0-9_.-]{1,39}");

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

  /** A search is part of a name: the characters names are made of, and at most one '/'. */
  private static final Pattern QUERY =
      Pattern.compile("[A-Za-z0-9_.-]{0,39}/?[A-Za-z0-9_.-]{0,100}");

  private Params() {}

  /** A day YYYY-MM-DD, or null when absent. */
  public static LocalDate day(String parameter, String value) {
    if (absent(value)) {
      return null;
    }
    if (value.length() != 10) {
      throw notADay(parameter, value);
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw notADay(parameter, value);
    }
  }

  private static BadParameter notADay(String parameter, String value) {
    return new BadParameter(
        parameter, "'" + clip(value) + "' is not a day; expected YYYY-MM-DD, e.g. 2026-06-30");
  }

  /** The gain window (24h, 7d, 30d); 7d when absent. */
  public static GainWindow window(String parameter, String value) {
    if (absent(value)) {
      return GainWindow.WEEK;
    }
    GainWindow window = GainWindow.fromWire(value);
    if (window == null) {
      throw new BadParameter(
          parameter,
          "'" + clip(value) + "' is not a window; expected one of " + GainWindow.names());
    }
    return window;
  }

  /** What ranks the window: score (the default) or gain over the gain window. */
  public static RankBy rankBy(String parameter, String value) {
    if (absent(value)) {
      return RankBy.SCORE;
    }
    RankBy rank = RankBy.fromWire(value);
    if (rank == null) {
      throw new BadParameter(
          parameter, "'" + clip(value) + "' is not a ranking; expected score or gain");
    }
    return rank;
  }

  /** A momentum class of the signal engine, or null when absent. */
  public static Momentum momentum(String parameter, String value) {
    if (absent(value)) {
      return null;
    }
    for (Momentum momentum : Momentum.values()) {
      if (momentum.label().equals(value)) {
        return momentum;
      }
    }
    throw new BadParameter(
        parameter,
        "'"
            + clip(value)
            + "' is not a momentum class; expected one of "
            + Arrays.stream(Momentum.values())
                .map(Momentum::label)
                .collect(Collectors.joining(", ")));
  }

  /** A language name, or null when absent. */
  public static String language(String parameter, String value) {
    if (absent(value)) {
      return null;
    }
    if (!LANGUAGE.matcher(value).matches()) {
      throw new BadParameter(
          parameter,
          "'"
              + clip(value)
              + "' is not a language name; expected up to 40 letters, digits, spaces or + # . - _ '");
    }
    return value;
  }

  /** "owner/name" from the two path segments, checked against GitHub's name rules. */
  public static String repo(String owner, String name) {
    if (owner == null || !OWNER.matcher(owner).matches()) {
      throw new BadParameter(
          "owner",
          "'" + clip(owner) + "' is not a GitHub owner; expected up to 39 letters, digits, - _ .");
    }
    if (name == null || !NAME.matcher(name).matches()) {
      throw new BadParameter(
          "name",
          "'"
              + clip(name)
              + "' is not a repository name; expected up to 100 letters, digits, - _ .");
    }
    return owner + "/" + name;
  }

  /** A search for part of a repository name (lower-cased), or null when absent. */
  public static String query(String parameter, String value) {
    if (absent(value)) {
      return null;
    }
    String trimmed = value.strip();
    if (trimmed.isEmpty() || !QUERY.matcher(trimmed).matches()) {
      throw new BadParameter(
          parameter,
          "'"
              + clip(value)
              + "' is not part of a repository name; expected letters, digits, - _ . and at most"
              + " one /, e.g. clawdbot or openclaw/open");
    }
    return trimmed.toLowerCase(Locale.ROOT);
  }

  /** A positive count no larger than {@code max}, or {@code fallback} when absent. */
  public static int count(String parameter, String value, int fallback, int max) {
    if (absent(value)) {
      return fallback;
    }
    try {
      int count = Integer.parseInt(value);
      if (count >= 1 && count <= max) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below with the accepted range
    }
    throw new BadParameter(
        parameter, "'" + clip(value) + "' is not a count; expected a number from 1 to " + max);
  }

  private static boolean absent(String value) {
    return value == null || value.isEmpty();
  }

  /**
   * The rejected value as shown back in a message: at most 40 characters, control and bidi
   * characters replaced, so that an error message cannot be used to smuggle text.
   */
  static String clip(String value) {
    if (value == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    value
        .codePoints()
        .limit(40)
        .forEach(
            c ->
                out.appendCodePoint(
                    Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        ? '?'
                        : c));
    return value.codePointCount(0, value.length()) > 40 ? out + "..." : out.toString();
  }
}
