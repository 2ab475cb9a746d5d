package io.reposignal.cli;

import java.util.Locale;

/**
 * Makes untrusted text (descriptions, names) safe to print on a terminal: control characters
 * (terminal escapes), bidirectional overrides and other invisible format characters are shown as
 * visible {@code \\uXXXX} escapes instead of acting on the terminal; long text is cut.
 */
final class TerminalText {
  static final int MAX_CODE_POINTS = 80;

  private TerminalText() {}

  static String safe(String text) {
    return safe(text, Integer.MAX_VALUE);
  }

  static String safe(String text, int maxCodePoints) {
    if (text == null) {
      return "";
    }
    StringBuilder shown = new StringBuilder();
    int[] codePoints = text.codePoints().toArray();
    for (int i = 0; i < codePoints.length && i < maxCodePoints; i++) {
      int c = codePoints[i];
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        shown.append(String.format(Locale.ROOT, "\\u%04x", c));
      } else {
        shown.appendCodePoint(c);
      }
    }
    if (codePoints.length > maxCodePoints) {
      shown.append('…');
    }
    return shown.toString();
  }
}
