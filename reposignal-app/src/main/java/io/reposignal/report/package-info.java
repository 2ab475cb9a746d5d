/**
 * The dated trend article: {@link io.reposignal.report.ArticleBuilder} computes an {@link
 * io.reposignal.report.Article} (records, one per section) from the store and the analyses this
 * build has ({@link io.reposignal.report.ReportSources}; a section without its data says so), and
 * the renderers write it as Markdown with PNG charts (XChart), as a self-contained HTML page with
 * inlined ECharts, and as an archive index. Repository text is untrusted: it reaches the output
 * only through JTE's HTML escaping or {@link io.reposignal.report.UntrustedText}.
 */
package io.reposignal.report;
