package io.reposignal.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * One dated trend article: every figure it prints, section by section, computed by {@link
 * ArticleBuilder} and rendered as Markdown and HTML. Sections whose data is not computed in this
 * build carry a sentence saying so instead of figures.
 *
 * @param day the article's day: the last day its figures count
 * @param headline the biggest finding and a one-sentence summary
 * @param languages the language map of the signal window and its shift
 * @param clusters repositories that solve the same problem
 * @param velocity the 24-hour and 7-day leaders
 * @param retention organic retention against spike-and-fade, with curves
 * @param contrarian a popular narrative tested against the data
 * @param calls next breakouts and the track record of earlier calls
 * @param notes sources, coverage, gaps and how to reproduce each figure
 */
public record Article(
    LocalDate day,
    Headline headline,
    LanguageSection languages,
    ClusterSection clusters,
    VelocitySection velocity,
    RetentionSection retention,
    ContrarianSection contrarian,
    CallSection calls,
    DataNotes notes) {

  public Article {
    requireNonNull(day, "day is null");
    requireNonNull(headline, "headline is null");
    requireNonNull(languages, "languages is null");
    requireNonNull(clusters, "clusters is null");
    requireNonNull(velocity, "velocity is null");
    requireNonNull(retention, "retention is null");
    requireNonNull(contrarian, "contrarian is null");
    requireNonNull(calls, "calls is null");
    requireNonNull(notes, "notes is null");
  }

  /**
   * The article's title and its one-sentence summary (plain text; renderers escape it).
   *
   * @param title the biggest finding, chosen by {@link HeadlineRule}
   * @param summary one sentence on the state of the window
   * @param finding which finding the rule picked: {@code leader}, {@code language-shift} or {@code
   *     concentration}
   */
  public record Headline(String title, String summary, String finding) {
    public Headline {
      requireNonNull(title, "title is null");
      requireNonNull(summary, "summary is null");
      requireNonNull(finding, "finding is null");
    }
  }
}
