/**
 * Enrichment from the GitHub REST API: a polite client for {@code GET /repos/{owner}/{repo}}
 * (conditional requests, rate limits, retries, renames), the candidates worth asking about, a
 * resumable run that stores each answer in its own transaction, and the read API that other parts
 * use to show a repository's language, topics and description.
 */
package io.reposignal.enrich;
