package io.reposignal.report;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns untrusted repository text (descriptions, names, languages) into text that can never become
 * markup or act on a reader's screen.
 *
 * <p>Every method first shows control characters visibly: C0/C1 controls (terminal escapes such as
 * ESC), bidirectional overrides and other invisible format characters become {@code \\uXXXX}; line
 * breaks and tabs become single spaces. {@link #forMarkdown} then escapes every character
 * CommonMark or GitHub-flavoured Markdown could read as syntax and defangs bare URLs, {@code www.}
 * and e-mail addresses so no viewer auto-links them. HTML is escaped by the JTE templates (content
 * type Html); {@link #forScriptJson} makes JSON safe inside a {@code <script>} element.
 */
public final class UntrustedText {
  /**
   * Characters Markdown may read as inline syntax anywhere in a line: code, emphasis, links and
   * images, raw HTML and entities, table cells, strikethrough, GitHub's math.
   */
  private static final String INLINE_SPECIALS = "\\`*_[]()<>&!|~$";

  /**
   * A line start Markdown may read as a block: heading, list, quote, setext rule, numbered list.
   */
  private static final Pattern BLOCK_START = Pattern.compile("^(?:[#+=>-]|\\d{1,9}(?=[.)]))");

  private static final Pattern URL_SCHEME = Pattern.compile("(?i)([a-z][a-z0-9+.-]*):(?=//)");
  private static final Pattern WWW = Pattern.compile("(?i)\\bwww\\.");
  private static final Pattern EMAIL_AT = Pattern.compile("(?<=[A-Za-z0-9._+-])@(?=[A-Za-z0-9])");

  private UntrustedText() {}

  /** The text with controls shown as {@code \\uXXXX} and line breaks as spaces; null gives "". */
  public static String visible(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (c == '\n' || c == '\r' || c == '\t') {
                shown.append(' ');
              } else if (isInvisibleControl(c)) {
                shown.append(String.format(Locale.ROOT, "\\u%04x", c));
              } else {
                shown.appendCodePoint(c);
              }
            });
    return shown.toString();
  }

  /**
   * True for characters that act instead of showing: C0 and C1 controls, and Unicode format
   * characters (bidirectional overrides and isolates, zero-width joiners, the BOM).
   */
  public static boolean isInvisibleControl(int codePoint) {
    return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT;
  }

  /**
   * Text for inline Markdown (a paragraph or a table cell): controls shown, syntax characters
   * backslash-escaped, auto-link patterns defanged ({@code https[:]//}, {@code www[.]}, {@code
   * a[@]b}).
   */
  public static String forMarkdown(String text) {
    // visible() has turned every real control character into text, so U+0000 and U+0001 are free
    // to mark the brackets of defanged spots until they are escaped below.
    String defanged = visible(text).strip();
    defanged =
        URL_SCHEME
            .matcher(defanged)
            .replaceAll(m -> Matcher.quoteReplacement(m.group(1)) + "\u0000:\u0001");
    defanged =
        WWW.matcher(defanged)
            .replaceAll(m -> Matcher.quoteReplacement(m.group().substring(0, 3)) + "\u0000.\u0001");
    defanged = EMAIL_AT.matcher(defanged).replaceAll("\u0000@\u0001");
    StringBuilder escaped = new StringBuilder(defanged.length() + 16);
    for (int i = 0; i < defanged.length(); i++) {
      char c = defanged.charAt(i);
      if (c == '\u0000') {
        escaped.append("\\[");
      } else if (c == '\u0001') {
        escaped.append("\\]");
      } else if (INLINE_SPECIALS.indexOf(c) >= 0) {
        escaped.append('\\').append(c);
      } else {
        escaped.append(c);
      }
    }
    Matcher block = BLOCK_START.matcher(escaped);
    if (block.find()) {
      int at = block.end() == 1 && !Character.isDigit(escaped.charAt(0)) ? 0 : block.end();
      escaped.insert(at, '\\');
    }
    return escaped.toString();
  }

  /**
   * JSON text made safe inside an HTML {@code <script>} element: {@code <}, {@code >} and {@code &}
   * become JSON unicode escapes (so {@code </script>} or {@code <!--} in data cannot end or change
   * the element), as do U+2028 and U+2029. Only valid for JSON, where these characters can occur
   * inside strings only, so the parsed value is unchanged.
   */
  public static String forScriptJson(String json) {
    StringBuilder safe = new StringBuilder(json.length() + 16);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> safe.append("\\u003c");
        case '>' -> safe.append("\\u003e");
        case '&' -> safe.append("\\u0026");
        case '\u2028' -> safe.append("\\u2028");
        case '\u2029' -> safe.append("\\u2029");
        default -> safe.append(c);
      }
    }
    return safe.toString();
  }
}
