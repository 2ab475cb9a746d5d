package io.reposignal.report;

/**
 * Markdown pieces for the plain-text article template. Every untrusted value goes through {@link
 * UntrustedText#forMarkdown}; links are built only from validated repository names.
 */
public final class Markdown {
  private Markdown() {}

  /** Inline text, escaped. */
  public static String text(String text) {
    return UntrustedText.forMarkdown(text);
  }

  /** A repository's language, escaped, or a dash when it has none. */
  public static String language(RepoRef ref) {
    String shown = UntrustedText.forMarkdown(ref.language());
    return shown.isEmpty() ? "—" : shown;
  }

  /** The repository as a link to its GitHub page, or as escaped text when its name is invalid. */
  public static String repo(RepoRef ref) {
    String url = ref.url();
    String name = UntrustedText.forMarkdown(ref.repo());
    return url == null ? name : "[" + name + "](" + url + ")";
  }

  /** The repository's description, escaped, or a dash when it has none. */
  public static String description(RepoRef ref) {
    String shown = UntrustedText.forMarkdown(ref.description());
    return shown.isEmpty() ? "—" : shown;
  }
}
