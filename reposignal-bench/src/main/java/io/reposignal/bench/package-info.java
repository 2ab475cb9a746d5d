/**
 * Benchmarks of the GH Archive reader (JMH) and the baseline programs that bench/ingest.sh times
 * the ingest against: inflate only, and DuckDB's read_json doing the same per-repository counts.
 * Run by hand; the build only compiles them.
 */
package io.reposignal.bench;
