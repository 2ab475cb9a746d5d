/**
 * Downloading input files over HTTP: one polite, resumable downloader on the JDK's HTTP client
 * (partial files are written beside the target as {@code NAME.part} and renamed into place only
 * when complete and verified; retries with exponential backoff and jitter; 404 recorded as
 * missing), a ledger of files the source lacked, and the fetchers that know each public source's
 * file names: the daily EvanLi/Github-Ranking snapshots and the hourly GH Archive files.
 */
package io.reposignal.fetch;
